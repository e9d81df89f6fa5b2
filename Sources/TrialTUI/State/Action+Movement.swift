extension Action {
  /// Where a movement takes a line or row index — one up or down, a page, either end, a wheel
  /// step — clamped to `0...last`; nil for actions that do not move. Every scrolling pane and
  /// menu moves through this one rule.
  func moved(_ value: Int, page: Int, last: Int) -> Int? {
    let target: Int
    switch self {
    case .moveUp: target = value - 1
    case .moveDown: target = value + 1
    case .pageUp: target = value - page
    case .pageDown: target = value + page
    case .top: target = 0
    case .bottom: target = last
    case .wheel(let lines, _, _): target = value + lines
    default: return nil
    }
    return min(max(target, 0), max(last, 0))
  }
}
