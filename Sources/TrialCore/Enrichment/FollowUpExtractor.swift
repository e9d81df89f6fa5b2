import Foundation

/// How long participants are followed, as the longest duration in the outcome time frames.
public struct FollowUp: Sendable, Equatable {
  /// The duration in plain words: "48 weeks", "1 year".
  public var text: String
  /// The duration in days, for comparing.
  public var days: Double
  /// The time frame or sentence it was read from.
  public var phrase: String
  /// Where the phrase stands: "primary outcome", "secondary outcome", "summary", … .
  public var location: String
}

/// Reads the follow-up from outcome time frames ("before and one to 12 weeks after therapy" →
/// 12 weeks); when no time frame states a duration, from a description sentence that ties a
/// duration to the treatment ("at weeks 4, 12, and 24 post-infusion" → 24 weeks). Enrollment
/// periods ("enrolled over a period of 6 months") are not follow-up.
public enum FollowUpExtractor {
  private static let words: [String: Int] = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "eighteen": 18, "twenty-four": 24, "thirty": 30, "thirty-six": 36, "a": 1,
  ]
  private static let number =
    #"(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four|thirty|thirty-six)"#
  private static let unit = #"(hours?|days?|weeks?|months?|years?)"#

  private static let amountThenUnit = try? NSRegularExpression(
    pattern: "\\b\(number)[\\s-]*\(unit)\\b", options: .caseInsensitive)
  private static let unitThenAmounts = try? NSRegularExpression(
    pattern: "\\b\(unit)\\s+(\\d{1,3}(?:\\s*,\\s*\\d{1,3})*(?:,?\\s*(?:and|or|to)\\s*\\d{1,3})?)\\b",
    options: .caseInsensitive)
  private static let treatmentCue = try? NSRegularExpression(
    pattern:
      #"^\s*(?:post[\s-]?(?:infusion|transplant\w*|treatment|therapy|injection)|after\s+(?:the\s+)?(?:infusion|transplant\w*|treatment|therapy|injection|cell)|of\s+follow[\s-]?up)"#,
    options: .caseInsensitive)
  private static let followUpCue = try? NSRegularExpression(
    pattern: #"follow(?:ed)?[\s-]?up\s+(?:for|of|period\s+of|lasts?|will\s+last)\s*$"#, options: .caseInsensitive)

  /// The longest follow-up stated for `trial`, or nil when nothing states one.
  public static func find(in trial: Trial) -> FollowUp? {
    var best: FollowUp?
    let frames =
      trial.outcomes.primary.map { ($0.timeFrame, "primary outcome") }
      + trial.outcomes.secondary.map { ($0.timeFrame, "secondary outcome") }
    for case (let frame?, let location) in frames {
      for (text, days) in durations(in: frame) where days > (best?.days ?? 0) {
        best = FollowUp(text: text, days: days, phrase: frame, location: location)
      }
    }
    if best != nil { return best }
    let prose: [(String, String?)] = [("summary", trial.summary), ("detailed description", trial.detailedDescription)]
    for case (let location, let text?) in prose {
      for sentence in BackgroundFilter.foreground(text) {
        for (words, days, range) in durationsTiedToTreatment(in: sentence) where days > (best?.days ?? 0) {
          best = FollowUp(
            text: words, days: days, phrase: Phrase.around(range, in: sentence, limit: 70), location: location)
        }
      }
    }
    return best
  }

  /// Every duration in `text` as plain words and days.
  static func durations(in text: String) -> [(text: String, days: Double)] {
    matches(in: text).map { ($0.text, $0.days) }
  }

  private static func durationsTiedToTreatment(in sentence: String) -> [(String, Double, NSRange)] {
    let ns = sentence as NSString
    return matches(in: sentence).filter { match in
      let after = ns.substring(from: NSMaxRange(match.range))
      let before = ns.substring(to: match.range.location)
      return treatmentCue?.firstMatch(in: after, range: NSRange(location: 0, length: (after as NSString).length)) != nil
        || followUpCue?.firstMatch(in: before, range: NSRange(location: 0, length: (before as NSString).length)) != nil
    }
    .map { ($0.text, $0.days, $0.range) }
  }

  private static func matches(in text: String) -> [(text: String, days: Double, range: NSRange)] {
    let ns = text as NSString
    let all = NSRange(location: 0, length: ns.length)
    var found: [(String, Double, NSRange)] = []
    for match in amountThenUnit?.matches(in: text, range: all) ?? [] {
      let word = ns.substring(with: match.range(at: 1)).lowercased()
      guard let amount = Int(word) ?? words[word] else { continue }
      let unit = ns.substring(with: match.range(at: 2)).lowercased()
      found.append((spelled(amount, unit), Double(amount) * days(per: unit), match.range))
    }
    for match in unitThenAmounts?.matches(in: text, range: all) ?? [] {
      let unit = ns.substring(with: match.range(at: 1)).lowercased()
      let amounts = ns.substring(with: match.range(at: 2)).split(whereSeparator: { !$0.isNumber }).compactMap {
        Int($0)
      }
      guard let amount = amounts.max() else { continue }
      found.append((spelled(amount, unit), Double(amount) * days(per: unit), match.range))
    }
    return found.sorted { $0.2.location < $1.2.location }
  }

  private static func spelled(_ amount: Int, _ unit: String) -> String {
    let singular = unit.hasSuffix("s") ? String(unit.dropLast()) : unit
    return amount == 1 ? "1 \(singular)" : "\(amount) \(singular)s"
  }

  private static func days(per unit: String) -> Double {
    switch unit.prefix(3) {
    case "hou": 1.0 / 24
    case "day": 1
    case "wee": 7
    case "mon": 30.44
    default: 365.25
    }
  }
}
