/// Reads enrollment figures: "120", "240 estimated patients", "32 participants", "1,200 (Actual)".
enum EnrollmentText {
  static func count(_ text: String) -> Int? {
    guard let match = text.firstMatch(of: /(\d[\d,]*)/) else { return nil }
    return Int(match.output.1.filter(\.isNumber))
  }

  static func type(_ text: String) -> String? {
    let lower = text.lowercased()
    if lower.contains("estimated") || lower.contains("anticipated") { return "estimated" }
    if lower.contains("actual") { return "actual" }
    return nil
  }
}
