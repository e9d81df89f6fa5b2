/// Collects the words of trials as they are added, then freezes them into `Postings`.
struct PostingsBuilder {
  private var lists: [String: (docs: [UInt32], weights: [UInt8])] = [:]
  /// Long summaries add little to search but much to memory: only their first words count.
  static let summaryWordLimit = 400

  mutating func add(_ trial: Trial, doc: UInt32) {
    var best: [String: UInt8] = [:]
    func take(_ text: String?, _ weight: UInt8, limit: Int = .max) {
      guard let text else { return }
      for word in TextFolding.words(text).prefix(limit) where best[word, default: 0] < weight {
        best[word] = weight
      }
    }
    take(trial.summary, Postings.Weight.summary, limit: Self.summaryWordLimit)
    for site in trial.locations {
      take(
        [site.facility, site.city, site.region, site.country].compactMap { $0 }.joined(separator: " "),
        Postings.Weight.sites)
    }
    take(trial.sponsor, Postings.Weight.sponsor)
    take(trial.interventions.map(\.name).joined(separator: " "), Postings.Weight.interventions)
    take(trial.conditions.joined(separator: " "), Postings.Weight.conditions)
    take(trial.officialTitle, Postings.Weight.title)
    take(trial.title, Postings.Weight.title)
    take(trial.id, Postings.Weight.title)
    for (word, weight) in best {
      lists[word, default: ([], [])].docs.append(doc)
      lists[word, default: ([], [])].weights.append(weight)
    }
  }

  func build() -> Postings {
    var postings = Postings()
    postings.tokens = lists.keys.sorted()
    postings.offsets.reserveCapacity(postings.tokens.count + 1)
    for token in postings.tokens {
      guard let list = lists[token] else { continue }
      postings.docs += list.docs
      postings.weights += list.weights
      postings.offsets.append(UInt32(postings.docs.count))
    }
    return postings
  }
}
