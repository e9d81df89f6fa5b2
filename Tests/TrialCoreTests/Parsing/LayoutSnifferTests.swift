import Testing

@testable import TrialCore

@Suite struct LayoutSnifferTests {
  @Test(arguments: [
    ("000_64587587229b2673.txt", Layout.medpath), ("001_085dc59f04c4a279.txt", .veeva),
    ("002_93cb189ce42015ad.txt", .trialPage), ("003_9448936c7e9f0408.txt", .medpath),
    ("004_178c2bec843b439b.txt", .veeva),
  ])
  func recognisesSeedLayouts(name: String, layout: Layout) throws {
    let text = try String(contentsOf: Snapshot.repositoryRoot.appending(path: "seeds/\(name)"), encoding: .utf8)
    #expect(LayoutSniffer.parser(for: text).layout == layout)
  }

  @Test func otherTextFallsBack() {
    #expect(LayoutSniffer.parser(for: "Meeting notes\nNothing to see").layout == .fallback)
  }

  @Test func emptyAndBinaryTextAreTypedErrors() {
    #expect(throws: ParseError.empty(source: "a.txt")) { try LayoutSniffer.parse("  \n ", source: "a.txt") }
    #expect(throws: ParseError.binary(source: "b.png")) {
      try LayoutSniffer.parse("\u{89}PNG\r\n\u{1A}\n\u{0}\u{0}", source: "b.png")
    }
  }
}
