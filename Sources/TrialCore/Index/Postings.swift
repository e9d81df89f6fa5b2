/// The inverted index: sorted folded words, and for each the trials containing it with the
/// weight of the best field it appears in (title and conditions above summary).
struct Postings: Sendable {
  /// Sorted, distinct.
  var tokens: [String] = []
  /// Trials of token t: `docs[offsets[t]..<offsets[t + 1]]`, ascending.
  var offsets: [UInt32] = [0]
  var docs: [UInt32] = []
  var weights: [UInt8] = []
  /// Merged lists for the short prefixes many words share ("c", "he", "hep"): the trials with
  /// a word starting with the prefix and their best weight, so that the first keystrokes of a
  /// search read one list instead of merging hundreds of thousands of postings.
  /// `prefixDocs[prefixOffsets[k]..<prefixOffsets[k + 1]]` is the list of `prefixes[k]`,
  /// ascending; `prefixes` is sorted.
  var prefixes: [String] = []
  var prefixOffsets: [UInt32] = [0]
  var prefixDocs: [UInt32] = []
  var prefixWeights: [UInt8] = []

  /// Prefixes up to this many characters may get a merged list.
  static let mergedPrefixLength = 2
  /// A prefix gets a merged list when its words hold more postings than this: below it,
  /// merging at search time costs about a millisecond, and every list costs memory.
  static func mergeThreshold(documentCount: Int) -> Int { max(20_000, documentCount / 8) }

  /// Builds the merged prefix lists over `documentCount` trials (`threshold` replaces the
  /// default one).
  mutating func computePrefixLists(documentCount: Int, threshold: Int? = nil) {
    let threshold = threshold ?? Self.mergeThreshold(documentCount: documentCount)
    var chosen: [(prefix: String, tokens: Range<Int>)] = []
    for length in 1...Self.mergedPrefixLength {
      var i = 0
      while i < tokens.count {
        let prefix = String(tokens[i].prefix(length))
        guard prefix.count == length else {
          // A shorter word ("s") is not a group of this length; the words after it may be.
          i += 1
          continue
        }
        var j = i + 1
        while j < tokens.count, tokens[j].hasPrefix(prefix) { j += 1 }
        if j - i > 1, size(i..<j) > threshold { chosen.append((prefix, i..<j)) }
        i = j
      }
    }
    chosen.sort { $0.prefix < $1.prefix }
    prefixes = chosen.map(\.prefix)
    prefixOffsets = [0]
    prefixDocs = []
    prefixWeights = []
    var best = [UInt8](repeating: 0, count: documentCount)
    for (_, range) in chosen {
      let lo = Int(offsets[range.lowerBound])
      let hi = Int(offsets[range.upperBound])
      var touched: [UInt32] = []
      docs.withUnsafeBufferPointer { docs in
        weights.withUnsafeBufferPointer { weights in
          for p in lo..<hi {
            let doc = Int(docs[p])
            if best[doc] == 0 { touched.append(docs[p]) }
            if best[doc] < weights[p] { best[doc] = weights[p] }
          }
        }
      }
      touched.sort()
      for doc in touched {
        prefixDocs.append(doc)
        prefixWeights.append(best[Int(doc)])
        best[Int(doc)] = 0
      }
      prefixOffsets.append(UInt32(prefixDocs.count))
    }
  }

  /// The span of the merged list for `word` taken as a prefix, if it has one.
  func prefixSpan(of word: String) -> (lower: Int, upper: Int)? {
    guard word.utf8.count <= 4 * Self.mergedPrefixLength, prefixOffsets.count == prefixes.count + 1 else { return nil }
    var low = 0
    var high = prefixes.count
    while low < high {
      let mid = (low + high) / 2
      if prefixes[mid] < word { low = mid + 1 } else { high = mid }
    }
    guard low < prefixes.count, prefixes[low] == word else { return nil }
    return (Int(prefixOffsets[low]), Int(prefixOffsets[low + 1]))
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
