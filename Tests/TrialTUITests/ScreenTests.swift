import Testing
import TrialCore

@testable import TrialTUI

@Suite("Screen")
struct ScreenTests {
  @Test func wideGraphemesTakeTwoCells() {
    var screen = Screen(size: Size(rows: 1, columns: 10))
    let end = screen.put("中文ab", row: 0, column: 0)
    #expect(end == 6)
    #expect(screen[0, 0].text == "中" && screen[0, 1].isContinuation)
    #expect(screen.textDump() == "中文ab")
  }

  @Test func aWideGraphemeThatDoesNotFitIsLeftOut() {
    var screen = Screen(size: Size(rows: 1, columns: 3))
    screen.put("ab中", row: 0, column: 0)
    #expect(screen.textDump() == "ab")
  }

  @Test func flagsAndZWJSequencesHaveAFixedWidth() {
    #expect(TerminalText.width("🇨🇳") == 2)
    #expect(TerminalText.pieces("🇨🇳").map(\.text) == ["C", "N"])
    #expect(TerminalText.width("👩‍⚕️") == 2)
    #expect(TerminalText.width("❤️") == 1)
    #expect(TerminalText.width("Réunion café") == 12)
    var screen = Screen(size: Size(rows: 1, columns: 12))
    screen.put("🇨🇳 👨‍👩‍👧 x", row: 0, column: 0)
    #expect(screen.textDump() == "CN 👨 x")
  }

  @Test func overwritingHalfAWideGraphemeBlanksTheOtherHalf() {
    var screen = Screen(size: Size(rows: 1, columns: 4))
    screen.put("中中", row: 0, column: 0)
    screen.put("x", row: 0, column: 1)
    #expect(screen.textDump() == " x中")
  }

  @Test func changesCoverOnlyWhatDiffers() {
    var a = Screen(size: Size(rows: 2, columns: 10))
    a.put("hello", row: 0, column: 0)
    var b = a
    b.put("J", row: 0, column: 0)
    b.put("中", row: 1, column: 4, style: .heading)
    let runs = b.changes(from: a)
    #expect(runs.map(\.text) == ["J", "中"])
    #expect(runs[1].column == 4 && runs[1].width == 2 && runs[1].style == .heading)
    #expect(a.changes(from: nil).count == 2)
    #expect(b.changes(from: b).isEmpty)
  }

  @Test func escapeSequencesInRecordsNeverReachTheScreen() {
    var trial = Trial(
      id: "X1", title: "Evil \u{1B}[2J title \u{202E}", source: SourceReference(path: "x", format: .fallback))
    trial.sponsor = "\u{1B}]0;owned\u{7}"
    let lines = DetailView(width: 60).lines(trial, tab: .overview).map(\.text).joined()
    #expect(!lines.contains("\u{1B}") && !lines.contains("\u{202E}") && !lines.contains("\u{7}"))
  }

  @Test func theOverviewShowsWhereSourcesDisagree() {
    let page = SourceReference(path: "seeds/a.txt", format: .medpath)
    let registry = SourceReference(path: "xml/NCT01854125.xml", format: .ctgovXML)
    var merged = Trial(id: "NCT01854125", title: "A trial", source: registry)
    merged.phases = [.phase3]
    merged.sources = [registry, page]
    merged.conflicts = [
      Conflict(
        field: "phases",
        values: [
          .init(value: "phase3", source: registry.path, format: .ctgovXML, chosen: true),
          .init(value: "not stated", source: page.path, format: .medpath, chosen: false),
        ])
    ]
    let lines = DetailView(width: 90).lines(merged, tab: .overview).map(\.text)
    #expect(lines.contains { $0.contains("Sources disagree") })
    #expect(lines.contains { $0.contains("▸ phase3") && $0.contains("NCT01854125.xml (ctgov-xml)") })
    #expect(lines.contains { $0.contains("not stated") && $0.contains("a.txt (medpath)") })
    #expect(lines.contains { $0.contains("xml/NCT01854125.xml (ctgov-xml)") })
  }
}
