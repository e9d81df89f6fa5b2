import Foundation
import Testing
import ZIPFoundation

@testable import TrialCore

/// Every shape a ClinicalTrials.gov download comes in, and what happens when one is broken.
@Suite struct RecordReaderTests {
  static let study = try? String(
    contentsOf: SampleGoldenTests.samplesRoot.appending(path: "v2json/NCT04207047.json"), encoding: .utf8)

  private func directory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appending(path: "livertrials-reader-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  private func compact(_ json: String) throws -> String {
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
    return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
  }

  private func withId(_ json: String, _ id: String) -> String {
    json.replacingOccurrences(of: "NCT04207047", with: id)
  }

  @Test func readsPagesArraysAndJSONLines() throws {
    let study = try #require(Self.study)
    let dir = try directory()
    let one = try compact(withId(study, "NCT00000001"))
    let two = try compact(withId(study, "NCT00000002"))
    try "{\"studies\":[\(one),\(two)],\"nextPageToken\":\"abc\"}".write(
      to: dir.appending(path: "page.json"), atomically: true, encoding: .utf8)
    try "[\(one),\(two)]".write(to: dir.appending(path: "array.json"), atomically: true, encoding: .utf8)
    try "\(one)\n\(two)\n".write(to: dir.appending(path: "lines.jsonl"), atomically: true, encoding: .utf8)
    for name in ["page.json", "array.json", "lines.jsonl"] {
      let result = Library.load(paths: [dir.appending(path: name).path])
      #expect(result.diagnostics.isEmpty, "\(name)")
      #expect(result.trials.map(\.id) == ["NCT00000001", "NCT00000002"], "\(name)")
    }
  }

  @Test func readsADocumentHeldInMemoryAsItWouldReadTheFile() throws {
    let study = try #require(Self.study)
    let one = try compact(withId(study, "NCT00000001"))
    let two = try compact(withId(study, "NCT00000002"))
    var ids: [String] = []
    var diagnostics: [Diagnostic] = []
    let sink = RecordSink(record: { ids.append($0.trial.id) }, diagnostic: { diagnostics.append($0) })
    RecordReader().read(document: Data("\(one)\n\n\(two)\n".utf8), source: "lines.jsonl", into: sink)
    RecordReader().read(document: Data(study.utf8), source: "study.json", into: sink)
    RecordReader().read(document: Data("Title: A trial\nNCT ID: NCT00000003\n".utf8), source: "notes.txt", into: sink)
    RecordReader().read(document: Data("not json".utf8), source: "broken.json", into: sink)
    #expect(ids == ["NCT00000001", "NCT00000002", "NCT04207047", "NCT00000003"])
    #expect(diagnostics.map(\.path) == ["broken.json"])
  }

