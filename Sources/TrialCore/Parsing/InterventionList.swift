import Foundation

/// Reads intervention lists written one per line or glued together
/// ("…transplantationBiological: autologous …").
enum InterventionList {
  static func parse(_ lines: [String]) -> [Intervention] {
    let typeAlternatives = Intervention.typeNames.map { NSRegularExpression.escapedPattern(for: $0) }
      .joined(separator: "|")
    let pattern = "(?=(?:\(typeAlternatives)):\\s)"
    var result: [Intervention] = []
    for line in lines {
      let text = Prose.unescapeMarkdown(line)
      for piece in RegexSplit.split(text, lookahead: pattern) {
        let intervention = Intervention.fromLabelled(piece)
        if !intervention.name.isEmpty && !result.contains(intervention) { result.append(intervention) }
      }
    }
    return result
  }
}
