import Foundation

/// Turns criteria text into one criterion per element: bullets and numbering removed, lone "-"
/// lines treated as separators, wrapped lines joined, run-on sentences split.
public enum CriteriaSplitter {
  private static let bullet = try? NSRegularExpression(
    pattern: #"^(?:[•·▪◦●○■□\-\*–—]|\(?\d{1,2}[\.\)](?!\d)|\(?[a-zA-Z][\)]|\(\d{1,2}\))\s*"#)
  private static let header = try? NSRegularExpression(
    pattern: #"^(?:key\s+)?(?:inclusion|exclusion|eligibility)\s+criteria\s*:?\s*"#, options: .caseInsensitive)

  /// Criteria from the lines of one list.
  public static func split(_ lines: [String]) -> [String] {
    var items: [String] = []
    var bulleted = false
    var startsNewItem = true
    for raw in lines {
      var line = Prose.unescapeMarkdown(Prose.squeeze(raw))
      line = strip(header, from: line)
      if line.isEmpty || line.allSatisfy({ "-–—•*".contains($0) }) {
        startsNewItem = true
        continue
      }
      let stripped = strip(bullet, from: line)
      let hadBullet = stripped != line
      if hadBullet { bulleted = true }
      if !hadBullet, bulleted, !startsNewItem, let last = items.last, continues(last, with: stripped) {
        items[items.count - 1] = last + " " + stripped
      } else {
        items.append(stripped)
      }
      startsNewItem = false
    }
    return items.flatMap(runOn).map(tidy).filter { !$0.isEmpty }
  }

  /// A wrapped line continues the previous item when that item has no closing punctuation and
  /// this line starts in lowercase.
  private static func continues(_ previous: String, with line: String) -> Bool {
    guard let last = previous.last, let first = line.first else { return false }
    return !".;:!?".contains(last) && first.isLowercase
  }

  /// "Aged 18~65 years. Ultrasonographic evidences of cirrhosis. hepatic …" is three criteria.
  private static func runOn(_ item: String) -> [String] {
    let sentences = Sentences.split(item, semicolons: false)
    guard sentences.count > 1, sentences.allSatisfy({ $0.split(separator: " ").count >= 2 }) else { return [item] }
    return sentences
  }

  private static func tidy(_ item: String) -> String {
    var text = Prose.squeeze(item)
    while let last = text.last, last == ";" || last == "," || (last == "." && !text.hasSuffix("etc.")) {
      text.removeLast()
    }
    return text.trimmingCharacters(in: .whitespaces)
  }

  private static func strip(_ regex: NSRegularExpression?, from line: String) -> String {
    guard let regex else { return line }
    let range = NSRange(location: 0, length: (line as NSString).length)
    guard let match = regex.firstMatch(in: line, range: range) else { return line }
    return (line as NSString).substring(from: match.range.upperBound)
  }
}
