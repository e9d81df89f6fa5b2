/// Splits document text into trimmed lines, whatever the line endings.
enum TextLines {
  /// All lines, trimmed of surrounding white space (including no-break spaces and a BOM);
  /// blank lines kept as empty strings so callers can see paragraph breaks.
  static func split(_ text: String) -> [String] {
    var lines: [String] = []
    var current = String.UnicodeScalarView()
    var previousWasCR = false
    func flush() {
      lines.append(trim(current))
      current = String.UnicodeScalarView()
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n":
        if !previousWasCR { flush() }
        previousWasCR = false
      case "\r":
        flush()
        previousWasCR = true
      default:
        current.append(scalar)
        previousWasCR = false
      }
    }
    flush()
    return lines
  }

  /// The non-blank lines.
  static func nonBlank(_ text: String) -> [String] {
    split(text).filter { !$0.isEmpty }
  }

  private static func trim(_ scalars: String.UnicodeScalarView) -> String {
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, Prose.isSpace(scalars[start]) || scalars[start] == "\u{FEFF}" {
      start = scalars.index(after: start)
    }
    while end > start {
      let before = scalars.index(before: end)
      guard Prose.isSpace(scalars[before]) || scalars[before] == "\u{FEFF}" else { break }
      end = before
    }
    return String(scalars[start..<end])
  }
}
