import Foundation
import Testing

@testable import TrialCore

/// Every seed document, parsed and enriched, compared field by field with a golden record that
/// was checked against the seed text by hand.
@Suite struct SeedGoldenTests {
  static let seedNames = Snapshot.files(in: "seeds").map(\.lastPathComponent)

  @Test(arguments: seedNames)
  func seedMatchesGolden(name: String) throws {
    let url = Snapshot.repositoryRoot.appending(path: "seeds/\(name)")
    let text = try String(contentsOf: url, encoding: .utf8)
    let trial = try TrialReader.read(text, source: "seeds/\(name)")
    try Snapshot.assertMatches(try TrialJSON.object(trial), named: "seeds/\(SourceName.stem(of: name)).json")
  }

  @Test func fiveSeedsAreFound() {
    #expect(Self.seedNames.count == 5)
  }

  @Test func bundledSeedsAreTheSeedFilesByteForByte() throws {
    let bundled = BundledSeeds.documents
    #expect(bundled.map(\.name) == Self.seedNames)
    for (name, data) in bundled {
      let onDisk = try Data(contentsOf: Snapshot.repositoryRoot.appending(path: "seeds/\(name)"))
      #expect(data == onDisk, "bundled \(name) differs from seeds/\(name)")
    }
  }

  @Test func bundledSeedsLoadWithoutDiagnostics() {
    let result = Library.seeds()
    #expect(result.diagnostics.isEmpty)
    #expect(
      result.trials.map(\.id) == [
        "NCT01854125", "001_085dc59f04c4a279", "002_93cb189ce42015ad", "NCT01724398", "NCT01724697",
      ])
  }

  @Test(arguments: seedNames)
  func exportDecodesToTheSameRecord(name: String) throws {
    let trial = try #require(Library.seeds().trials.first { $0.source.path == "seeds/\(name)" })
    let json = try TrialJSON.object(trial)
    let decoded = try JSONDecoder().decode(Trial.self, from: Data(json.utf8))
    #expect(decoded == trial)
  }
}
