/// Lines of plain text built from headings, aligned "label  value" fields and bulleted items,
/// wrapped to a width in terminal columns. Every piece of document text passes through
/// `SafeText.clean`, and no line is ever wider than `width`.
struct TextLayout {
  /// The width in columns.
  let width: Int
  /// The column where values start; labels are padded to it.
  let valueColumn: Int
  /// The lines so far.
  private(set) var lines: [String] = []

  /// A layout for `width` columns with values at column 18 (16 under 60 columns, less when
  /// the width is very small).
  init(width: Int) {
    self.width = max(width, 12)
    self.valueColumn = self.width >= 60 ? 18 : min(16, self.width * 2 / 5)
  }

  /// The text, every line cut to the width as a last guard.
  var text: String {
    lines.map { DisplayWidth.of($0) > width ? DisplayWidth.prefix($0, fitting: width) : $0 }
      .map { $0.hasSuffix(" ") ? String($0.reversed().drop { $0 == " " }.reversed()) : $0 }
      .joined(separator: "\n")
  }

  /// Adds `text` wrapped, each line after the first indented by `hanging` more columns.
  mutating func paragraph(_ text: String, indent: Int = 0, hanging: Int = 0) {
    let first = String(repeating: " ", count: indent)
    let rest = String(repeating: " ", count: indent + hanging)
    let wrapped = TextWrapper.wrap(SafeText.clean(text), width: max(width - indent - hanging, 2))
    for (index, line) in wrapped.enumerated() {
      lines.append((index == 0 ? first : rest) + line)
    }
  }

  /// A blank line (never two in a row, never first).
  mutating func blank() {
    if let last = lines.last, !last.isEmpty { lines.append("") }
  }

  /// A section heading after a blank line.
  mutating func heading(_ title: String, indent: Int = 0) {
    blank()
    paragraph(title, indent: indent)
  }

  /// A raw line (no wrapping; cut to the width by `text`).
  mutating func rule(_ character: Character, length: Int) {
    lines.append(String(repeating: character, count: min(max(length, 1), width)))
  }

  /// "Label         value": each value starts on its own line at the value column; an absent
  /// or empty list shows "—".
  mutating func field(_ label: String, _ values: [String], indent: Int = 0) {
    let values = values.filter { !$0.isEmpty }
    let labelRoom = max(valueColumn - indent - 1, 1)
    let labelText = DisplayWidth.prefix(label, fitting: labelRoom)
    let pad = String(repeating: " ", count: valueColumn)
    let valueWidth = max(width - valueColumn, 2)
    var first = true
    for value in values.isEmpty ? ["—"] : values {
      for line in TextWrapper.wrap(SafeText.clean(value), width: valueWidth) {
        if first {
          let head = String(repeating: " ", count: indent) + labelText
          lines.append(head + String(repeating: " ", count: max(valueColumn - DisplayWidth.of(head), 1)) + line)
          first = false
        } else {
          lines.append(pad + line)
        }
      }
    }
  }

  /// A field with one optional value.
  mutating func field(_ label: String, _ value: String?, indent: Int = 0) {
    field(label, value.map { [$0] } ?? [], indent: indent)
  }

  /// Bulleted items with a hanging indent; "—" when there are none.
  mutating func items(_ items: [String], indent: Int = 2, bullet: String = "•") {
    guard !items.isEmpty else {
      paragraph("—", indent: indent)
      return
    }
    let hang = DisplayWidth.of(bullet) + 1
    for item in items {
      paragraph(bullet + " " + item, indent: indent, hanging: hang)
    }
  }
}
