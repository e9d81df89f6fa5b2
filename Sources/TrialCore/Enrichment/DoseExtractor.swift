import Foundation

/// Reads cell doses in the notations registries use: `1x106 MSCs per kg` (a superscript lost in
/// copying: 1×10^6), `1.5x10E6 cells/kg`, `1 × 10^6`, `1.0*10E6`, `5×10^5/kg`, `10\^6`, `2×10⁶`,
/// `1 million cells/kg`.
public enum DoseExtractor {
  private static let scientific = try? NSRegularExpression(
    pattern:
      #"(?:(\d+(?:\.\d+)?)\s*(?:[-~–]\s*\d+(?:\.\d+)?\s*)?(?:[x×*X]|times)\s*)?10\s*(?:\\?\^|\*\*|[Ee](?=\s*[+]?\d))?\s*\(?\+?([0-9]{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})\)?(?![\d.])"#
  )
  private static let words = try? NSRegularExpression(
    pattern:
      #"\b(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|half\s+a)\s*(million|billion|thousand)\b"#,
    options: .caseInsensitive)
  private static let numberWords: [String: Double] = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
  ]
  private static let perKg = try? NSRegularExpression(
    pattern:
      #"^\s*(?:[A-Za-z\-]+\s*){0,3}?(?:/\s*kg|per\s+kg|per\s+kilogram|/\s*kilogram|kg\s*(?:-1|⁻¹))(?:\s*(?:of\s+)?(?:body\s*weight|bw\b|b\.w\.))?"#,
    options: .caseInsensitive)
  private static let total = try? NSRegularExpression(
    pattern: #"^\s*(?:[A-Za-z\-]+\s*){0,2}?(?:cells?|MSCs?|MNCs?|UC-MSCs?|BMSCs?)\b"#, options: .caseInsensitive)

  /// Doses in `text`, in order of appearance.
  public static func find(in text: String) -> [Dose] {
    let ns = text as NSString
    var doses: [Dose] = []
    for (value, range, explicitPower, note) in numbers(in: text) {
      let tailStart = range.location + range.length
      let tail = ns.substring(with: NSRange(location: tailStart, length: min(60, ns.length - tailStart)))
      let tailRange = NSRange(location: 0, length: (tail as NSString).length)
      if let kg = perKg?.firstMatch(in: tail, range: tailRange) {
        let phrase = ns.substring(with: NSRange(location: range.location, length: range.length + kg.range.length))
        doses.append(
          Dose(cellsPerKg: value, text: Prose.squeeze(phrase), plausible: (1e4...1e9).contains(value), note: note))
      } else if let cells = total?.firstMatch(in: tail, range: tailRange) {
        let phrase = ns.substring(with: NSRange(location: range.location, length: range.length + cells.range.length))
        doses.append(
          Dose(cells: value, text: Prose.squeeze(phrase), plausible: (1e5...1e12).contains(value), note: note))
      } else if explicitPower, value >= 1e4 {
        doses.append(
          Dose(
            cells: value, text: Prose.squeeze(ns.substring(with: range)), plausible: (1e5...1e12).contains(value),
            note: note))
      }
    }
    return doses
  }

  /// Counts written in scientific or word notation, with their ranges.
  /// Each count with its range, whether it was a power of ten, and a note on how an unusual
  /// notation was read.
  static func numbers(in text: String) -> [(Double, NSRange, Bool, String?)] {
    let ns = text as NSString
    let all = NSRange(location: 0, length: ns.length)
    var found: [(Double, NSRange, Bool, String?)] = []
    for match in scientific?.matches(in: text, range: all) ?? [] {
      let mantissaRange = match.range(at: 1)
      let hasMantissa = mantissaRange.location != NSNotFound
      let matched = ns.substring(with: match.range)
      let marked =
        matched.contains("^") || matched.contains("E") || matched.contains("e")
        || matched.unicodeScalars.contains { "⁰¹²³⁴⁵⁶⁷⁸⁹".unicodeScalars.contains($0) }
      // A bare "106" is not a power of ten; it needs a mantissa and a multiplication sign.
      guard hasMantissa || marked else { continue }
      let mantissa = hasMantissa ? Double(ns.substring(with: mantissaRange)) ?? 1 : 1
      guard let exponent = Int(superscriptsToDigits(ns.substring(with: match.range(at: 2)))), exponent >= 3 else {
        continue
      }
      let mantissaText = hasMantissa ? ns.substring(with: mantissaRange) : "1"
      let note = marked ? nil : "read as \(mantissaText)×10^\(exponent) (a superscript lost in copying)"
      found.append((mantissa * pow(10, Double(exponent)), match.range, true, note))
    }
    for match in words?.matches(in: text, range: all) ?? [] {
      let spelled = ns.substring(with: match.range(at: 1)).lowercased()
      let number = Double(spelled) ?? numberWords[spelled] ?? (spelled.hasPrefix("half") ? 0.5 : 0)
      let scale: Double
      switch ns.substring(with: match.range(at: 2)).lowercased() {
      case "billion": scale = 1e9
      case "million": scale = 1e6
      default: scale = 1e3
      }
      found.append((number * scale, match.range, false, nil))
    }
    return found.sorted { $0.1.location < $1.1.location }
  }

  private static func superscriptsToDigits(_ text: String) -> String {
    let map: [Character: Character] = [
      "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
    ]
    return String(text.map { map[$0] ?? $0 })
  }
}
