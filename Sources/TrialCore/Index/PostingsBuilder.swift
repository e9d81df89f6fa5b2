/// Collects the words of trials as they are added, then freezes them into `Postings`.
struct PostingsBuilder {
  private var lists: [String: Int] = [:]
  private var docs: [[UInt32]] = []
  private var weights: [[UInt8]] = []

  mutating func add(_ entry: IndexEntry, doc: UInt32) {
    for (word, weight) in entry.words {
      if let slot = lists[word] {
        docs[slot].append(doc)
        weights[slot].append(weight)
      } else {
        lists[word] = docs.count
        docs.append([doc])
        weights.append([weight])
      }
    }
  }

  func build(documentCount: Int, mergeThreshold: Int? = nil) -> Postings {
    var copy = self
    return copy.finish(documentCount: documentCount, mergeThreshold: mergeThreshold)
  }

  /// Builds the postings and empties the builder as it goes, so that a registry-sized index
  /// does not hold its word lists twice.
  mutating func finish(documentCount: Int, mergeThreshold: Int? = nil) -> Postings {
    var postings = Postings()
    let ordered = lists.sorted { $0.key < $1.key }
    postings.tokens = ordered.map(\.key)
    postings.offsets.reserveCapacity(ordered.count + 1)
    postings.docs.reserveCapacity(docs.reduce(0) { $0 + $1.count })
    postings.weights.reserveCapacity(postings.docs.capacity)
    lists = [:]
    for (_, slot) in ordered {
      postings.docs += docs[slot]
      postings.weights += weights[slot]
      postings.offsets.append(UInt32(postings.docs.count))
      docs[slot] = []
      weights[slot] = []
    }
    docs = []
    weights = []
    postings.computePrefixLists(documentCount: documentCount, threshold: mergeThreshold)
    return postings
  }
}
