import Foundation
import Testing
import TrialCore

@testable import TrialTUI

/// The browser on the hostile fixtures: every cell of every screen (list, each tab, help, the
/// print preview, the comparison, the filter menu, a search typed with controls in it) at
/// several sizes holds nothing a terminal could act on, and the ESC placeholder is visible.
@Suite struct HostileScreenTests {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appending(path: "HostileFixtures")
  static let index = TrialIndex(
    trials: Library.load(paths: [
      folder.appending(path: "hostile_medpath.txt").path, folder.appending(path: "hostile_study.json").path,
    ]).trials)

  struct Scene: CustomTestStringConvertible, Sendable {
    var name: String
    var keys: [Key]
    var testDescription: String { name }
  }

  static let scenes: [Scene] =
    [
      Scene(name: "list", keys: []),
      Scene(name: "second trial", keys: [.character("j")]),
      Scene(name: "help", keys: [.character("?")]),
      Scene(name: "filter menu", keys: [.character("f")]),
      Scene(name: "preview", keys: [.character(" "), .character("j"), .character(" "), .character("p")]),
      Scene(name: "compare", keys: [.character(" "), .character("j"), .character(" "), .character("c")]),
      Scene(
        name: "search with controls",
        keys: [.character("/"), .character("x"), .character("\u{1B}"), .character("\u{9B}"), .character("\u{202E}")]),
    ]
    + DetailTab.allCases.flatMap { tab in
      [0, 1].map { down in
        Scene(
          name: "trial \(down + 1) \(tab.title)",
          keys: Array(repeating: Key.character("j"), count: down) + [
            .enter, .character(Character(String(tab.rawValue))),
          ])
      }
    }

  /// C0 (newline has no cell), DEL, C1 and bidi controls: what must never be in a cell.
  static func forbidden(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) || (0x202A...0x202E).contains(value)
      || (0x2066...0x2069).contains(value)
  }

  @Test func theFixturesLoad() {
    #expect(Self.index.count == 2)
  }

  @Test(arguments: scenes, [Size(rows: 24, columns: 80), Size(rows: 40, columns: 120), Size(rows: 80, columns: 300)])
  func noCellHoldsAControl(_ scene: Scene, size: Size) {
    var state = BrowserState(index: Self.index, size: size)
    state.press(scene.keys)
    let screen = render(state, size: size)
    var bad: [String] = []
    for row in 0..<size.rows {
      for column in 0..<size.columns {
        for scalar in screen[row, column].text.unicodeScalars where Self.forbidden(scalar) {
          bad.append(String(format: "row %d column %d: U+%04X", row, column, scalar.value))
        }
      }
    }
    #expect(bad.isEmpty, "\(bad.prefix(5))\n\(screen.textDump())")
    if scene.name == "list" || scene.name.hasSuffix("Overview") {
      #expect(screen.textDump().contains("␛"), "\(screen.textDump())")
    }
  }

  /// Every scene survives the sizes a resize storm passes through, down to nothing at all.
  @Test(arguments: scenes)
  func everySceneRendersAtTinyAndOddSizes(_ scene: Scene) {
    for (rows, columns) in [(0, 0), (1, 1), (5, 20), (3, 200), (60, 3), (11, 59), (12, 60), (13, 61)] {
      let size = Size(rows: rows, columns: columns)
      var state = BrowserState(index: Self.index, size: Size(rows: 40, columns: 120))
      state.press(scene.keys)
      _ = state.apply(.resize(size))
      let screen = render(state, size: size)
      #expect(screen.size == size)
      #expect(screen.cells.allSatisfy { !$0.text.unicodeScalars.contains(where: Self.forbidden) }, "\(size)")
    }
  }

  /// The grid's own guard: text that skipped `SafeText` still cannot put a control in a cell.
  @Test func screenPutReplacesControlsItself() {
    var screen = Screen(size: Size(rows: 1, columns: 20))
    screen.put("a\u{1B}[2Jb\u{07}\u{9B}\u{202E}\u{2066}c", row: 0, column: 0)
    #expect(screen.textDump() == "a�[2Jb����c")
  }
}
