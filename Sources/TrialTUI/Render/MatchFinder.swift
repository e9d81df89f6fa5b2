import TrialCore

/// Finds searched words in displayed text the way the index matches them: folded (no case, no
/// accents) and from the start of a word.
enum MatchFinder {
  /// One flag per grapheme of `text`: whether it is part of a match of any of `words`.
  static func mask(_ text: String, words: [String]) -> [Bool] {
    var folded: [Character] = []
    var owner: [Int] = []
    for (index, character) in text.enumerated() {
      let pieces = TextFolding.words(String(character)).joined()
      if pieces.isEmpty {
        folded.append(" ")
        owner.append(index)
      } else {
        for piece in pieces {
          folded.append(piece)
          owner.append(index)
        }
      }
    }
    var mask = Array(repeating: false, count: text.count)
    for word in words.map(Array.init) where !word.isEmpty && word.count <= folded.count {
      for start in 0...(folded.count - word.count) where start == 0 || folded[start - 1] == " " {
        guard Array(folded[start..<(start + word.count)]) == word else { continue }
        for i in start..<(start + word.count) { mask[owner[i]] = true }
      }
    }
    return mask
  }

  /// Whether `text` contains any of `words` at the start of a word.
  static func contains(_ text: String, words: [String]) -> Bool {
    mask(text, words: words).contains(true)
  }
}
