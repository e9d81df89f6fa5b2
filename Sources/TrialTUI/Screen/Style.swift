/// What a cell means on screen. The curses layer turns each role into attributes and, unless
/// `NO_COLOR` is set, a colour on the terminal's own background.
public enum Style: UInt8, Sendable, Equatable, Hashable, CaseIterable {
  case normal
  /// The top line: title and counts.
  case header
  /// The selected row in the pane that has focus.
  case selected
  /// The selected row while the other pane has focus.
  case selectedInactive
  /// A marked row's mark.
  case marked
  /// Route badges.
  case badge
  /// Secondary text: column names, placeholders, separators.
  case dim
  /// The active tab.
  case tabActive
  /// Tab names that are not active.
  case tabInactive
  /// Section headings and field labels in the detail pane.
  case heading
  /// Text that matches the search.
  case match
  /// Record warnings and error messages.
  case warning
  /// The status line.
  case status
  /// Key names in the hint line and help screen.
  case key
}
