import TrialCore

extension BrowserState {
  /// Moves the list selection and keeps it in view.
  mutating func moveSelection(_ action: Action) {
    let page = Layout(size: size).listRows
    let last = max(result.positions.count - 1, 0)
    let before = selection
    selection = action.moved(selection, page: page, last: last) ?? selection
    clampList()
    if selection != before { selectionChanged() }
  }

  /// Keeps the selected row inside the visible part of the list.
  mutating func clampList() {
    let rows = Layout(size: size).listRows
    let count = result.positions.count
    selection = min(max(selection, 0), max(count - 1, 0))
    if selection < listTop { listTop = selection }
    if selection >= listTop + rows { listTop = selection - rows + 1 }
    listTop = min(max(listTop, 0), max(count - rows, 0))
  }

  /// A new trial is selected: read its record, start its text at the top.
  mutating func selectionChanged() {
    loadDetail()
    detailScroll = 0
  }

  /// Lines of the current tab at the current width.
  var detailLines: [StyledLine] {
    DetailView(width: Layout(size: size).detailTextWidth).lines(detail, tab: tab)
  }

  /// Scrolls the detail pane.
  mutating func scrollDetail(_ action: Action) {
    let page = Layout(size: size).detailRows
    // The end of the text is known to clampDetail, which trims whatever lies past it.
    detailScroll = action.moved(detailScroll, page: page, last: Int.max / 2) ?? detailScroll
    clampDetail()
  }

  /// Keeps the detail scroll within the text.
  mutating func clampDetail() {
    let last = max(detailLines.count - Layout(size: size).detailRows, 0)
    detailScroll = min(max(detailScroll, 0), last)
  }

  /// Switches the detail tab.
  mutating func show(_ newTab: DetailTab) {
    guard newTab != tab else { return }
    tab = newTab
    detailScroll = 0
  }

  /// `n`/`N`: in the list, the next or previous match (wrapping); in the detail pane, the next
  /// or previous line that contains a searched word.
  mutating func jumpToMatch(forward: Bool) {
    let words = query.words
    guard !words.isEmpty else {
      message = "No search: press / to search."
      return
    }
    if focus == .list {
      let count = result.positions.count
      guard count > 0 else { return }
      selection = (selection + (forward ? 1 : count - 1)) % count
      clampList()
      selectionChanged()
      return
    }
    let lines = detailLines.map { TextFolding.fold($0.text) }
    let order =
      forward
      ? Array((detailScroll + 1)..<max(lines.count, detailScroll + 1)) + Array(0..<min(detailScroll + 1, lines.count))
      : Array((0..<min(detailScroll, lines.count)).reversed()) + Array((detailScroll..<lines.count).reversed())
    guard let hit = order.first(where: { index in words.contains { lines[index].contains($0) } }) else {
      message = "No match in this tab."
      return
    }
    detailScroll = hit
    clampDetail()
  }

  /// Marks or unmarks the selected trial and moves down.
  mutating func toggleMark() {
    guard let position = selectedPosition else { return }
    let id = catalog.index.id(position)
    if marked.remove(id) == nil { marked.insert(id) }
    moveSelection(.moveDown)
  }
}
