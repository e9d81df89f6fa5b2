/// The `p` preview: the summaries that will be printed, scrolled.
enum PreviewView {
  static func draw(_ screen: inout Screen, layout: Layout, preview: PrintPreview) {
    let count = preview.ids.count
    let title = "Print preview: \(count) trial\(count == 1 ? "" : "s") — Enter prints when you quit, Esc cancels"
    screen.put(TerminalText.truncate(title, to: layout.size.columns - 2), row: 1, column: 1, style: .heading)
    let rows = layout.overlayRows - 1
    for (offset, line) in preview.lines.dropFirst(preview.scroll).prefix(rows).enumerated() {
      screen.put(line, row: 2 + offset, column: 1, limit: layout.size.columns - 1)
    }
  }
}
