import Foundation

/// How often cells are given, as the prose states it.
public struct Schedule: Sendable, Equatable {
  /// The number of administrations ("Four times of MSC infusion" → 4); nil when only an interval is stated.
  public var infusions: Int?
  /// The interval between administrations in words ("once every 4 days", "every 3 weeks").
  public var interval: String?
  /// The group the schedule belongs to when the sentence names one ("group 1").
  public var group: String?
  /// The words the schedule was read from.
  public var phrase: String

  /// Creates a schedule.
  public init(infusions: Int?, interval: String?, group: String? = nil, phrase: String) {
    self.infusions = infusions
    self.interval = interval
    self.group = group
    self.phrase = phrase
  }

  /// "4 infusions, once every 4 days" — the group is left to the caller.
  public var text: String {
    var parts: [String] = []
    if let infusions { parts.append(infusions == 1 ? "1 infusion" : "\(infusions) infusions") }
    if let interval { parts.append(interval) }
    return parts.joined(separator: ", ")
  }
}

/// Reads the number of administrations and their interval from arm, intervention and
/// description prose: "Four times of MSC infusion … once every 4 days", "three times at 3-week
/// intervals", "a single intravenous infusion". Background sentences are skipped.
public enum ScheduleExtractor {
  private static let numberWords: [String: Int] = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "single": 1, "once": 1, "twice": 2, "thrice": 3,
  ]
  private static let number = #"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"#
  private static let administrations =
    #"(?:infusions?|injections?|transfusions?|administrations?|doses?|transplantations?|treatments?)"#

  private static let countPatterns: [NSRegularExpression] = [
    "\\b\(number)\\s+(?:times|rounds|courses|sessions|\(administrations))\\b",
    "\\b(single|once|twice|thrice)\\s+(?:(?:intravenous|intra-arterial|intraportal|cell|stem\\s+cell|MSC)\\s+)?\(administrations)\\b",
    "\\b(twice|thrice)\\b(?!\\s+(?:a|per|each|every|weekly|daily|monthly)\\b)",
  ].compactMap { try? NSRegularExpression(pattern: $0, options: .caseInsensitive) }

  private static let intervalPatterns: [NSRegularExpression] = [
    "\\b(?:once\\s+)?every\\s+(?:\(number)\\s+)?(days?|weeks?|months?)\\b",
    "\\bat\\s+\(number)[\\s-]+(day|week|month)s?\\s+intervals?\\b",
    "\\b(?:once|twice)\\s+(?:a|per)\\s+(day|week|month)\\b",
    "\\b(daily|weekly|monthly)\\b",
  ].compactMap { try? NSRegularExpression(pattern: $0, options: .caseInsensitive) }

  private static let givingCue = try? NSRegularExpression(
    pattern: #"\b(?:infus|inject|transfus|transplant|administ|given|receive)"#, options: .caseInsensitive)

  private static let groupPattern = try? NSRegularExpression(
    pattern: #"\bgroups?\s*(\d+|[A-D])\b"#, options: .caseInsensitive)

  /// Every schedule stated in `text`, in reading order.
  public static func find(in text: String) -> [Schedule] {
    var found: [Schedule] = []
    for sentence in BackgroundFilter.foreground(text) {
      for schedule in schedules(in: sentence) where !found.contains(schedule) {
        found.append(schedule)
      }
    }
    return found
  }

  private static func schedules(in sentence: String) -> [Schedule] {
    let ns = sentence as NSString
    let all = NSRange(location: 0, length: ns.length)
    let counts = countPatterns.flatMap { $0.matches(in: sentence, range: all) }
      .sorted { $0.range.location < $1.range.location }
      .reduce(into: [NSTextCheckingResult]()) { kept, match in
        if let last = kept.last, NSMaxRange(last.range) > match.range.location { return }
        kept.append(match)
      }
    let intervals = intervalPatterns.flatMap { $0.matches(in: sentence, range: all) }
      .sorted { $0.range.location < $1.range.location }
    if counts.isEmpty {
      // A lone interval counts only when the sentence is about giving the cells, and "daily",
      // "weekly" only after a count ("weekly follow-up visits" is no schedule).
      guard givingCue?.firstMatch(in: sentence, range: all) != nil,
        let interval = intervals.first(where: { !ns.substring(with: $0.range).lowercased().hasSuffix("ly") })
      else { return [] }
      return [
        Schedule(
          infusions: nil, interval: describe(interval, in: ns), phrase: Phrase.around(interval.range, in: sentence))
      ]
    }
    var result: [Schedule] = []
    for (index, count) in counts.enumerated() {
      let start = count.range.location
      let end = index + 1 < counts.count ? counts[index + 1].range.location : ns.length
      let segment = NSRange(location: start, length: end - start)
      let interval = intervals.first { NSLocationInRange($0.range.location, segment) }
      let word = ns.substring(with: count.range(at: 1)).lowercased()
      let infusions = Int(word) ?? numberWords[word]
      var spanEnd = NSMaxRange(count.range)
      var group: String?
      if let match = groupPattern?.firstMatch(in: sentence, range: segment) {
        group = "group " + ns.substring(with: match.range(at: 1))
        spanEnd = max(spanEnd, NSMaxRange(match.range))
      }
      if let interval { spanEnd = max(spanEnd, NSMaxRange(interval.range)) }
      let span = NSRange(location: start, length: spanEnd - start)
      let phrase = Phrase.around(span, in: sentence)
      result.append(
        Schedule(infusions: infusions, interval: interval.map { describe($0, in: ns) }, group: group, phrase: phrase))
    }
    return result
  }

  /// The interval in plain words: "once every 4 days", "every 3 weeks", "weekly".
  private static func describe(_ match: NSTextCheckingResult, in sentence: NSString) -> String {
    let text = Prose.squeeze(sentence.substring(with: match.range)).lowercased()
    guard text.hasPrefix("at ") else { return text }
    let value = sentence.substring(with: match.range(at: 1)).lowercased()
    let unit = sentence.substring(with: match.range(at: 2)).lowercased()
    let amount = Int(value) ?? numberWords[value] ?? 0
    return amount == 1 ? "every \(unit)" : "every \(amount) \(unit)s"
  }
}
