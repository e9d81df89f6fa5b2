import Testing
import TrialCore

@testable import TrialTUI

@Suite("Reducer")
struct ReducerTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var keys: [Key]
    var listed: [String]
    var selected: String?
    var testDescription: String { name }
  }

  static let allSeeds = ["NCT01854125", "001_085dc59f04c4a279", "002_93cb189ce42015ad", "NCT01724398", "NCT01724697"]
  static let hepaticArtery = ["NCT01854125", "001_085dc59f04c4a279", "NCT01724697"]
  static let peripheralVein = ["001_085dc59f04c4a279", "002_93cb189ce42015ad"]

  static let cases: [Case] = [
    Case(name: "start", keys: [], listed: allSeeds, selected: "NCT01854125"),
    Case(name: "j j", keys: [.character("j"), .down], listed: allSeeds, selected: "002_93cb189ce42015ad"),
    Case(name: "k at the top stays", keys: [.character("k"), .up], listed: allSeeds, selected: "NCT01854125"),
    Case(name: "G", keys: [.character("G")], listed: allSeeds, selected: "NCT01724697"),
    Case(name: "End then g", keys: [.end, .character("g")], listed: allSeeds, selected: "NCT01854125"),
    Case(name: "PgDn past the end", keys: [.pageDown, .pageDown], listed: allSeeds, selected: "NCT01724697"),
    Case(name: "r: hepatic artery", keys: [.character("r")], listed: hepaticArtery, selected: "NCT01854125"),
    Case(
      name: "r r: peripheral vein", keys: [.character("r"), .character("r")], listed: peripheralVein,
      selected: "001_085dc59f04c4a279"),
    Case(
      name: "r r r: all again", keys: Array(repeating: .character("r"), count: 3), listed: allSeeds,
      selected: "001_085dc59f04c4a279"),
    Case(
      name: "R clears the route", keys: [.character("r"), .character("R")], listed: allSeeds, selected: "NCT01854125"),
    Case(
      name: "search narrows on every key", keys: [.character("/")] + "plas".map(Key.character),
      listed: ["NCT01724398", "NCT01724697"],
      selected: "NCT01724398"),
    Case(
      name: "Esc drops the search", keys: [.character("/")] + "plas".map(Key.character) + [.escape], listed: allSeeds,
      selected: "NCT01854125"),
    Case(
      name: "Enter keeps the search", keys: [.character("/")] + "plasma".map(Key.character) + [.enter],
      listed: ["NCT01724398"], selected: "NCT01724398"),
    Case(
      name: "q while typing is a letter", keys: [.character("/"), .character("q"), .character("z")], listed: [],
      selected: nil),
    Case(
      name: "route and search together", keys: [.character("r"), .character("/")] + "umbilical".map(Key.character),
      listed: ["001_085dc59f04c4a279"], selected: "001_085dc59f04c4a279"),
    Case(
      name: "sort by enrollment", keys: [.character("s"), .character("s"), .character("s"), .character("s")],
      listed: ["NCT01724697", "NCT01724398", "001_085dc59f04c4a279", "NCT01854125", "002_93cb189ce42015ad"],
      selected: "NCT01854125"),
  ]

  @Test(arguments: cases)
  func keys(_ example: Case) {
    var state = Seeds.state()
    state.press(example.keys)
    #expect(state.listedIDs == example.listed)
    #expect(state.selectedID == example.selected)
  }

  @Test func focusAndTabs() {
    var state = Seeds.state()
    state.press([.enter])
    #expect(state.focus == .detail)
    state.press([.character("3"), .character("]"), .tab])
    #expect(state.tab == .locations)
    state.press([.character("["), .character("j")])
    #expect(state.tab == .outcomes)
    state.press([.backTab])
    #expect(state.focus == .list)
    state.press([.tab, .escape])
    #expect(state.focus == .list)
  }

  @Test func detailScrollsAndStopsAtTheEnd() {
    var state = Seeds.state()
    state.press([.enter, .character("j"), .character("j")])
    #expect(state.detailScroll == 2)
    state.press([.character("G")])
    let end = state.detailScroll
    state.press([.character("j"), .pageDown])
    #expect(state.detailScroll == end && end > 0)
    state.press([.character("g")])
    #expect(state.detailScroll == 0)
  }

  @Test func marksAndPrintPreview() {
    var state = Seeds.state()
    state.press([.character(" "), .character("j"), .character(" ")])
    #expect(state.marked == ["NCT01854125", "002_93cb189ce42015ad"])
    state.press([.character("p")])
    guard case .preview(let preview) = state.overlay else {
      Issue.record("no preview")
      return
    }
    #expect(preview.ids == ["NCT01854125", "002_93cb189ce42015ad"], "in list order")
    let effects = state.press([.enter])
    #expect(effects.count == 1)
    if case .print(let text) = effects.first { #expect(text.contains("NCT01854125")) }
    #expect(state.overlay == .none)
  }

  @Test func quitAndEscapeFirst() {
    var state = Seeds.state()
    state.press([.character("/")])
    #expect(state.press([.escape]).isEmpty)
    #expect(state.press([.character("q")]) == [.quit])
  }

  @Test func facetMenuTogglesAValue() {
    var state = Seeds.state()
    state.press([.character("f")])
    let items = FacetMenu.items(counts: state.result.facets, active: state.facetFilters)
    let index = items.firstIndex { $0.facet == .phase && $0.value == "phase1" } ?? 0
    state.press(Array(repeating: .down, count: index) + [.enter])
    #expect(state.listedIDs == ["NCT01724398", "NCT01724697"])
    state.press([.escape])
    #expect(state.overlay == .none)
    state.press([.character("R")])
    #expect(state.listedIDs.count == 5)
  }

  @Test func nextMatchInDetailFindsTheWord() {
    var state = Seeds.state()
    state.press([.character("/")])
    state.type("plasma")
    state.press([.enter, .enter, .character("n")])
    let lines = state.detailLines
    #expect(MatchFinder.contains(lines[state.detailScroll].text, words: ["plasma"]))
  }

  @Test func resizeKeepsTheSelectionInView() {
    var state = Seeds.state(Size(rows: 40, columns: 120))
    state.press([.character("G")])
    _ = state.apply(.resize(Size(rows: 12, columns: 60)))
    let rows = Layout(size: state.size).listRows
    #expect(state.selection >= state.listTop && state.selection < state.listTop + rows)
  }

  @Test func clickAndWheel() {
    var state = Seeds.state(Size(rows: 40, columns: 120))
    let layout = Layout(size: state.size)
    _ = state.apply(.click(row: layout.listFirstRow + 2, column: 5))
    #expect(state.selectedID == "002_93cb189ce42015ad")
    let tab = TabBar.ranges(left: layout.detail.left, width: layout.detail.width, active: state.tab)[2]
    _ = state.apply(.click(row: layout.detail.top, column: tab.columns.lowerBound + 1))
    #expect(state.tab == .arms && state.focus == .detail)
    _ = state.apply(.wheel(lines: 3, row: layout.listFirstRow, column: 1))
    #expect(state.selectedID == "NCT01724697")
  }
}

