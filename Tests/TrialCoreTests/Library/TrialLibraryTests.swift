import Foundation
import Testing

@testable import TrialCore

@Suite struct TrialLibraryTests {
  private func temporaryDirectory() -> URL {
    FileManager.default.temporaryDirectory.appending(path: "livertrials-library-\(UUID().uuidString)")
  }

  @Test func importThenOpenGivesTheSameTrialsAndRecords() throws {
    let directory = temporaryDirectory()
    let paths = [
      Snapshot.repositoryRoot.appending(path: "seeds").path,
      SampleGoldenTests.samplesRoot.appending(path: "legacy_xml").path,
    ]
    let summary = try TrialLibrary(directory: directory).importRecords(paths: paths)
    #expect(summary.diagnostics.isEmpty)
    #expect(summary.total == 6)
    #expect(TrialLibrary.exists(at: directory))
    let index = try TrialLibrary(directory: directory).openIndex()
    let memory = TrialIndex(trials: Library.load(paths: paths).trials)
    #expect(index.count == memory.count)
    for position in 0..<index.count {
      #expect(index.row(position) == memory.row(position))
      #expect(index.record(position) == memory.record(position))
    }
    let result = index.search(TrialQuery(parsing: "route:ha plasm"))
    #expect(result.positions.isEmpty)
    #expect(index.search(TrialQuery(parsing: "jinling")).positions.map { index.id(Int($0)) } == ["NCT01854125"])
  }

  @Test func reimportingUpdatesInPlace() throws {
    let directory = temporaryDirectory()
    let study = try String(
      contentsOf: SampleGoldenTests.samplesRoot.appending(path: "v2json/NCT04207047.json"), encoding: .utf8)
    let inputs = directory.appending(path: "inputs")
    try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
    let file = inputs.appending(path: "study.json")
    try study.write(to: file, atomically: true, encoding: .utf8)
    let library = directory.appending(path: "lib")
    let first = try TrialLibrary(directory: library).importRecords(paths: [file.path])
    #expect(first.added == 1)
    let again = try TrialLibrary(directory: library).importRecords(paths: [file.path])
    #expect(again.unchanged == 1)
    let newer = study.replacingOccurrences(
      of: "\"overallStatus\": \"UNKNOWN\"", with: "\"overallStatus\": \"COMPLETED\""
    )
    .replacingOccurrences(of: "\"date\": \"2019-12-20\"", with: "\"date\": \"2024-01-31\"")
    try newer.write(to: file, atomically: true, encoding: .utf8)
    let updated = try TrialLibrary(directory: library).importRecords(paths: [file.path])
    #expect(updated.updated == 1)
    #expect(updated.total == 1)
    let index = try TrialLibrary(directory: library).openIndex()
    #expect(index.row(0).status == .completed)
  }

  @Test func aDamagedIndexFileIsAClearError() throws {
    let directory = temporaryDirectory()
    _ = try TrialLibrary(directory: directory).importRecords(paths: [
      Snapshot.repositoryRoot.appending(path: "seeds").path
    ])
    let indexFile = directory.appending(path: "index.bin")
    let data = try Data(contentsOf: indexFile)
    try data.prefix(data.count / 2).write(to: indexFile)
    #expect(throws: IndexFile.Failure.self) { try TrialLibrary(directory: directory).openIndex() }
  }
}
