import Foundation
import Testing

@testable import TrialCore

/// Summaries of every seed at three widths and as Markdown, compared with goldens that were
/// checked against the seed text; and the rules every summary keeps.
@Suite struct SummaryRendererTests {
  static let seedIds = RenderFixtures.seeds.map(\.id)

  @Test(arguments: seedIds, [40, 80, 120])
  func textSummaryMatchesGolden(id: String, width: Int) throws {
    let trial = try #require(RenderFixtures.seeds.first { $0.id == id })
    let text = SummaryRenderer.render([trial], width: width)
    try Snapshot.assertMatches(text, named: "render/summary/\(RenderFixtures.stem(trial)).w\(width).txt")
  }

  @Test(arguments: seedIds)
  func markdownSummaryMatchesGolden(id: String) throws {
    let trial = try #require(RenderFixtures.seeds.first { $0.id == id })
    try Snapshot.assertMatches(
      MarkdownSummaryRenderer.render([trial]), named: "render/summary/\(RenderFixtures.stem(trial)).md")
  }

  @Test func noLineIsWiderThanTheWidth() {
    for width in [20, 21, 33, 40, 59, 60, 80, 97, 120, 200] {
      for trial in RenderFixtures.seeds + [RenderFixtures.hostile] {
        for line in SummaryRenderer.render([trial], width: width).split(separator: "\n") {
          #expect(DisplayWidth.of(String(line)) <= width, "\(trial.id) at \(width): \(line)")
        }
      }
    }
  }

  @Test func documentTextCannotActOnTheTerminal() {
    let text = SummaryRenderer.render([RenderFixtures.hostile], width: 80)
    #expect(!text.contains("\u{1B}"))
    #expect(!text.contains("\u{07}"))
    #expect(!text.contains("\r"))
    #expect(text.contains("␛[2J"))
  }

  @Test func sectionsComeInTheIssuesOrder() throws {
    let trial = try #require(RenderFixtures.seeds.first { $0.id == "NCT01724697" })
    let text = SummaryRenderer.render([trial], width: 100)
    let order = [
      "ID ", "Sponsor", "Status", "Phases", "Design", "Enrollment", "Population", "Intervention", "Primary outcomes",
      "Secondary outcomes", "Inclusion criteria", "Exclusion criteria", "Sites and contacts", "Warnings", "Source",
    ]
    let positions = order.compactMap { text.range(of: $0)?.lowerBound }
    #expect(positions.count == order.count)
    #expect(positions == positions.sorted())
  }

  @Test func armBlocksShowTheirPhrase() throws {
    let trial = try #require(RenderFixtures.seeds.first { $0.id == "NCT01854125" })
    let text = SummaryRenderer.render([trial], width: 200)
    #expect(text.contains("hepatic artery — \"Every patient is given 1x106 MSCs per kg infused via liver artery\""))
    #expect(text.contains("1×10⁶ cells/kg — \"1x106 MSCs per kg\""))
  }

  @Test func markdownEscapesWhatWouldBreakATable() {
    let markdown = MarkdownSummaryRenderer.render([RenderFixtures.hostile])
    #expect(markdown.contains("MSC \\| arm"))
    #expect(markdown.contains("a\\|b"))
    #expect(markdown.contains("MELD \\*score\\* \\<b\\>"))
    #expect(!markdown.contains("\u{1B}"))
    for line in markdown.split(separator: "\n") where line.hasPrefix("|") {
      #expect(line.hasSuffix(" |") || line.hasSuffix("---|"), "\(line)")
    }
  }
}
