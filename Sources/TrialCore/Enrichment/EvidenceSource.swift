/// A piece of a record that extractors may read: arms, interventions, titles and descriptions,
/// never eligibility criteria (they mention vessels that are not routes).
struct EvidenceSource {
  /// Where the text stands in the record, for the evidence trail.
  let location: String
  /// The text.
  let text: String
  /// The arm this text belongs to, if any.
  let armIndex: Int?

  /// Summary or detailed description: prose that also tells background.
  var isDescription: Bool { location == "summary" || location == "detailed description" }

  /// Every readable piece of `trial`, arms first.
  static func all(in trial: Trial) -> [EvidenceSource] {
    var sources: [EvidenceSource] = []
    for (index, arm) in trial.arms.enumerated() {
      let interventionText = arm.interventions.compactMap { name in
        trial.interventions.first { $0.name == name }.map { [$0.name, $0.description ?? ""].joined(separator: ". ") }
      }
      let text = ([arm.label, arm.description ?? ""] + interventionText).filter { !$0.isEmpty }.joined(separator: ". ")
      sources.append(EvidenceSource(location: "arm \"\(arm.label)\"", text: text, armIndex: index))
    }
    for intervention in trial.interventions {
      let text = [intervention.name, intervention.description ?? ""].filter { !$0.isEmpty }.joined(separator: ". ")
      sources.append(EvidenceSource(location: "intervention", text: text, armIndex: nil))
    }
    let prose: [(String, String?)] = [
      ("title", trial.title), ("official title", trial.officialTitle), ("summary", trial.summary),
      ("detailed description", trial.detailedDescription),
    ]
    for (location, text) in prose {
      if let text, !text.isEmpty { sources.append(EvidenceSource(location: location, text: text, armIndex: nil)) }
    }
    return sources
  }
}
