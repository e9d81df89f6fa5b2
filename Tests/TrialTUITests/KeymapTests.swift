import Foundation
import Testing

@testable import TrialTUI

@Suite("Keymap")
struct KeymapTests {
  @Test(arguments: Mode.allCases)
  func noKeyIsBoundTwice(_ mode: Mode) {
    var seen: [Key: String] = [:]
    for binding in Keymap.bindings(mode) {
      for key in binding.keys {
        #expect(seen[key] == nil, "\(key.label) is bound twice in \(mode): \(seen[key] ?? "") and \(binding.help)")
        seen[key] = binding.help
      }
    }
  }

  /// Every action a key can ask for is bound in some mode (mouse and resize come from events).
  @Test func everyActionIsReachable() {
    let wanted: [Action] =
      [
        .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom, .focusDetail, .focusList, .nextTab, .previousTab,
        .startSearch, .deleteBackward, .cursorLeft, .cursorRight, .clearLine, .commitSearch, .cancelSearch,
        .nextMatch, .previousMatch, .cycleRoute, .clearFilters, .openFacets, .toggleFacetValue, .cycleSort,
        .toggleMark, .openPreview, .confirmPrint, .showHelp, .close, .quit,
      ] + DetailTab.allCases.map(Action.selectTab)
    let bound = Mode.allCases.flatMap { Keymap.bindings($0).map(\.action) }
    for action in wanted { #expect(bound.contains(action), "\(action) has no key") }
    #expect(Keymap.action(for: .character("x"), in: .search) == .insert("x"))
  }

  @Test func helpListsEveryBinding() {
    let help = HelpView.lines(width: 120).map(\.text)
    for mode in Mode.allCases {
      #expect(help.contains(mode.title))
      for binding in Keymap.bindings(mode) {
        let keys = binding.keys.map(\.label).joined(separator: " ")
        #expect(help.contains { $0.contains(keys) && $0.contains(binding.help) }, "help lacks \(keys) in \(mode)")
      }
    }
  }

  @Test(arguments: [Mode.list, .detail])
  func issueKeysWork(_ mode: Mode) {
    let expected: [(Key, Action)] = [
      (.character("j"), .moveDown), (.down, .moveDown), (.character("k"), .moveUp), (.up, .moveUp),
      (.pageUp, .pageUp), (.pageDown, .pageDown), (.character("g"), .top), (.home, .top), (.character("G"), .bottom),
      (.end, .bottom), (.character("/"), .startSearch), (.character("n"), .nextMatch),
      (.character("N"), .previousMatch), (.character("r"), .cycleRoute), (.character("R"), .clearFilters),
      (.character("f"), .openFacets), (.character("s"), .cycleSort), (.character(" "), .toggleMark),
      (.character("p"), .openPreview), (.character("?"), .showHelp), (.function(1), .showHelp),
      (.character("q"), .quit), (.character("1"), .selectTab(.overview)), (.character("6"), .selectTab(.related)),
      (.character("["), .previousTab), (.character("]"), .nextTab),
    ]
    for (key, action) in expected { #expect(Keymap.action(for: key, in: mode) == action, "\(key.label)") }
    if mode == .list {
      #expect(Keymap.action(for: .enter, in: mode) == .focusDetail)
      #expect(Keymap.action(for: .tab, in: mode) == .focusDetail)
    } else {
      #expect(Keymap.action(for: .escape, in: mode) == .focusList)
      #expect(Keymap.action(for: .backTab, in: mode) == .focusList)
    }
  }
}

@Suite("docs/keys.md")
struct KeysDocumentTests {
  @Test func listsEveryKey() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appending(path: "docs/keys.md")
    let text = try String(contentsOf: url, encoding: .utf8)
    for mode in Mode.allCases {
      for binding in Keymap.bindings(mode) {
        for key in binding.keys where !(2...5).contains(tabNumber(key)) {
          #expect(text.contains("`\(key.label)`"), "docs/keys.md lacks \(key.label) (\(mode))")
        }
      }
    }
  }

  /// Tabs 2–5 are written as the range "1 … 6".
  private func tabNumber(_ key: Key) -> Int {
    if case .character(let c) = key, let n = Int(String(c)) { return n }
    return 0
  }
}
