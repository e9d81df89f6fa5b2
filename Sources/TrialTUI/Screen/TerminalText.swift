import TrialCore

/// Graphemes as a terminal can draw them in a known number of columns. ncurses advances by the
/// sum of `wcwidth` per scalar while terminals draw emoji sequences their own way, so sequences
/// whose width is disputed are replaced before they reach a cell: a flag by its two letters
/// ("🇨🇳" → "CN"), a ZWJ, skin-tone, keycap or variation sequence by its first scalar.
enum TerminalText {
  /// The drawable pieces of `character`, each with the columns it takes (0: draw nothing).
  static func pieces(_ character: Character) -> [(text: String, width: Int)] {
    let scalars = Array(character.unicodeScalars)
    guard let first = scalars.first else { return [] }
    if character == "\n" || character == "\r\n" { return [(" ", 1)] }
    // The last guard before a cell: whatever a view forgot to clean, no control character or
    // bidi override ever reaches the terminal.
    if character.unicodeScalars.contains(where: SafeText.isControl) { return [("�", 1)] }
    if isRegionalIndicator(first) {
      return scalars.filter(isRegionalIndicator).prefix(2).map { (letter($0), 1) }
    }
    if scalars.count > 1, scalars.contains(where: isDisputed) {
      let base = Character(first)
      return [(String(base), DisplayWidth.of(base))]
    }
    return [(String(character), DisplayWidth.of(character))]
  }

  /// Columns `text` takes once drawn.
  static func width(_ text: String) -> Int {
    var total = 0
    for character in text {
      for piece in pieces(character) { total += piece.width }
    }
    return total
  }

  /// The longest prefix of `text` that fits in `columns` once drawn.
  static func prefix(_ text: String, fitting columns: Int) -> String {
    var used = 0
    var out = ""
    for character in text {
      let w = pieces(character).reduce(0) { $0 + $1.width }
      if used + w > columns { break }
      used += w
      out.append(character)
    }
    return out
  }

  /// `text` cut to `columns` with "…" when it does not fit.
  static func truncate(_ text: String, to columns: Int) -> String {
    guard columns > 0 else { return "" }
    if width(text) <= columns { return text }
    return prefix(text, fitting: columns - 1) + "…"
  }

  /// `text` without its first `columns` columns (a wide character cut in half becomes a space).
  static func dropColumns(_ text: String, _ columns: Int) -> String {
    guard columns > 0 else { return text }
    var skipped = 0
    var index = text.startIndex
    while index < text.endIndex, skipped < columns {
      skipped += pieces(text[index]).reduce(0) { $0 + $1.width }
      index = text.index(after: index)
    }
    return String(repeating: " ", count: max(0, skipped - columns)) + text[index...]
  }

  /// `text` cut or padded with spaces to exactly `columns`.
  static func pad(_ text: String, to columns: Int) -> String {
    let cut = truncate(text, to: columns)
    return cut + String(repeating: " ", count: max(0, columns - width(cut)))
  }

  private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
    (0x1F1E6...0x1F1FF).contains(scalar.value)
  }

  private static func isDisputed(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value == 0x200D || scalar.value == 0xFE0F || scalar.value == 0x20E3
      || (0x1F3FB...0x1F3FF).contains(scalar.value) || (0xE0020...0xE007F).contains(scalar.value)
  }

  private static func letter(_ scalar: Unicode.Scalar) -> String {
    String(Character(UnicodeScalar(scalar.value - 0x1F1E6 + 0x41) ?? "?"))
  }
}
