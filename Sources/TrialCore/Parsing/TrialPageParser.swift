import Foundation

/// Reads condition-centred trial pages: a "<condition> Clinical Trial" heading, "Official
/// title:", prose, then a table of related trials (status | NCT id - title | phase).
public struct TrialPageParser: LayoutParser {
  public static let layout = Layout.trialPage

  public init() {}

  public static func sniff(_ text: Substring) -> Double {
    let lines = text.split(separator: "\n", maxSplits: 40).map { $0.trimmingCharacters(in: .whitespaces) }
    var score = 0.0
    if lines.first(where: { !$0.isEmpty })?.hasSuffix(" Clinical Trial") == true { score += 0.45 }
    if lines.contains(where: { $0.lowercased().hasPrefix("official title") }) { score += 0.3 }
    if text.contains("| Clinical Trial |")
      || text.range(of: #"Status\s*\|\s*Clinical Trial"#, options: .regularExpression) != nil
    {
      score += 0.3
    }
    return min(score, 1)
  }

  public func parse(_ text: String, source: String) throws(ParseError) -> Trial {
    var trial = emptyTrial(source: source)
    let lines = TextLines.split(text)
    let tableStart = lines.firstIndex {
      $0.range(of: #"^Status\s*\|\s*Clinical Trial"#, options: .regularExpression) != nil
    }
    let head = Array(lines[..<(tableStart ?? lines.count)])
    readHead(head, into: &trial)
    if let tableStart {
      let table = RelatedTrialsTable(lines: Array(lines[(tableStart + 1)...]))
      trial.related = table.trials
      trial.warnings += table.warnings
    }
    let subjectIds = RegistryIds.nctIds(in: head.joined(separator: "\n"))
    if subjectIds.count == 1, let id = subjectIds.first {
      trial.id = id
      trial.registryIds = [id]
    } else if subjectIds.count > 1 {
      trial.warnings.append(
        "the page names several NCT ids (\(subjectIds.joined(separator: ", "))): none is taken as this trial's")
    }
    return trial
  }

  private func readHead(_ head: [String], into trial: inout Trial) {
    var index = head.firstIndex { !$0.isEmpty } ?? head.count
    if index < head.count, head[index].hasSuffix(" Clinical Trial") {
      let condition = Prose.squeeze(String(head[index].dropLast(" Clinical Trial".count)))
      if !condition.isEmpty { trial.conditions = [condition] }
      index += 1
    }
    var prose: [String] = []
    var official: [String] = []
    var inOfficial = false
    for line in head[index...] {
      let lower = line.lowercased()
      if lower.hasPrefix("official title") {
        inOfficial = true
        let rest = line.drop { $0 != ":" }.dropFirst()
        if !rest.trimmingCharacters(in: .whitespaces).isEmpty {
          official.append(String(rest))
          inOfficial = false
        }
        continue
      }
      if inOfficial {
        if line.isEmpty {
          if !official.isEmpty { inOfficial = false }
          continue
        }
        official.append(line)
        inOfficial = false
        continue
      }
      prose.append(line)
    }
    if let title = Prose.value(official.joined(separator: " ")) {
      trial.officialTitle = Prose.unescapeMarkdown(title)
      trial.title = trial.officialTitle ?? trial.title
    }
    let paragraphs = prose.flatMap { [$0, ""] }
    if let text = Prose.paragraphs(paragraphs) {
      trial.summary = Prose.unescapeMarkdown(text)
    }
  }
}
