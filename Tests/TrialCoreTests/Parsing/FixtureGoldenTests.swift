import Foundation
import Testing

@testable import TrialCore

/// Documents in the seed layouts that are not seeds — other trials, other damage — so the
/// parsers are held to the layouts rather than to five files. Each golden was checked against
/// its document by hand.
@Suite struct FixtureGoldenTests {
  static let fixtures = Snapshot.files(in: "Tests/TrialCoreTests/Fixtures").map(\.lastPathComponent)

  @Test(arguments: fixtures)
  func fixtureMatchesGolden(name: String) throws {
    let url = Snapshot.repositoryRoot.appending(path: "Tests/TrialCoreTests/Fixtures/\(name)")
    let text = try String(contentsOf: url, encoding: .utf8)
    let trial = try TrialReader.read(text, source: "fixtures/\(name)")
    try Snapshot.assertMatches(try TrialJSON.object(trial), named: "fixtures/\(SourceName.stem(of: name)).json")
  }

  @Test(arguments: [
    ("medpath_NCT03945487.txt", Layout.medpath), ("medpath_dash_single.txt", .medpath), ("veeva_complete.txt", .veeva),
    ("trialpage_complete.txt", .trialPage), ("fallback_notes.txt", .fallback),
  ])
  func fixtureLayoutIsRecognised(name: String, layout: Layout) throws {
    let url = Snapshot.repositoryRoot.appending(path: "Tests/TrialCoreTests/Fixtures/\(name)")
    #expect(LayoutSniffer.parser(for: try String(contentsOf: url, encoding: .utf8)).layout == layout)
  }
}
