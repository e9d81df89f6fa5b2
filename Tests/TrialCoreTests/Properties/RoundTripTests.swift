import Foundation
import Testing

@testable import TrialCore

/// Export → JSON → decode gives back the same record, for every record the reader makes and for
/// generated records with every field filled.
@Suite struct RoundTripTests {
  static func expectRoundTrip(_ trial: Trial, sourceLocation: SourceLocation = #_sourceLocation) {
    do {
      let pretty = try TrialJSON.object(trial)
      let decoded = try JSONDecoder().decode(Trial.self, from: Data(pretty.utf8))
      #expect(decoded == trial, "\(pretty)", sourceLocation: sourceLocation)
      let line = try TrialJSON.lines([trial])
      #expect(!line.contains("\n"), sourceLocation: sourceLocation)
      #expect(try JSONDecoder().decode(Trial.self, from: Data(line.utf8)) == trial, sourceLocation: sourceLocation)
    } catch {
      Issue.record("\(trial.id): \(error)", sourceLocation: sourceLocation)
    }
  }

  @Test(arguments: PropertyCorpus.documents.map(\.name))
  func everyCorpusRecordRoundTrips(name: String) throws {
    let document = try #require(PropertyCorpus.documents.first { $0.name == name })
    let outcome = NeverTrapsTests.readAsFile(document.data, source: name)
    #expect(outcome.diagnostics.isEmpty)
    #expect(outcome.trials.count == 1)
    for trial in outcome.trials { Self.expectRoundTrip(trial) }
  }

  @Test func mergedRecordsWithConflictsRoundTrip() throws {
    let result = Library.load(paths: [
      Snapshot.repositoryRoot.appending(path: "seeds").path,
      SampleGoldenTests.samplesRoot.appending(path: "legacy_xml").path,
    ])
    #expect(result.trials.contains { !$0.conflicts.isEmpty })
    for trial in result.trials { Self.expectRoundTrip(trial) }
  }

  @Test func generatedRecordsRoundTrip() {
    var generator = TrialGenerator(generator: SeededGenerator(seed: 2026))
    for _ in 0..<500 { Self.expectRoundTrip(generator.trial()) }
  }

  @Test func anArrayOfRecordsRoundTrips() throws {
    var generator = TrialGenerator(generator: SeededGenerator(seed: 11))
    let trials = (0..<20).map { _ in generator.trial() }
    let decoded = try JSONDecoder().decode([Trial].self, from: Data(try TrialJSON.array(trials).utf8))
    #expect(decoded == trials)
  }
}
