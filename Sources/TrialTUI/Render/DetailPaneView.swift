import TrialCore

/// The detail pane: the tab bar, the trial's id and title with the scroll position, then the
/// tab's text from the scroll offset, searched words highlighted.
struct DetailPaneView {
  let state: BrowserState
  let layout: Layout

  func draw(_ screen: inout Screen) {
    let rect = layout.detail
    guard rect.height > 0 else { return }
    let limit = rect.left + rect.width
    if !layout.isWide {
      screen.put(String(repeating: "─", count: rect.width), row: rect.top, column: rect.left, style: .dim)
    }
    for item in TabBar.ranges(left: rect.left, width: rect.width, active: state.tab) {
      let empty = item.tab == .related && (state.detail?.related.isEmpty ?? true)
      let style: Style = item.tab == state.tab ? .tabActive : (empty ? .dim : .tabInactive)
      screen.put(item.label, row: rect.top, column: item.columns.lowerBound, limit: limit, style: style)
    }
    let lines = DetailView(width: layout.detailTextWidth).lines(state.detail, tab: state.tab)
    let first = min(state.detailScroll, max(lines.count - 1, 0))
    let last = min(first + layout.detailRows, lines.count)
    let position = lines.count > layout.detailRows ? " \(first + 1)–\(last)/\(lines.count) " : ""
    let titleRow = rect.top + 1
    let focusMark = state.focus == .detail ? "▶ " : "  "
    let title = state.detail.map { focusMark + SafeText.clean($0.id) + " · " + SafeText.clean($0.title) } ?? ""
    let positionWidth = TerminalText.width(position)
    screen.put(
      TerminalText.truncate(title, to: rect.width - positionWidth - 1), row: titleRow, column: rect.left,
      style: .heading)
    screen.put(position, row: titleRow, column: limit - positionWidth, style: .dim)
    let words = state.query.words
    for (offset, line) in lines[first..<last].enumerated() {
      let y = layout.detailFirstRow + offset
      var x = rect.left + 1
      for segment in line.segments {
        x = screen.put(segment.text, row: y, column: x, limit: limit - 1, style: segment.style)
      }
      if !words.isEmpty {
        highlight(&screen, line: line.text, row: y, left: rect.left + 1, limit: limit - 1, words: words)
      }
    }
  }

  /// Restyles the cells of every searched word in a drawn line.
  private func highlight(_ screen: inout Screen, line: String, row: Int, left: Int, limit: Int, words: [String]) {
    let mask = MatchFinder.mask(line, words: words)
    var x = left
    for (character, matched) in zip(line, mask) {
      let width = TerminalText.pieces(character).reduce(0) { $0 + $1.width }
      if x + width > limit { break }
      if matched { screen.restyle(row: row, column: x, count: width, style: .match) }
      x += width
    }
  }
}
