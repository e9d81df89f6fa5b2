import Foundation

/// A disease stage or severity that a trial enrols, with where it was read.
public struct StageFinding: Sendable, Equatable {
  /// The words as written: "Child-Pugh B and C", "MELD <30", "refractory ascites".
  public var text: String
  /// Where they stand: `inclusion criteria`, `title`, `summary`, … .
  public var location: String
}

/// Reads stage and severity from inclusion criteria, titles and summaries: Child-Pugh class or
/// score, MELD limits, decompensated cirrhosis, end-stage liver disease, acute-on-chronic liver
/// failure, refractory ascites. Exclusion criteria are never read (they name stages that are
/// not enrolled), nor background sentences; a stage that is one of the conditions is left out.
public enum StageExtractor {
  private static let patterns: [NSRegularExpression] = [
    #"\bchild[\s-]*(?:turcotte[\s-]*)?pugh\s+(?:class\s+|grade\s+|stage\s+|score\s+)?(?:[ABC]\b(?:\s*(?:and|or|to|/|-|,)\s*[ABC]\b)*|(?:of\s+)?\d{1,2}\s*(?:-|–|~|to)\s*\d{1,2}|[<>≤≥]=?\s*\d{1,2}|(?:of\s+)?\d{1,2}\b)"#,
    #"\bMELD\)?(?:\s+score)?\s*(?:of\s+)?(?:[<>≤≥]=?\s*\d{1,2}|\d{1,2}\s*(?:-|–|~|to)\s*\d{1,2})"#,
    #"\bdecompensated\s+(?:liver\s+|hepatic\s+)?cirrhosis\b"#,
    #"(?<!model\sfor\s)\bend[\s-]stage\s+liver\s+disease\b(?!\s*\(MELD)"#,
    #"\bacute[\s-]on[\s-]chronic\s+liver\s+failure\b"#,
    #"\brefractory\s+ascites?\b"#,
  ].compactMap { try? NSRegularExpression(pattern: $0, options: .caseInsensitive) }

  /// The stages `trial` enrols, criteria first, each once.
  public static func find(in trial: Trial) -> [StageFinding] {
    var sources = trial.eligibility.inclusion.map { ($0, "inclusion criteria") }
    sources.append((trial.title, "title"))
    if let official = trial.officialTitle, official != trial.title { sources.append((official, "official title")) }
    if let summary = trial.summary { sources.append((summary, "summary")) }
    var seen = Set(trial.conditions.map(key))
    var found: [StageFinding] = []
    for (text, location) in sources {
      for sentence in BackgroundFilter.foreground(text) {
        let ns = sentence as NSString
        let all = NSRange(location: 0, length: ns.length)
        let matches = patterns.flatMap { $0.matches(in: sentence, range: all) }.sorted {
          $0.range.location < $1.range.location
        }
        for match in matches {
          let words = Prose.squeeze(ns.substring(with: match.range).replacingOccurrences(of: ")", with: ""))
          guard seen.insert(key(words)).inserted else { continue }
          found.append(StageFinding(text: words, location: location))
        }
      }
    }
    return found
  }

  /// Letters and digits only, lowercased, without a plural "s": "Refractory Ascites" and
  /// "refractory ascite" are one stage.
  private static func key(_ text: String) -> String {
    let compact = String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    return compact.hasSuffix("s") ? String(compact.dropLast()) : compact
  }
}
