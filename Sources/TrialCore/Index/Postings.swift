/// The inverted index: sorted folded words, and for each the trials containing it with the
/// weight of the best field it appears in (title and conditions above summary).
struct Postings: Sendable {
  /// Sorted, distinct.
  var tokens: [String] = []
  /// Trials of token t: `docs[offsets[t]..<offsets[t + 1]]`, ascending.
  var offsets: [UInt32] = [0]
  var docs: [UInt32] = []
  var weights: [UInt8] = []

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
