import Foundation

/// The registry's enum spellings (`PHASE1`, `NON_RANDOMIZED`, `18 Years`, …) in the JSON
/// contract's vocabulary; shared by the API v2 JSON and the legacy XML readers.
enum RegistryVocabulary {
  static func phases(_ values: [String]) -> [Phase] {
    Array(
      Set(
        values.flatMap { value -> [Phase] in
          switch VocabularyKey.make(value) {
          case "earlyphase1": [.earlyPhase1]
          case "phase1": [.phase1]
          case "phase2": [.phase2]
          case "phase3": [.phase3]
          case "phase4": [.phase4]
          case "na", "notapplicable": [.notApplicable]
          default: Phase.parseList(value)
          }
        })
    ).sorted()
  }

  /// "ESTIMATED", "Anticipated" → estimated; "ACTUAL" → actual.
  static func enrollmentType(_ text: String?) -> String? {
    switch text.map(VocabularyKey.make) {
    case "estimated", "anticipated": "estimated"
    case "actual": "actual"
    default: nil
    }
  }

  /// "18 Years" → 18, "6 Months" → 0, "N/A" → nil.
  static func years(_ text: String?) -> Int? {
    guard let text else { return nil }
    let words = text.lowercased().split(separator: " ")
    guard words.count >= 2, let number = Int(words[0]) else { return nil }
    let unit = words[1]
    if unit.hasPrefix("year") { return number }
    if unit.hasPrefix("month") { return number / 12 }
    if unit.hasPrefix("week") { return number / 52 }
    if unit.hasPrefix("day") || unit.hasPrefix("hour") || unit.hasPrefix("minute") { return 0 }
    return nil
  }

  /// "DIETARY_SUPPLEMENT" → dietary-supplement.
  static func interventionType(_ text: String?) -> String? {
    guard let text, !text.isEmpty else { return nil }
    return Intervention.type(from: text) ?? text.lowercased().replacingOccurrences(of: "_", with: "-")
  }

  /// "PRINCIPAL_INVESTIGATOR" → "Principal Investigator".
  static func role(_ text: String?) -> String? {
    guard let text, !text.isEmpty else { return nil }
    return text.split(whereSeparator: { $0 == "_" || $0 == " " })
      .map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }
      .joined(separator: " ")
  }

  /// Splits registry criteria text into inclusion and exclusion lists at their headings.
  /// `hardWrapped` text (the legacy XML) breaks lines inside items; those lines are joined back
  /// unless they start a new bullet or number.
  static func criteria(_ text: String?, hardWrapped: Bool = false) -> Eligibility {
    guard let text else { return Eligibility() }
    var inclusion: [String] = []
    var exclusion: [String] = []
    var target = 0
    var lines = TextLines.split(Prose.unescapeMarkdown(text))
    if hardWrapped { lines = reflow(lines) }
    for line in lines {
      let lower = line.lowercased()
      if lower.hasPrefix("inclusion criteria") || lower.hasPrefix("eligibility criteria")
        || lower.hasPrefix("key inclusion criteria")
      {
        target = 0
        let rest = line.drop { $0 != ":" }.dropFirst()
        if !rest.isEmpty { inclusion.append(String(rest)) }
        continue
      }
      if lower.hasPrefix("exclusion criteria") || lower.hasPrefix("key exclusion criteria") {
        target = 1
        let rest = line.drop { $0 != ":" }.dropFirst()
        if !rest.isEmpty { exclusion.append(String(rest)) }
        continue
      }
      if target == 0 { inclusion.append(line) } else { exclusion.append(line) }
    }
    return Eligibility(inclusion: CriteriaSplitter.split(inclusion), exclusion: CriteriaSplitter.split(exclusion))
  }

  /// Joins wrapped lines of a paragraph; a line starting with a bullet, a number or a criteria
  /// heading starts a new one.
  static func reflow(_ lines: [String]) -> [String] {
    var out: [String] = []
    var joinable = false
    for line in lines {
      if line.isEmpty {
        out.append("")
        joinable = false
        continue
      }
      let startsItem =
        line.range(of: #"^(?:[-*•·]|\(?\d{1,2}[.)]|[a-z][.)]\s)"#, options: .regularExpression) != nil
        || line.lowercased().contains("criteria:")
      if joinable && !startsItem, let last = out.popLast() {
        out.append(last + " " + line)
      } else {
        out.append(line)
      }
      joinable = !line.lowercased().hasSuffix("criteria:")
    }
    return out
  }

  /// Strips the "Biological: " prefix registries put on arm intervention names.
  static func bareInterventionName(_ text: String) -> String {
    Intervention.fromLabelled(text).name
  }
}