  @Test func readsTheBulkZipWithoutUnpacking() throws {
    let study = try #require(Self.study)
    let dir = try directory()
    let zipURL = dir.appending(path: "ctg-studies.json.zip")
    let archive = try Archive(url: zipURL, accessMode: .create)
    for id in ["NCT00000001", "NCT00000002", "NCT00000003"] {
      let data = Data(withId(study, id).utf8)
      try archive.addEntry(
        with: "NCT0000xxxx/\(id).json", type: .file, uncompressedSize: Int64(data.count),
        compressionMethod: .deflate
      ) { position, size in
        data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    let result = Library.load(paths: [zipURL.path])
    #expect(result.diagnostics.isEmpty)
    #expect(result.trials.map(\.id) == ["NCT00000001", "NCT00000002", "NCT00000003"])
  }

  @Test func readsTheUnpackedBulkTree() throws {
    let study = try #require(Self.study)
    let dir = try directory()
    for (folder, id) in [
      ("NCT0000xxxx", "NCT00000001"), ("NCT0000xxxx", "NCT00000002"), ("NCT0001xxxx", "NCT00010003"),
    ] {
      let sub = dir.appending(path: folder)
      try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
      try withId(study, id).write(to: sub.appending(path: "\(id).json"), atomically: true, encoding: .utf8)
    }
    try "not json at all".write(to: dir.appending(path: "NCT0001xxxx/broken.json"), atomically: true, encoding: .utf8)
    let result = Library.load(paths: [dir.path])
    #expect(result.trials.map(\.id) == ["NCT00000001", "NCT00000002", "NCT00010003"])
    #expect(result.diagnostics.map(\.reason) == ["invalid JSON (the file does not start with { or [)"])
    #expect(StudyJSON.isSingleStudy(Array(study.utf8)))
    #expect(!StudyJSON.isSingleStudy(Array("{\"studies\": []}".utf8)))
  }

  @Test func aBrokenLineIsReportedAndTheOthersLoad() throws {
    let study = try #require(Self.study)
    let dir = try directory()
    let one = try compact(withId(study, "NCT00000001"))
    let two = try compact(withId(study, "NCT00000002"))
    let cut = String(two.prefix(200))
    try "\(one)\n\(cut)\n\(two)\n".write(to: dir.appending(path: "lines.jsonl"), atomically: true, encoding: .utf8)
    let result = Library.load(paths: [dir.appending(path: "lines.jsonl").path])
    #expect(result.trials.map(\.id) == ["NCT00000001", "NCT00000002"])
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics.first?.path.hasSuffix("lines.jsonl:2") == true)
    #expect(result.diagnostics.first?.reason.hasPrefix("JSON cut off") == true)
  }

  @Test func wrongShapesAndCutFilesAreOneLineEach() throws {
    let dir = try directory()
    try "{\"hello\": 1}".write(to: dir.appending(path: "shape.json"), atomically: true, encoding: .utf8)
    try "{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT0".write(
      to: dir.appending(path: "cut.json"), atomically: true, encoding: .utf8)
    try "<clinical_study><id_info><nct_id>NCT1".write(
      to: dir.appending(path: "cut.xml"), atomically: true, encoding: .utf8)
    let result = Library.load(paths: [dir.path])
    #expect(result.trials.isEmpty)
    #expect(
      result.diagnostics.map { ($0.path as NSString).lastPathComponent } == ["cut.json", "cut.xml", "shape.json"])
    #expect(result.diagnostics.allSatisfy { !$0.reason.contains("\n") })
  }

  @Test func decodesCommonMarkEscapes() throws {
    let study = try #require(Self.study)
    let escaped = study.replacingOccurrences(of: #""briefTitle": ""#, with: #""briefTitle": "Dose 10\\^6 \\<cells\\> "#)
    let dir = try directory()
    try escaped.write(to: dir.appending(path: "s.json"), atomically: true, encoding: .utf8)
    let trial = try #require(Library.load(paths: [dir.appending(path: "s.json").path]).trials.first)
    #expect(trial.title.hasPrefix("Dose 10^6 <cells> "))
  }
}

extension RecordReaderTests {
  @Test func aBadStudyInAPageIsReportedAndACutPageKeepsWhatCameBefore() throws {
    let study = try compact(try #require(Self.study))
    let dir = try directory()
    let page = "{\"studies\": [\(withId(study, "NCT00000001")), [], \(withId(study, "NCT00000002"))]}"
    try page.write(to: dir.appending(path: "page.json"), atomically: true, encoding: .utf8)
    try String(page.prefix(page.count - 100)).write(
      to: dir.appending(path: "cut.json"), atomically: true, encoding: .utf8)
    let result = Library.load(paths: [dir.appending(path: "page.json").path, dir.appending(path: "cut.json").path])
    #expect(result.trials.map(\.id) == ["NCT00000001", "NCT00000002"])
    let reasons = result.diagnostics.map { "\(($0.path as NSString).lastPathComponent): \($0.reason)" }
    #expect(reasons.count == 3)
    #expect(reasons.first == "page.json[1]: JSON of the wrong shape: the document is an array, not an object")
    #expect(
      reasons.dropFirst().first == "cut.json[1]: JSON of the wrong shape: the document is an array, not an object")
    #expect(reasons.last?.hasPrefix("cut.json: JSON cut off: the data ends after ") == true)
  }
}
