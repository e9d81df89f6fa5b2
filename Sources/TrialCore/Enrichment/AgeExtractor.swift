import Foundation

/// Reads eligible ages from an age field ("18 to 65 years old", "18 Years", "18+ years") or from
/// criteria ("Aged 18~65 years", "18-80 years old", "age ≥ 18 years").
public enum AgeExtractor {
  private static let range = try? NSRegularExpression(
    pattern: #"(\d{1,3})\s*(?:years?\s*)?(?:~|-|–|—|to|and)\s*(\d{1,3})\s*(?:years?|yrs?|y\b|岁)"#,
    options: .caseInsensitive)
  private static let minimum = try? NSRegularExpression(
    pattern:
      #"(?:(?:≥|>=|at least|over|above|older than|>)\s*(\d{1,3})\s*(?:years?|yrs?))|(?:(\d{1,3})\s*(?:years?|yrs?)?\s*(?:\+|or older|and older|or above|and above|or over|years? and over))"#,
    options: .caseInsensitive)
  private static let maximum = try? NSRegularExpression(
    pattern: #"(?:≤|<=|up to|under|younger than|below|<)\s*(\d{1,3})\s*(?:years?|yrs?)"#, options: .caseInsensitive)

  /// Ages from a field that is only about age.
  public static func fromField(_ text: String) -> AgeRange {
    if let found = find(in: text) { return found.range }
    // A bare "18 Years" in a minimum-age field.
    if let match = text.firstMatch(of: /^(\d{1,3})\s*[Yy]ears?$/) { return AgeRange(min: Int(match.output.1)) }
    return AgeRange()
  }

  /// Ages and the phrase they came from, in prose.
  public static func find(in text: String) -> (range: AgeRange, phrase: String)? {
    let ns = text as NSString
    let all = NSRange(location: 0, length: ns.length)
    if let match = range?.firstMatch(in: text, range: all),
      let low = Int(ns.substring(with: match.range(at: 1))), let high = Int(ns.substring(with: match.range(at: 2))),
      low < high, high <= 120
    {
      return (AgeRange(min: low, max: high), ns.substring(with: match.range))
    }
    var result = AgeRange()
    var phrases: [String] = []
    if let match = minimum?.firstMatch(in: text, range: all) {
      let group = match.range(at: 1).location != NSNotFound ? match.range(at: 1) : match.range(at: 2)
      result.min = Int(ns.substring(with: group))
      phrases.append(ns.substring(with: match.range))
    }
    if let match = maximum?.firstMatch(in: text, range: all) {
      result.max = Int(ns.substring(with: match.range(at: 1)))
      phrases.append(ns.substring(with: match.range))
    }
    return result.isEmpty ? nil : (result, phrases.joined(separator: "; "))
  }

  /// Ages from the first inclusion criterion that states them.
  public static func fromCriteria(_ criteria: [String]) -> (range: AgeRange, phrase: String)? {
    for criterion in criteria
    where criterion.range(of: #"\bage|\bold\b|^\d|岁"#, options: [.regularExpression, .caseInsensitive]) != nil {
      if let found = find(in: criterion) { return found }
    }
    return nil
  }
}
