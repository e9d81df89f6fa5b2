/// What the index keeps of one trial — its row and its searchable words with their weights —
/// computed apart from the index so that an import can prepare entries on every core.
public struct IndexEntry: Sendable {
  let row: TrialRow
  let words: [(String, UInt8)]

  /// The entry of `trial`.
  public init(_ trial: Trial) {
    row = TrialRow(trial)
    var best: [String: UInt8] = [:]
    best.reserveCapacity(256)
    func take(_ text: String?, _ weight: UInt8, limit: Int = .max) {
      guard let text else { return }
      var taken = 0
      TextFolding.forEachWord(text) { word in
        taken += 1
        guard taken <= limit else { return }
        if let known = best[word] {
          if known < weight { best[word] = weight }
        } else {
          best[word] = weight
        }
      }
    }
    take(trial.summary, Postings.Weight.summary, limit: Self.summaryWordLimit)
    for site in trial.locations {
      for field in [site.facility, site.city, site.region, site.country] { take(field, Postings.Weight.sites) }
    }
    take(trial.sponsor, Postings.Weight.sponsor)
    for intervention in trial.interventions { take(intervention.name, Postings.Weight.interventions) }
    for condition in trial.conditions { take(condition, Postings.Weight.conditions) }
    take(trial.officialTitle, Postings.Weight.title)
    take(trial.title, Postings.Weight.title)
    take(trial.id, Postings.Weight.title)
    words = best.map { ($0.key, $0.value) }
  }

  /// Long summaries add little to search but much to memory: only their first words count.
  static let summaryWordLimit = 400
}
