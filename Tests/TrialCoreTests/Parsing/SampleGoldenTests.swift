import Foundation
import Testing

@testable import TrialCore

/// Real ClinicalTrials.gov records (API v2 JSON and legacy XML) from `shared/samples`, each
/// compared with a golden record checked against the source.
@Suite struct SampleGoldenTests {
  static let samplesRoot = Snapshot.repositoryRoot.deletingLastPathComponent().appending(path: "shared/samples")

  static let samples: [String] = ["v2json", "legacy_xml"].flatMap { folder in
    let names = (try? FileManager.default.contentsOfDirectory(atPath: samplesRoot.appending(path: folder).path)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(folder)/\($0)" }
  }

  @Test func samplesAreFound() {
    #expect(Self.samples.count == 8)
  }

  @Test(arguments: samples)
  func sampleMatchesGolden(path: String) throws {
    let result = Library.load(paths: [Self.samplesRoot.appending(path: path).path])
    #expect(result.diagnostics.isEmpty)
    var trial = try #require(result.trials.first)
    // Goldens name the sample by its place under shared/, not this machine's path.
    trial.source.path = "samples/\(path)"
    trial.sources = [trial.source]
    try Snapshot.assertMatches(try TrialJSON.object(trial), named: "samples/\(SourceName.stem(of: path)).json")
  }

  @Test func seedsAndLegacyXMLMergeToSixTrials() throws {
    let result = Library.load(paths: [
      Snapshot.repositoryRoot.appending(path: "seeds").path, Self.samplesRoot.appending(path: "legacy_xml").path,
    ])
    #expect(result.diagnostics.isEmpty)
    #expect(result.trials.count == 6)
    let ascites = try #require(result.trials.first { $0.id == "NCT01854125" })
    #expect(ascites.sources.map(\.format) == [.ctgovXML, .medpath])
    let phase = try #require(ascites.conflicts.first { $0.field == "phases" })
    #expect(phase.values.map(\.value) == ["phase3", "not stated"])
    #expect(phase.values.map(\.chosen) == [true, false])
    let failure = try #require(result.trials.first { $0.id == "NCT01724398" })
    #expect(failure.phases == [.phase1, .phase2])
    #expect(failure.conflicts.first { $0.field == "phases" }?.values.map(\.value) == ["phase1, phase2", "phase1"])
  }
}
