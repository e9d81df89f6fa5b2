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
    let chars = Array(text.unicodeScalars)
    var sentences: [String] = []
    var start = 0
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if c == "." || c == "!" || c == "?" || (semicolons && c == ";") || c == "。" {
        let next: Unicode.Scalar = i + 1 < chars.count ? chars[i + 1] : " "
        let afterNext: Unicode.Scalar = i + 2 < chars.count ? chars[i + 2] : " "
        let word = lastWord(chars, endingBefore: i)
        var boundary = false
        if Prose.isSpace(next) {
          boundary =
            !abbreviations.contains(word.lowercased())
            && !(c == "." && word.count == 1 && word.first?.isUppercase == true)
        } else if c == "." && next.properties.isUppercase && afterNext.properties.isLowercase && word.count >= 3
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

  private static func appendPiece(_ piece: ArraySlice<Unicode.Scalar>, to sentences: inout [String]) {
    let text = Prose.squeeze(String(String.UnicodeScalarView(piece)))
    let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: ".;。 "))
    if !trimmed.isEmpty { sentences.append(trimmed) }
  }

  private static func lastWord(_ chars: [Unicode.Scalar], endingBefore index: Int) -> String {
    var start = index
    while start > 0, !Prose.isSpace(chars[start - 1]), chars[start - 1] != "(" { start -= 1 }
    return String(String.UnicodeScalarView(chars[start..<index]))
  }
}
