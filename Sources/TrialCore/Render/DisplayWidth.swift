/// Terminal column widths of text, by grapheme: East Asian wide and emoji take two columns,
/// combining marks none.
public enum DisplayWidth {
  /// Columns taken by `text`.
  public static func of(_ text: String) -> Int {
    text.reduce(0) { $0 + of($1) }
  }

  /// Columns taken by one grapheme.
  public static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if first.properties.isEmojiPresentation || isWide(first.value) { return 2 }
    if scalars.count > 1, scalars.contains(where: { $0.value == 0xFE0F || $0.value == 0x200D }) { return 2 }
    switch first.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control: return 0
    default: return 1
    }
  }

  /// The longest prefix of `text` that fits in `columns`, cut between graphemes.
  public static func prefix(_ text: String, fitting columns: Int) -> String {
    var used = 0
    var out = ""
    for character in text {
      let w = of(character)
      if used + w > columns { break }
      used += w
      out.append(character)
    }
    return out
  }

  private static func isWide(_ v: UInt32) -> Bool {
    (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
      || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
      || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
      || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
      || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v) || (0x1F1E6...0x1F1FF).contains(v)
  }
}
