/// Registry dates as ISO strings: "2013-02-28", "February 28, 2013" and "May 2013" become
/// "2013-02-28", "2013-02-28" and "2013-05".
enum RegistryDate {
  private static let months = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
  ]

  static func iso(_ text: String?) -> String? {
    guard let text = text.flatMap(Prose.value) else { return nil }
    if text.wholeMatch(of: /\d{4}-\d{2}(-\d{2})?/) != nil { return text }
    if let match = text.wholeMatch(of: /([A-Za-z]+)\s+(\d{1,2}),\s*(\d{4})/),
      let month = months.firstIndex(of: match.output.1.lowercased()), let day = Int(match.output.2)
    {
      return "\(match.output.3)-\(pad(month + 1))-\(pad(day))"
    }
    if let match = text.wholeMatch(of: /([A-Za-z]+)\s+(\d{4})/),
      let month = months.firstIndex(of: match.output.1.lowercased())
    {
      return "\(match.output.2)-\(pad(month + 1))"
    }
    return nil
  }

  private static func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
}
