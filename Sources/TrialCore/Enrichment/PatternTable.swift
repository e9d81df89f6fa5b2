import Foundation

/// A list of case-insensitive regular expressions, each naming the value it stands for.
struct PatternTable<Value: Sendable>: Sendable {
  struct Entry: @unchecked Sendable {
    let value: Value
    let regex: NSRegularExpression
    /// Abbreviations count only when no spelled-out phrase of the same family is found.
    let isAbbreviation: Bool
  }

  let entries: [Entry]

  init(_ rows: [(Value, String, Bool)]) {
    entries = rows.compactMap { value, pattern, abbreviation in
      let options: NSRegularExpression.Options = abbreviation ? [] : [.caseInsensitive]
      guard let regex = try? NSRegularExpression(pattern: pattern, options: options) else { return nil }
      return Entry(value: value, regex: regex, isAbbreviation: abbreviation)
    }
  }

  /// Every match in `text`: the value, the matched words, whether it was an abbreviation.
  func matches(in text: String) -> [(value: Value, match: String, range: NSRange, isAbbreviation: Bool)] {
    let ns = text as NSString
    let all = NSRange(location: 0, length: ns.length)
    var found: [(Value, String, NSRange, Bool)] = []
    for entry in entries {
      for match in entry.regex.matches(in: text, range: all) {
        found.append((entry.value, ns.substring(with: match.range), match.range, entry.isAbbreviation))
      }
    }
    return found.sorted { $0.2.location < $1.2.location }
  }
}
