import Testing
import TrialCore

@testable import TrialTUI

/// Text dumps of whole screens at fixed sizes: what a person sees.
@Suite("Screen goldens")
struct ScreenGoldenTests {
  struct Scene: CustomTestStringConvertible, Sendable {
    var name: String
    var keys: [Key]
    var testDescription: String { name }
  }

  static let toNCT01724398: [Key] = [.character("j"), .character("j"), .character("j"), .enter]

  static let scenes: [Scene] =
    [
      Scene(name: "start", keys: []),
      Scene(name: "route-hepatic-artery", keys: [.character("r")]),
      Scene(name: "route-peripheral-vein", keys: [.character("r"), .character("r")]),
      Scene(name: "search-plasma", keys: [.character("/")] + "plasma".map(Key.character)),
      Scene(name: "help", keys: [.character("?")]),
      Scene(name: "facet-menu", keys: [.character("f")]),
    ]
    + DetailTab.allCases.map { tab in
      Scene(
        name: "NCT01724398-\(tab.title.lowercased())",
        keys: toNCT01724398 + [.character(Character(String(tab.rawValue)))])
    }

  @Test(arguments: scenes, [Size(rows: 24, columns: 80), Size(rows: 40, columns: 120)])
  func scene(_ scene: Scene, size: Size) throws {
    var state = Seeds.state(size)
    state.press(scene.keys)
    try Golden.assertMatches(render(state, size: size).textDump(), named: "\(scene.name)-\(size).txt")
  }

  @Test func tooSmall() throws {
    let size = Size(rows: 10, columns: 40)
    try Golden.assertMatches(render(Seeds.state(size), size: size).textDump(), named: "too-small-\(size).txt")
  }

  @Test func wideTerminal() throws {
    let size = Size(rows: 60, columns: 200)
    var state = Seeds.state(size)
    state.press([.character("r")])
    try Golden.assertMatches(render(state, size: size).textDump(), named: "route-hepatic-artery-\(size).txt")
  }
}
