import Foundation

/// Reads outcome tables saved as text, where the "Name Time Method" columns lost their
/// separators: "Survival rate and time48 weeks" is measure "Survival rate and time" with time
/// frame "48 weeks".
enum OutcomeRows {
  static func parse(_ lines: [String]) -> [Outcome] {
    var outcomes: [Outcome] = []
    for line in lines {
      let row = stripHeader(Prose.unescapeMarkdown(line))
      guard !row.isEmpty else { continue }
      let (measure, timeFrame) = split(row)
      outcomes.append(Outcome(measure: measure, timeFrame: timeFrame))
    }
    return outcomes
  }

  /// Removes a "Name Time Method" or "NameTimeMethod" header at the start of a row.
  static func stripHeader(_ line: String) -> String {
    for header in ["Name Time Method", "NameTimeMethod", "Measure Time Frame", "Name Time Frame"]
    where line.hasPrefix(header) {
      return Prose.squeeze(String(line.dropFirst(header.count)))
    }
    return Prose.squeeze(line)
  }

  private static let unit = #"(?:hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?|h|d)\b"#
  private static let timeStartWords =
    "between|before|after|baseline|up to|within|from|at|during|through|until|till|day|days|week|weeks|month|months|year|years|one|two|three|four|six|twelve|each|every|throughout|pre|post|end of|date of|the first|first"
  private static let numericStart = try? NSRegularExpression(
    pattern: #"^\d+(?:\.\d+)?\s*(?:-|–|~|to|and)?\s*(?:\d+\s*)?"# + unit, options: .caseInsensitive)
  private static let wordStart = try? NSRegularExpression(
    pattern: "^(?:\(timeStartWords))\\b", options: .caseInsensitive)
  private static let mentionsTime = try? NSRegularExpression(
    pattern: "\\d|baseline|\(unit)|\\b(?:one|two|three|four|six|twelve)\\b", options: .caseInsensitive)

  /// Splits a row into measure and time frame; the time frame is nil when none can be found.
  static func split(_ row: String) -> (String, String?) {
    let chars = Array(row)
    // A glued boundary: a letter or closing bracket runs straight into a digit or a capital.
    for i in 1..<max(chars.count, 1) {
      let left = chars[i - 1]
      let here = chars[i]
      guard left.isLetter || left == "]" || left == ")" || left == "%" else { continue }
      guard here.isNumber || here.isUppercase else { continue }
      let suffix = String(chars[i...])
      if looksLikeTimeFrame(suffix, glued: true), i >= 3 {
        return (Prose.squeeze(String(chars[..<i])), Prose.squeeze(suffix))
      }
    }
    // A spaced boundary: the earliest word from which the rest reads as a time frame.
    for i in 1..<max(chars.count, 1) where chars[i - 1] == " " {
      let suffix = String(chars[i...])
      let prefix = String(chars[..<i])
      if prefix.split(separator: " ").count >= 2, looksLikeTimeFrame(suffix, glued: false),
        suffix.split(separator: " ").count <= 12
      {
        return (Prose.squeeze(prefix), Prose.squeeze(suffix))
      }
    }
    return (Prose.squeeze(row), nil)
  }

  private static func looksLikeTimeFrame(_ text: String, glued: Bool) -> Bool {
    let range = NSRange(location: 0, length: (text as NSString).length)
    if numericStart?.firstMatch(in: text, range: range) != nil { return true }
    guard wordStart?.firstMatch(in: text, range: range) != nil else { return false }
    if glued, text.first?.isLowercase == true { return false }
    return mentionsTime?.firstMatch(in: text, range: range) != nil
  }
}
