/// The `p` preview: the summaries that will be printed, scrolled.
enum PreviewView {
  static func draw(_ screen: inout Screen, layout: Layout, preview: PrintPreview) {
    let count = preview.ids.count
    let what =
      preview.kind == .comparison
      ? "Comparison of \(count) trials" : "Print preview: \(count) trial\(count == 1 ? "" : "s")"
    let sideways = preview.width > layout.size.columns - 2 ? ", h/l scroll sideways" : ""
    let title = "\(what) — Enter prints when you quit, w writes Markdown\(sideways), Esc cancels"
    screen.put(TerminalText.truncate(title, to: layout.size.columns - 2), row: 1, column: 1, style: .heading)
    let rows = layout.overlayRows - 1
    for (offset, line) in preview.lines.dropFirst(preview.scroll).prefix(rows).enumerated() {
      screen.put(
        TerminalText.dropColumns(line, preview.column), row: 2 + offset, column: 1, limit: layout.size.columns - 1)
    }
  }
}
