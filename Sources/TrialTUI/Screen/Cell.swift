/// One character cell: a grapheme and its style. A wide grapheme (two columns) stores its text in
/// the left cell; the right cell has empty text and is skipped when drawing.
public struct Cell: Sendable, Equatable, Hashable {
  /// The grapheme shown, a space for blank, or "" for the right half of a wide grapheme.
  public var text: String
  /// What the cell means.
  public var style: Style

  /// Creates a cell.
  public init(_ text: String, _ style: Style = .normal) {
    self.text = text
    self.style = style
  }

  /// A blank cell.
  public static let blank = Cell(" ")

  /// Whether this is the right half of a wide grapheme.
  public var isContinuation: Bool { text.isEmpty }
}
