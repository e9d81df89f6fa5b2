/// The inverted index: sorted folded words, and for each the trials containing it with the
/// weight of the best field it appears in (title and conditions above summary).
struct Postings: Sendable {
  /// Sorted, distinct.
  var tokens: [String] = []
  /// Trials of token t: `docs[offsets[t]..<offsets[t + 1]]`, ascending.
  var offsets: [UInt32] = [0]
  var docs: [UInt32] = []
  var weights: [UInt8] = []
  /// For each one-character prefix (`0`–`9`, `a`–`z`), the trials with a word starting with it
  /// and their best weight: the first keystroke of a search would otherwise merge millions of
  /// postings. `initialDocs[initialOffsets[c]..<initialOffsets[c + 1]]`, ascending.
  var initialOffsets: [UInt32] = []
  var initialDocs: [UInt32] = []
  var initialWeights: [UInt8] = []

  /// The characters that have an initial list.
  static let initials = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)

  /// Builds the initial lists over `documentCount` trials.
  mutating func computeInitials(documentCount: Int) {
    var best = [UInt8](repeating: 0, count: documentCount)
    initialOffsets = [0]
    initialDocs = []
    initialWeights = []
    for initial in Self.initials {
      let range = self.range(of: String(decoding: [initial], as: UTF8.self), prefix: true)
      guard !range.isEmpty else {
        initialOffsets.append(UInt32(initialDocs.count))
        continue
      }
      let lo = Int(offsets[range.lowerBound])
      let hi = Int(offsets[range.upperBound])
      docs.withUnsafeBufferPointer { docs in
        weights.withUnsafeBufferPointer { weights in
          for p in lo..<hi where best[Int(docs[p])] < weights[p] { best[Int(docs[p])] = weights[p] }
        }
      }
      for doc in 0..<documentCount where best[doc] > 0 {
        initialDocs.append(UInt32(doc))
        initialWeights.append(best[doc])
        best[doc] = 0
      }
      initialOffsets.append(UInt32(initialDocs.count))
    }
  }

  /// The span of the initial list for a one-character word, if it has one.
  func initialSpan(of word: String) -> (lower: Int, upper: Int)? {
    guard initialOffsets.count == Self.initials.count + 1, word.utf8.count == 1, let byte = word.utf8.first,
      let slot = Self.initials.firstIndex(of: byte)
    else { return nil }
    return (Int(initialOffsets[slot]), Int(initialOffsets[slot + 1]))
  }

  /// Field weights.
  enum Weight {
    static let title: UInt8 = 8
    static let conditions: UInt8 = 6
    static let interventions: UInt8 = 4
    static let sponsor: UInt8 = 3
    static let sites: UInt8 = 2
    static let summary: UInt8 = 1
  }

  /// The token range for an exact word, or for every word with the prefix.
  func range(of word: String, prefix: Bool) -> Range<Int> {
    let lower = lowerBound(word)
    guard prefix else {
      return lower < tokens.count && tokens[lower] == word ? lower..<(lower + 1) : lower..<lower
    }
    var upper = lower
    // Words sharing the prefix are contiguous; gallop then binary search for the end.
    var step = 1
    while upper + step <= tokens.count, tokens[upper + step - 1].hasPrefix(word) {
      upper += step
      step *= 2
    }
    var high = min(tokens.count, upper + step)
    while upper < high {
      let mid = (upper + high) / 2
      if tokens[mid].hasPrefix(word) { upper = mid + 1 } else { high = mid }
    }
    return lower..<upper
  }

  /// How many postings the tokens in `range` hold.
  func size(_ range: Range<Int>) -> Int {
    range.isEmpty ? 0 : Int(offsets[range.upperBound] - offsets[range.lowerBound])
  }

  private func lowerBound(_ word: String) -> Int {
    var low = 0
    var high = tokens.count
    while low < high {
      let mid = (low + high) / 2
      if tokens[mid] < word { low = mid + 1 } else { high = mid }
    }
    return low
  }
}
