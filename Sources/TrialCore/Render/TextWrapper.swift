/// Wraps text at word boundaries to a width in terminal columns.
public enum TextWrapper {
  /// Lines no wider than `width` columns; words longer than a line are cut.
  public static func wrap(_ text: String, width: Int) -> [String] {
    let width = max(width, 8)
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var lineWidth = 0
      for word in paragraph.split(separator: " ") {
        var word = String(word)
        var wordWidth = DisplayWidth.of(word)
        while wordWidth > width {
          if !line.isEmpty {
            lines.append(line)
            line = ""
            lineWidth = 0
          }
          let head = DisplayWidth.prefix(word, fitting: width)
          lines.append(head)
          word = String(word.dropFirst(head.count))
          wordWidth = DisplayWidth.of(word)
        }
        if lineWidth == 0 {
          line = word
          lineWidth = wordWidth
        } else if lineWidth + 1 + wordWidth <= width {
          line += " " + word
          lineWidth += 1 + wordWidth
        } else {
          lines.append(line)
          line = word
          lineWidth = wordWidth
        }
      }
      lines.append(line)
    }
    return lines
  }
}
