import Foundation
import Testing

@testable import TrialCore

/// The hepatic-artery seed trials side by side, compared with goldens; cells wrap inside
/// their columns and no line is wider than the width.
@Suite struct CompareRendererTests {
  @Test(arguments: [80, 160])
  func hepaticArteryTrialsMatchGolden(width: Int) throws {
    #expect(RenderFixtures.hepaticArtery.count == 3)
    let text = CompareRenderer.text(RenderFixtures.hepaticArtery, width: width)
    try Snapshot.assertMatches(text, named: "render/compare/hepatic-artery.w\(width).txt")
  }

  @Test func markdownAndCSVMatchGolden() throws {
    try Snapshot.assertMatches(
      CompareRenderer.markdown(RenderFixtures.hepaticArtery), named: "render/compare/hepatic-artery.md")
    try Snapshot.assertMatches(
      CompareRenderer.csv(RenderFixtures.hepaticArtery), named: "render/compare/hepatic-artery.csv")
  }

  @Test func noLineIsWiderThanTheWidth() {
    let sets = [RenderFixtures.hepaticArtery, RenderFixtures.seeds, [RenderFixtures.hostile, RenderFixtures.seeds[0]]]
    for trials in sets {
      for width in [20, 30, 40, 63, 80, 101, 120, 160, 250] {
        for line in CompareRenderer.text(trials, width: width).split(separator: "\n") {
          #expect(DisplayWidth.of(String(line)) <= width, "\(trials.count) trials at \(width): \(line)")
        }
      }
    }
  }

  @Test func everyRowTheIssueAsksForIsThere() {
    let labels = CompareMatrix(RenderFixtures.hepaticArtery).rows.map(\.label)
    #expect(
      labels == [
        "Condition/stage", "Cell source", "Origin", "Dose", "Schedule", "Route (per arm)", "Control arm", "Enrollment",
        "Phase", "Status", "Allocation", "Primary outcome (time frame)", "Follow-up", "Warnings",
      ])
  }

  @Test func hostileTextIsCleaned() {
    let text = CompareRenderer.text([RenderFixtures.hostile, RenderFixtures.seeds[0]], width: 80)
    #expect(!text.contains("\u{1B}"))
    #expect(!text.contains("\r"))
  }
}
