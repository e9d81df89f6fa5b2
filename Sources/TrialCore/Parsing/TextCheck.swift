/// Refuses documents that are not text before any parser sees them.
enum TextCheck {
  static func requireText(_ text: String, source: String) throws(ParseError) {
    if text.allSatisfy({ $0.isWhitespace }) { throw .empty(source: source) }
    var controls = 0
    var total = 0
    for scalar in text.unicodeScalars.prefix(8192) {
      total += 1
      if scalar.value == 0 { throw .binary(source: source) }
      if scalar.value < 0x20 && scalar != "\n" && scalar != "\r" && scalar != "\t" { controls += 1 }
      if scalar == "\u{FFFD}" { controls += 1 }
    }
    if total > 0 && controls * 10 > total { throw .binary(source: source) }
  }
}
