import Foundation

/// What the cell-therapy arms are compared with.
public struct ControlArm: Sendable, Equatable {
  /// `active comparator`, `placebo`, `sham`, `no intervention`, `standard care`, `control`,
  /// or `none (single group)`.
  public var kind: String
  /// What the control group receives, when stated ("conventional treatment").
  public var detail: String?
  /// The words it was read from; nil when it comes from a structured field.
  public var phrase: String?
  /// Where it was read: `arm "…"`, `design`, `summary`, … .
  public var location: String

  /// "active comparator: conventional treatment".
  public var text: String { detail.map { "\(kind): \($0)" } ?? kind }
}

/// Reads the control arm from arm types first, then arm labels ("Control group", "Standard
/// medical treatment"), then a single-group design (no control), then prose ("… or standard
/// medical care (control)"). Nothing is guessed: nil when none of these says.
public enum ControlArmExtractor {
  private static let controlLabel = try? NSRegularExpression(
    pattern: #"\b(?:control|standard|conventional|usual\s+care|placebo|sham|routine)\b"#, options: .caseInsensitive)
  private static let standardCare = try? NSRegularExpression(
    pattern: #"\b(?:standard|conventional|usual|routine|comprehensive)\b"#, options: .caseInsensitive)
  private static let proseControl: [NSRegularExpression] = [
    #"([^,;()]{3,60}?)\s*\(\s*control(?:\s+group)?\s*\)"#,
    #"\bcontrol\s+group\s+(?:will\s+)?(?:receiv\w*|be\s+given|given|treated\s+with)\s+(?:only\s+)?([^,.;()]{3,60})"#,
  ].compactMap { try? NSRegularExpression(pattern: $0, options: .caseInsensitive) }

  /// The control arm of `trial`, or nil when the record does not say.
  public static func find(in trial: Trial) -> ControlArm? {
    for arm in trial.arms {
      if let kind = kind(ofArmType: arm.type) {
        return ControlArm(kind: kind, detail: SafeText.clean(arm.label), phrase: nil, location: "arm \"\(arm.label)\"")
      }
    }
    for arm in trial.arms where arm.type != "experimental" && matches(controlLabel, arm.label) {
      let kind = matches(standardCare, arm.label) ? "standard care" : "control"
      return ControlArm(kind: kind, detail: arm.label, phrase: arm.label, location: "arm \"\(arm.label)\"")
    }
    if trial.design.model == "single-group" {
      return ControlArm(kind: "none (single group)", detail: nil, phrase: nil, location: "design")
    }
    let prose: [(String, String?)] = [("summary", trial.summary), ("detailed description", trial.detailedDescription)]
    for case (let location, let text?) in prose {
      for sentence in BackgroundFilter.foreground(text) {
        let ns = sentence as NSString
        for pattern in proseControl {
          guard let match = pattern.firstMatch(in: sentence, range: NSRange(location: 0, length: ns.length)) else {
            continue
          }
          let detail = trimConnectives(ns.substring(with: match.range(at: 1)))
          guard !detail.isEmpty else { continue }
          let kind = matches(standardCare, detail) ? "standard care" : "control"
          return ControlArm(
            kind: kind, detail: detail, phrase: Phrase.around(match.range, in: sentence, limit: 70), location: location)
        }
      }
    }
    return nil
  }

  private static func kind(ofArmType type: String?) -> String? {
    switch type {
    case "active-comparator": "active comparator"
    case "placebo-comparator": "placebo"
    case "sham-comparator": "sham"
    case "no-intervention": "no intervention"
    default: nil
    }
  }

  private static func matches(_ regex: NSRegularExpression?, _ text: String) -> Bool {
    regex?.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)) != nil
  }

  private static func trimConnectives(_ text: String) -> String {
    var words = Prose.squeeze(text).split(separator: " ").map(String.init)
    let connectives: Set<String> = ["or", "and", "with", "plus", "the", "a", "to", "receive", "receiving", "only"]
    while let first = words.first, connectives.contains(first.lowercased()) { words.removeFirst() }
    return words.joined(separator: " ")
  }
}
