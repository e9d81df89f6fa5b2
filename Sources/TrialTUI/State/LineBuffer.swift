/// The text of a prompt being typed, with a cursor (in graphemes).
public struct LineBuffer: Sendable, Equatable {
  /// The text.
  public private(set) var text: String
  /// The cursor, 0...text.count.
  public private(set) var cursor: Int

  /// A buffer holding `text` with the cursor at its end.
  public init(_ text: String = "") {
    self.text = text
    cursor = text.count
  }

  /// Inserts `character` at the cursor.
  public mutating func insert(_ character: Character) {
    text.insert(character, at: text.index(text.startIndex, offsetBy: cursor))
    cursor += 1
  }

  /// Deletes the grapheme before the cursor.
  public mutating func deleteBackward() {
    guard cursor > 0 else { return }
    text.remove(at: text.index(text.startIndex, offsetBy: cursor - 1))
    cursor -= 1
  }

  /// Moves the cursor by `offset` graphemes, within the text.
  public mutating func moveCursor(by offset: Int) {
    cursor = min(max(cursor + offset, 0), text.count)
  }

  /// Empties the buffer.
  public mutating func clear() {
    text = ""
    cursor = 0
  }
}
