import Foundation

/// Folds text for search: lowercase, no diacritics, split into words of letters and digits.
/// "Hépatique", "HEPATIQUE" and "hepatique" become the same word.
public enum TextFolding {
  /// The folded words of `text`, in order (duplicates kept).
  public static func words(_ text: String) -> [String] {
    var words: [String] = []
    forEachWord(text) { words.append($0) }
    return words
  }

  /// Calls `body` with each folded word. ASCII words are cut straight from the UTF-8 bytes;
  /// a word with other letters is folded through Foundation.
  public static func forEachWord(_ text: String, _ body: (String) -> Void) {
    var utf8 = text
    utf8.withUTF8 { bytes in
      var buffer: [UInt8] = []
      buffer.reserveCapacity(32)
      var start = 0
      var ascii = true
      var i = 0
      let count = bytes.count
      func flush(_ end: Int) {
        if ascii {
          if !buffer.isEmpty { body(String(decoding: buffer, as: UTF8.self)) }
        } else if end > start {
          let raw = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
          for word in slowWords(raw) { body(word) }
        }
        buffer.removeAll(keepingCapacity: true)
        ascii = true
      }
      while i < count {
        let b = bytes[i]
        if b >= 0x80 {
          if buffer.isEmpty && ascii { start = i }
          ascii = false
          i += 1
          continue
        }
        let isDigit = b >= 0x30 && b <= 0x39
        let isLower = b >= 0x61 && b <= 0x7A
        let isUpper = b >= 0x41 && b <= 0x5A
        if isDigit || isLower || isUpper {
          if buffer.isEmpty && ascii { start = i }
          buffer.append(isUpper ? b | 0x20 : b)
        } else {
          flush(i)
          start = i + 1
        }
        i += 1
      }
      flush(count)
    }
  }

  /// The scalar-by-scalar path for words with non-ASCII letters.
  private static func slowWords(_ text: String) -> [String] {
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
        for folded in String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
          .unicodeScalars
        {
          current.append(folded)
        }
      } else if scalar.properties.generalCategory == .nonspacingMark {
        continue
      } else {
        flush()
      }
    }
    flush()
    return words
  }

  /// The folded form of a whole phrase, words joined by single spaces.
  public static func fold(_ text: String) -> String {
    words(text).joined(separator: " ")
  }
}
