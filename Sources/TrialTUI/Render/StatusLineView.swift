import TrialCore

/// The two bottom lines: the status (filters, marks, a message, or the search prompt) and the
/// hint line with the main keys of the current mode, both drawn from the state and the keymap.
struct StatusLineView {
  let state: BrowserState
  let layout: Layout

  func draw(_ screen: inout Screen) {
    let row = layout.statusRow
    screen.fill(row: row, style: .status)
    if case .editing(let buffer) = state.filter {
      drawPrompt(&screen, buffer: buffer)
    } else {
      var parts: [String] = []
      let query = state.query
      if !query.filters.isEmpty || !query.words.isEmpty { parts.append("filters: " + SafeText.clean(query.text)) }
      parts.append("\(state.result.positions.count) shown")
      if !state.marked.isEmpty { parts.append("\(state.marked.count) marked") }
      var style = Style.status
      if let problem = query.problems.first {
        parts.append(problem)
        style = .warning
      }
      if let message = state.message { parts.append(message) }
      screen.put(" " + parts.joined(separator: " · "), row: row, column: 0, style: style)
    }
    drawHints(&screen)
  }

  private func drawPrompt(_ screen: inout Screen, buffer: LineBuffer) {
    let row = layout.statusRow
    let count = "  \(state.result.positions.count) match\(state.result.positions.count == 1 ? "" : "es")"
    let text = SafeText.clean(buffer.text)
    let room = layout.size.columns - 3 - TerminalText.width(count)
    // Keep the cursor in view: drop graphemes from the left of a long search.
    var shown = Array(text)
    var cursor = buffer.cursor
    while TerminalText.width(String(shown)) + 1 > room, cursor > 0 {
      shown.removeFirst()
      cursor -= 1
    }
    var x = screen.put(" /", row: row, column: 0, style: .key)
    for (index, character) in shown.enumerated() {
      x = screen.put(
        String(character), row: row, column: x, limit: room + 2, style: index == cursor ? .selected : .status)
    }
    if cursor >= shown.count { x = screen.put(" ", row: row, column: x, style: .selected) }
    screen.put(count, row: row, column: x, style: state.result.positions.isEmpty ? .warning : .dim)
  }

  private func drawHints(_ screen: inout Screen) {
    let row = layout.hintRow
    var x = 1
    for (keys, text) in Keymap.hints(state.mode) {
      let width = TerminalText.width(keys) + 1 + TerminalText.width(text)
      if x + width > layout.size.columns { break }
      x = screen.put(keys, row: row, column: x, style: .key)
      x = screen.put(" " + text + "  ", row: row, column: x, style: .dim)
    }
  }
}
