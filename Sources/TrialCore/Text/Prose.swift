import Foundation

/// Small text helpers shared by the parsers and extractors.
enum Prose {
  /// Collapses runs of white space to one space and trims the ends.
  static func squeeze(_ text: String) -> String {
    if isSqueezed(text) { return text }
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if isSpace(scalar) {
        pendingSpace = !out.isEmpty
      } else {
        if pendingSpace { out.append(" ") }
        pendingSpace = false
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// Already squeezed: ASCII with single inner spaces only (the common case, checked on bytes).
  private static func isSqueezed(_ text: String) -> Bool {
    var previousSpace = true
    for byte in text.utf8 {
      if byte >= 0x80 || byte < 0x20 { return false }
      if byte == 0x20 {
        if previousSpace { return false }
        previousSpace = true
      } else {
        previousSpace = false
      }
    }
    return !previousSpace || text.isEmpty
  }

  /// The text without white space at either end (lines inside are kept).
  static func trim(_ text: String) -> String {
    let scalars = text.unicodeScalars
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, isSpace(scalars[start]) { start = scalars.index(after: start) }
    while end > start {
      let before = scalars.index(before: end)
      guard isSpace(scalars[before]) else { break }
      end = before
    }
    return String(scalars[start..<end])
  }

  /// White space, tested on scalars (much cheaper than on Characters): ASCII spaces, no-break
  /// and other Unicode spaces.
  @inline(__always)
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: true
    case 0..<0x80: false
    default: scalar.properties.isWhitespace
    }
  }

  /// Nil for empty or placeholder text ("Not available", "N/A", "-"), else the squeezed text.
  static func value(_ text: String?) -> String? {
    guard let text else { return nil }
    let squeezed = squeeze(text)
    if squeezed.utf8.count > 16 { return squeezed }
    return placeholders.contains(squeezed.lowercased()) ? nil : squeezed
  }

  private static let placeholders: Set<String> = [
    "", "-", "—", "n/a", "na", "not available", "none provided", "loading...",
  ]

  /// Joins lines into paragraphs: blank lines separate paragraphs, other lines are joined.
  static func paragraphs(_ lines: [String]) -> String? {
    var paragraphs: [String] = []
    var current: [String] = []
    for line in lines {
      if line.isEmpty {
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        current = []
      } else {
        current.append(line)
      }
    }
    if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
    // A separator left dangling at the end of a saved paragraph ("… MELD score. ;").
    paragraphs = paragraphs.map { $0.replacingOccurrences(of: #"\s+[;,|]$"#, with: "", options: .regularExpression) }
    let joined = paragraphs.joined(separator: "\n\n")
    return value(joined) == nil ? nil : joined
  }

  /// Removes the backslash that Markdown-escaping mirrors put before punctuation (`\&`, `\<`,
  /// `10\^6`, `\*`).
  static func unescapeMarkdown(_ text: String) -> String {
    guard text.utf8.contains(0x5C) else { return text }
    var out = ""
    var iterator = text.makeIterator()
    while let c = iterator.next() {
      if c == "\\", let next = iterator.next() {
        if next.isPunctuation || next.isSymbol {
          out.append(next)
        } else {
          out.append(c)
          out.append(next)
        }
      } else {
        out.append(c)
      }
    }
    return out
  }

  /// Splits text that lost the separators between list items at each place where a lowercase
  /// letter (or closing bracket) runs straight into a capitalised word: "Child-Pugh ScoreLiver
  /// Function" becomes two items. Acronyms ("iPSC", "HBsAg") stay whole because the capital must
  /// be followed by a lowercase letter and the left part must be a word of three letters or more ending in two lowercase letters.
  static func splitGluedItems(_ text: String) -> [String] {
    let chars = Array(text)
    var items: [String] = []
    var start = 0
    var index = 1
    while index + 1 < chars.count {
      let left = chars[index - 1]
      let here = chars[index]
      let right = chars[index + 1]
      if (left.isLowercase || left == ")" || left == "]") && here.isUppercase && right.isLowercase
        && precedingWordLength(chars, before: index) >= 3 && (chars[index - 2].isLowercase || !left.isLetter)
      {
        items.append(String(chars[start..<index]))
        start = index
      }
      index += 1
    }
    items.append(String(chars[start...]))
    return items.map(squeeze).filter { !$0.isEmpty }
  }

  private static func precedingWordLength(_ chars: [Character], before index: Int) -> Int {
    var length = 0
    var i = index - 1
    while i >= 0, chars[i].isLetter || chars[i] == ")" || chars[i] == "]" {
      length += 1
      i -= 1
    }
    return length
  }
}
