/// Registry dates as ISO strings: "2013-02-28", "February 28, 2013" and "May 2013" become
/// "2013-02-28", "2013-02-28" and "2013-05".
enum RegistryDate {
  private static let months = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
  ]

  static func iso(_ text: String?) -> String? {
    guard let text = text.flatMap(Prose.value) else { return nil }
    let bytes = Array(text.utf8)
    let isDigit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }
    // Already ISO: YYYY-MM or YYYY-MM-DD.
    if bytes.count == 7 || bytes.count == 10, bytes[4] == 0x2D, bytes[0..<4].allSatisfy(isDigit) { return text }
    let words = text.replacingOccurrences(of: ",", with: " ").split(separator: " ")
    guard let first = words.first, let month = months.firstIndex(of: first.lowercased()) else { return nil }
    if words.count == 3, let day = Int(words[1]), let year = Int(words[2]), year > 999 {
      return "\(year)-\(pad(month + 1))-\(pad(day))"
    }
    if words.count == 2, let year = Int(words[1]), year > 999 { return "\(year)-\(pad(month + 1))" }
    return nil
  }

  private static func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
}
