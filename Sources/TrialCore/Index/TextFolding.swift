import Foundation

/// Folds text for search: lowercase, no diacritics, split into words of letters and digits.
/// "Hépatique", "HEPATIQUE" and "hepatique" become the same word.
public enum TextFolding {
  /// The folded words of `text`, in order (duplicates kept).
  public static func words(_ text: String) -> [String] {
    var words: [String] = []
    var current = String.UnicodeScalarView()
    func flush() {
      if !current.isEmpty {
        words.append(String(current))
        current = String.UnicodeScalarView()
      }
    }
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        switch value {
        case 0x30...0x39, 0x61...0x7A: current.append(scalar)
        case 0x41...0x5A: current.append(Unicode.Scalar(value + 32) ?? scalar)
        default: flush()
        }
      } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        for folded in fold(scalar) { current.append(folded) }
      } else if scalar.properties.generalCategory == .nonspacingMark {
        continue
      } else {
        flush()
      }
    }
    flush()
    return words
  }

  /// One non-ASCII letter without case or accents (CJK and other scripts stay as they are).
  private static func fold(_ scalar: Unicode.Scalar) -> String.UnicodeScalarView {
    let folded = String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    return folded.unicodeScalars
  }

  /// The folded form of a whole phrase, words joined by single spaces.
  public static func fold(_ text: String) -> String {
    words(text).joined(separator: " ")
  }
}
