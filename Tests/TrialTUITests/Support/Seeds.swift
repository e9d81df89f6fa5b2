import TrialCore
import TrialTUI

/// The bundled seeds, indexed once for all tests.
enum Seeds {
  static let index = TrialIndex(trials: Library.seeds().trials)

  /// A fresh browser on the seeds.
  static func state(_ size: Size = Size(rows: 24, columns: 80)) -> BrowserState {
    BrowserState(index: index, size: size)
  }
}

extension BrowserState {
  /// Presses keys through the real keymap; returns every effect.
  @discardableResult
  mutating func press(_ keys: [Key]) -> [Effect] {
    var effects: [Effect] = []
    for key in keys {
      guard let action = Keymap.action(for: key, in: mode) else { continue }
      effects += apply(action)
    }
    return effects
  }

  /// Presses the characters of `text` one by one.
  @discardableResult
  mutating func type(_ text: String) -> [Effect] {
    press(text.map(Key.character))
  }

  /// The ids in the list, in order.
  var listedIDs: [String] { result.positions.map { catalog.index.id(Int($0)) } }

  /// The id of the selected trial.
  var selectedID: String? { selectedPosition.map { catalog.index.id($0) } }
}
