/// The key tables, one per mode. The help screen and the hint line are drawn from them, and a
/// test checks that no key is bound twice in a mode.
public enum Keymap {
  /// The bindings of `mode`, in the order the help screen lists them.
  public static func bindings(_ mode: Mode) -> [Binding] {
    switch mode {
    case .list: movement + listOnly + tabs(next: [.character("]")]) + common
    case .detail: movement + detailOnly + tabs(next: [.character("]"), .tab]) + common
    case .search: search
    case .facets: menuMovement + facets
    case .help:
      menuMovement + [Binding([.escape, .character("?"), .function(1), .character("q")], .close, "close help")]
    case .preview:
      menuMovement + [
        Binding([.enter, .character("p")], .confirmPrint, "print this text to stdout when the browser exits"),
        Binding([.character("w")], .writeFiles, "write it as Markdown: <id>.md per trial (compare-….md) here"),
        Binding([.character("h"), .left], .scrollLeft, "scroll left (a comparison wider than the screen)"),
        Binding([.character("l"), .right], .scrollRight, "scroll right"),
        Binding([.escape, .character("q")], .close, "close without printing"),
      ]
    }
  }

  /// The action `key` triggers in `mode`; in a search any printable character is typed.
  public static func action(for key: Key, in mode: Mode) -> Action? {
    if let binding = bindings(mode).first(where: { $0.keys.contains(key) }) { return binding.action }
    if mode == .search, case .character(let character) = key { return .insert(character) }
    return nil
  }

  /// The short reminders on the hint line: keys and a word or two.
  public static func hints(_ mode: Mode) -> [(keys: String, text: String)] {
    let wanted: [([Action], String)] =
      switch mode {
      case .list:
        [
          ([.moveDown, .moveUp], "move"), ([.focusDetail], "detail"), ([.startSearch], "search"),
          ([.cycleRoute], "route"), ([.openFacets], "filter"), ([.showHelp], "help"), ([.quit], "quit"),
          ([.cycleSort], "sort"), ([.openPreview], "print"), ([.toggleMark], "mark"),
        ]
      case .detail:
        [
          ([.moveDown, .moveUp], "scroll"), ([.selectTab(.overview), .selectTab(.related)], "tabs"),
          ([.focusList], "list"), ([.startSearch], "search"), ([.cycleRoute], "route"), ([.showHelp], "help"),
          ([.quit], "quit"), ([.previousTab, .nextTab], "tab"),
        ]
      case .search:
        [
          ([.commitSearch], "keep"), ([.cancelSearch], "drop"), ([.moveDown, .moveUp], "move"), ([.clearLine], "clear"),
        ]
      case .facets:
        [
          ([.moveDown, .moveUp], "move"), ([.toggleFacetValue], "toggle"), ([.clearFilters], "clear all"),
          ([.close], "close"),
        ]
      case .help: [([.moveDown, .moveUp], "scroll"), ([.close], "close")]
      case .preview:
        [
          ([.moveDown, .moveUp], "scroll"), ([.confirmPrint], "print on exit"), ([.writeFiles], "write .md"),
          ([.scrollLeft, .scrollRight], "sideways"), ([.close], "cancel"),
        ]
      }
    let table = bindings(mode)
    return wanted.compactMap { actions, text in
      let keys = actions.compactMap { action in table.first { $0.action == action }?.keys.first?.label }
      return keys.isEmpty
        ? nil : (keys.joined(separator: actions.count == 2 && keys.count == 2 && isRange(actions) ? "–" : "/"), text)
    }
  }

  private static func isRange(_ actions: [Action]) -> Bool {
    actions == [.selectTab(.overview), .selectTab(.related)]
  }

  private static let movement = [
    Binding([.character("j"), .down], .moveDown, "move down (list) or scroll down (detail)"),
    Binding([.character("k"), .up], .moveUp, "move up (list) or scroll up (detail)"),
    Binding([.pageDown, .control("f")], .pageDown, "one page down"),
    Binding([.pageUp, .control("b")], .pageUp, "one page up"),
    Binding([.character("g"), .home], .top, "to the first line"),
    Binding([.character("G"), .end], .bottom, "to the last line"),
  ]

  private static let listOnly = [
    Binding([.enter, .tab, .character("l"), .right], .focusDetail, "focus the detail pane (keys then scroll it)")
  ]

  private static let detailOnly = [
    Binding([.escape, .backTab, .character("h"), .left], .focusList, "back to the list")
  ]

  private static func tabs(next: [Key]) -> [Binding] {
    DetailTab.allCases.map { tab in
      Binding([.character(Character(String(tab.rawValue)))], .selectTab(tab), "\(tab.title) tab")
    } + [
      Binding(next, .nextTab, "next tab"),
      Binding([.character("[")], .previousTab, "previous tab"),
    ]
  }

  private static let common = [
    Binding([.character("/")], .startSearch, "search title, conditions, interventions, sponsor, sites, summary"),
    Binding([.character("n")], .nextMatch, "next match (next trial; in the detail pane the next line)"),
    Binding([.character("N")], .previousMatch, "previous match"),
    Binding([.character("r")], .cycleRoute, "route: all → hepatic artery → peripheral vein → others → all"),
    Binding([.character("R")], .clearFilters, "clear every filter (route, menu values, search)"),
    Binding([.character("f")], .openFacets, "filter menu: status, phase, cell source, origin, country"),
    Binding([.character("s")], .cycleSort, "sort: id → phase → status → enrollment → title"),
    Binding([.character(" ")], .toggleMark, "mark or unmark the trial (for printing)"),
    Binding([.character("p")], .openPreview, "print preview of the marked (or selected) trials"),
    Binding([.character("c")], .openCompare, "compare the marked trials side by side"),
    Binding([.character("?"), .function(1)], .showHelp, "this help"),
    Binding([.character("q")], .quit, "quit (Ctrl-C too)"),
  ]

  private static let search = [
    Binding([.enter], .commitSearch, "keep the search and return to the list"),
    Binding([.escape], .cancelSearch, "drop the search"),
    Binding([.backspace], .deleteBackward, "delete the character before the cursor"),
    Binding([.left], .cursorLeft, "cursor left"),
    Binding([.right], .cursorRight, "cursor right"),
    Binding([.control("u")], .clearLine, "clear the search text"),
    Binding([.down], .moveDown, "move down the list while typing"),
    Binding([.up], .moveUp, "move up the list while typing"),
    Binding([.pageDown], .pageDown, "one page down"),
    Binding([.pageUp], .pageUp, "one page up"),
  ]

  private static let menuMovement = [
    Binding([.character("j"), .down], .moveDown, "down"),
    Binding([.character("k"), .up], .moveUp, "up"),
    Binding([.pageDown, .control("f")], .pageDown, "one page down"),
    Binding([.pageUp, .control("b")], .pageUp, "one page up"),
    Binding([.character("g"), .home], .top, "to the top"),
    Binding([.character("G"), .end], .bottom, "to the end"),
  ]

  private static let facets = [
    Binding([.enter, .character(" ")], .toggleFacetValue, "use or drop the value as a filter"),
    Binding([.character("R")], .clearFilters, "clear every filter"),
    Binding([.escape, .character("f"), .character("q")], .close, "close the menu"),
  ]
}