@Suite struct CompareAndWriteTests {
  @Test func compareNeedsTwoMarkedTrials() {
    var state = BrowserState(index: TrialIndex(trials: Library.seeds().trials), size: Size(rows: 40, columns: 120))
    _ = state.apply(.openCompare)
    #expect(state.overlay == .none)
    #expect(state.message?.contains("Mark two or more") == true)
    _ = state.apply(.toggleMark)
    _ = state.apply(.toggleMark)
    _ = state.apply(.openCompare)
    guard case .preview(let preview) = state.overlay else {
      Issue.record("no comparison")
      return
    }
    #expect(preview.kind == .comparison)
    #expect(preview.ids == ["NCT01854125", "001_085dc59f04c4a279"])
    #expect(preview.files.map(\.name) == ["compare-NCT01854125-001_085dc59f04c4a279.md"])
    let effects = state.apply(.writeFiles)
    #expect(effects == [.writeFiles(preview.files)])
    #expect(state.overlay == .none)
  }

  @Test func previewWritesOneMarkdownFilePerTrial() {
    var state = BrowserState(index: TrialIndex(trials: Library.seeds().trials), size: Size(rows: 24, columns: 80))
    _ = state.apply(.openPreview)
    guard case .preview(let preview) = state.overlay else {
      Issue.record("no preview")
      return
    }
    #expect(preview.files.map(\.name) == ["NCT01854125.md"])
    #expect(preview.files.first?.contents.hasPrefix("# ") == true)
  }

  @Test func wideComparisonsScrollSideways() {
    var state = BrowserState(index: TrialIndex(trials: Library.seeds().trials), size: Size(rows: 24, columns: 80))
    for _ in 0..<5 { _ = state.apply(.toggleMark) }
    _ = state.apply(.openCompare)
    _ = state.apply(.scrollRight)
    guard case .preview(let preview) = state.overlay else {
      Issue.record("no comparison")
      return
    }
    #expect(preview.width > 80)
    #expect(preview.column == 8)
  }
}
