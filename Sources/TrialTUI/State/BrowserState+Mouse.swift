extension BrowserState {
  /// A click selects the list row under the pointer, a tab on the tab bar, or focuses the pane.
  mutating func click(row: Int, column: Int) {
    let layout = Layout(size: size)
    guard !layout.isTooSmall else { return }
    if layout.list.contains(row: row, column: column) {
      focus = .list
      let index = listTop + row - layout.listFirstRow
      guard row >= layout.listFirstRow, index < result.positions.count, index != selection else { return }
      selection = index
      clampList()
      selectionChanged()
    } else if layout.detail.contains(row: row, column: column) {
      focus = .detail
      if row == layout.detail.top,
        let hit = TabBar.ranges(left: layout.detail.left, width: layout.detail.width, active: tab).first(where: {
          $0.columns.contains(column)
        })
      {
        show(hit.tab)
      }
    }
  }

  /// The wheel scrolls the pane under the pointer.
  mutating func wheel(lines: Int, row: Int, column: Int) {
    let layout = Layout(size: size)
    if layout.detail.contains(row: row, column: column) {
      detailScroll += lines
      clampDetail()
    } else {
      let before = selection
      selection += lines
      clampList()
      if selection != before { selectionChanged() }
    }
  }
}
