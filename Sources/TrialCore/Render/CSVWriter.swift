/// Writes RFC 4180 CSV: CRLF line ends, a field in double quotes when it holds a comma, a
/// quote, a line break, another control character or surrounding space, quotes doubled. Text
/// is kept exactly as given.
public enum CSVWriter {
  /// One field, quoted when it must be.
  public static func field(_ text: String) -> String {
    // A field with a control character is quoted too: the bytes stay exact, and a reader
    // sees where the field ends.
    let needsQuotes =
      text.contains { $0 == "," || $0 == "\"" }
      || text.unicodeScalars.contains(where: SafeText.isControl)
      || text.first?.isWhitespace == true || text.last?.isWhitespace == true
    guard needsQuotes else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// One record, without its line end.
  public static func record(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",")
  }

  /// Records, each ended by CRLF.
  public static func document(_ records: [[String]]) -> String {
    records.map { record($0) + "\r\n" }.joined()
  }
}
