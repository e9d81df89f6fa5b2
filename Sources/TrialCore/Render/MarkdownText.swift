/// Makes document text safe inside GitHub-flavoured Markdown: characters that would start
/// emphasis, links, HTML, code or a table cell are escaped, and control characters are shown
/// as placeholders (`SafeText`).
enum MarkdownText {
  private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "$"]

  /// `text` escaped for running prose or a list item; line breaks become spaces.
  static func inline(_ text: String) -> String {
    var out = ""
    for character in SafeText.clean(text) {
      if character == "\n" {
        out.append(" ")
      } else {
        if special.contains(character) { out.append("\\") }
        out.append(character)
      }
    }
    // A leading "1." / "-" / "+" / "=" would start a list or a heading underline.
    if let first = out.first, first == "-" || first == "+" || first == "=" { out = "\\" + out }
    if let match = out.firstMatch(of: /^(\d+)[.)](\s|$)/) { out = match.1 + "\\" + out.dropFirst(match.1.count) }
    return out
  }

  /// Items for one table cell, separated by line breaks.
  static func cell(_ items: [String]) -> String {
    items.isEmpty ? "—" : items.map(inline).joined(separator: "<br>")
  }

  /// A table with a header row; every cell already escaped.
  static func table(header: [String], rows: [[String]]) -> [String] {
    var lines = ["| " + header.joined(separator: " | ") + " |"]
    lines.append("|" + header.map { _ in "---|" }.joined())
    lines += rows.map { "| " + $0.joined(separator: " | ") + " |" }
    return lines
  }
}
