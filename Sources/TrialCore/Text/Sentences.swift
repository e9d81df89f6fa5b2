import Foundation

/// Splits prose into sentences, including sentences whose full stop lost its space
/// ("applications.Previous study"), without breaking "e.g.the", "i.e.", decimals or "vs.".
enum Sentences {
  private static let abbreviations: Set<String> = [
    "e.g", "i.e", "vs", "etc", "dr", "prof", "no", "approx", "fig", "al", "mr", "mrs", "ms", "st",
  ]

  /// Sentences with their terminal full stop removed, trimmed; empty pieces dropped.
  /// With `semicolons`, a semicolon also ends a sentence (prose); criteria keep them.
  static func split(_ text: String, semicolons: Bool = true) -> [String] {
    let chars = Array(text)
    var sentences: [String] = []
    var start = 0
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if c == "." || c == "!" || c == "?" || (semicolons && c == ";") || c == "。" {
        let next = i + 1 < chars.count ? chars[i + 1] : " "
        let afterNext = i + 2 < chars.count ? chars[i + 2] : " "
        let word = lastWord(chars, endingBefore: i)
        var boundary = false
        if next.isWhitespace {
          boundary =
            !abbreviations.contains(word.lowercased())
            && !(c == "." && word.count == 1 && word.first?.isUppercase == true)
        } else if c == "." && next.isUppercase && afterNext.isLowercase && word.count >= 3
          && word.allSatisfy(\.isLetter)
        {
          boundary = true
        }
        if boundary {
          appendPiece(chars[start..<i], to: &sentences)
          start = i + 1
        }
      }
      i += 1
    }
    appendPiece(chars[start..<chars.count], to: &sentences)
    return sentences
  }

  private static func appendPiece(_ piece: ArraySlice<Character>, to sentences: inout [String]) {
    let text = Prose.squeeze(String(piece))
    let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: ".;。 "))
    if !trimmed.isEmpty { sentences.append(trimmed) }
  }

  private static func lastWord(_ chars: [Character], endingBefore index: Int) -> String {
    var i = index - 1
    var word: [Character] = []
    while i >= 0, !chars[i].isWhitespace, chars[i] != "(" {
      word.insert(chars[i], at: 0)
      i -= 1
    }
    return String(word)
  }
}
