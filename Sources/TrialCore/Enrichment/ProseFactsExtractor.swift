import Foundation

/// Reads design facts that damaged pages state only in prose: allocation ("randomly
/// assigned", "non randomized") and outcomes ("The primary outcome is survival rates in one
/// year"). Used only when the page's own fields are empty; every value keeps its phrase.
enum ProseFactsExtractor {
  private static let nonRandomized = try? NSRegularExpression(
    pattern: #"\bnon[\s-]?randomi[sz]ed\b"#, options: .caseInsensitive)
  private static let randomized = try? NSRegularExpression(
    pattern: #"\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated|divided|distributed))\b"#, options: .caseInsensitive)
  private static let outcomeSentence = try? NSRegularExpression(
    pattern:
      #"^(?:the\s+)?(primary|secondary)\s+(?:outcomes?|end\s?points?)(?:\s+measures?)?\s+(?:is|are|was|were|will\s+be|include|includes)\s+(.+)$"#,
    options: .caseInsensitive)
  private static let trailingTime = try? NSRegularExpression(
    pattern:
      #"\s+(?:in|at|within|after|over|during)\s+((?:\d+|one|two|three|six|twelve)\s+(?:days?|weeks?|months?|years?))$"#,
    options: .caseInsensitive)

  /// `randomized` or `non-randomized` with its phrase, from foreground sentences.
  static func allocation(in text: String) -> (value: String, phrase: String)? {
    for sentence in BackgroundFilter.foreground(text) {
      let range = NSRange(location: 0, length: (sentence as NSString).length)
      if let match = nonRandomized?.firstMatch(in: sentence, range: range) {
        return ("non-randomized", Phrase.around(match.range, in: sentence, limit: 70))
      }
      if let match = randomized?.firstMatch(in: sentence, range: range) {
        return ("randomized", Phrase.around(match.range, in: sentence, limit: 70))
      }
    }
    return nil
  }

  /// Outcomes named in sentences such as "Secondary outcomes are liver function, liver ascites
  /// and MELD score", with a trailing "in one year" read as the time frame.
  static func outcomes(in text: String) -> (outcomes: Outcomes, phrases: [String]) {
    var result = Outcomes()
    var phrases: [String] = []
    for sentence in Sentences.split(text) {
      let ns = sentence as NSString
      guard let match = outcomeSentence?.firstMatch(in: sentence, range: NSRange(location: 0, length: ns.length)) else {
        continue
      }
      let primary = ns.substring(with: match.range(at: 1)).lowercased() == "primary"
      var list = ns.substring(with: match.range(at: 2))
      var timeFrame: String?
      let listRange = NSRange(location: 0, length: (list as NSString).length)
      if let time = trailingTime?.firstMatch(in: list, range: listRange) {
        timeFrame = (list as NSString).substring(with: time.range(at: 1))
        list = (list as NSString).substring(to: time.range.location)
      }
      let measures = list.replacingOccurrences(of: #",?\s+and\s+"#, with: ", ", options: .regularExpression)
        .split(separator: ",").map { Prose.squeeze(String($0)) }.filter { !$0.isEmpty }
      let outcomes = measures.map { Outcome(measure: $0, timeFrame: timeFrame) }
      if primary { result.primary += outcomes } else { result.secondary += outcomes }
      phrases.append(sentence)
    }
    return (result, phrases)
  }
}
