import Foundation

/// A trial phase.
public enum Phase: String, Sendable, Equatable, Codable, CaseIterable, Comparable {
  case earlyPhase1 = "early-phase1"
  case phase1
  case phase2
  case phase3
  case phase4
  case notApplicable = "not-applicable"

  /// Orders phases as a reader expects: early phase 1 first, "not applicable" last.
  public static func < (lhs: Phase, rhs: Phase) -> Bool {
    lhs.rank < rhs.rank
  }

  private var rank: Int {
    switch self {
    case .earlyPhase1: 0
    case .phase1: 1
    case .phase2: 2
    case .phase3: 3
    case .phase4: 4
    case .notApplicable: 5
    }
  }

  /// Reads one or more phases from text such as `Phase 1/Phase 2`, `PHASE2`, `Phase I/II`,
  /// `Early Phase 1`, `N/A`. Returns an empty list when no phase is named.
  public static func parseList(_ text: String) -> [Phase] {
    let key = text.lowercased()
    if key.contains("early") && (key.contains("1") || key.contains(" i")) { return [.earlyPhase1] }
    let compact = VocabularyKey.make(text)
    if compact == "na" || compact == "notapplicable" || key.contains("not applicable") || key == "n/a" {
      return [.notApplicable]
    }
    // Every phase is written with the word: a plain search first spares the regex (slow per
    // line) on the many lines that have none.
    guard key.contains("phase") else { return [] }
    var found = Set<Phase>()
    let whole = text as NSString
    for match in phasePattern?.matches(in: text, range: NSRange(location: 0, length: whole.length)) ?? [] {
      for group in 1..<match.numberOfRanges where match.range(at: group).location != NSNotFound {
        if let phase = Phase(numeral: whole.substring(with: match.range(at: group))) { found.insert(phase) }
      }
    }
    return found.sorted()
  }

  /// Compiled once and shared by the decoding threads: a regex literal in a function body is
  /// compiled again on every call, which was a third of the time to read 10,000 small pages.
  private static let phasePattern = try? NSRegularExpression(
    pattern: #"phase\s*([1-4]|iv|iii|ii|i)\b(?:\s*[/&,-]\s*(?:phase\s*)?([1-4]|iv|iii|ii|i)\b)?"#,
    options: .caseInsensitive)

  private init?(numeral: String) {
    switch numeral.lowercased() {
    case "1", "i": self = .phase1
    case "2", "ii": self = .phase2
    case "3", "iii": self = .phase3
    case "4", "iv": self = .phase4
    default: return nil
    }
  }
}
