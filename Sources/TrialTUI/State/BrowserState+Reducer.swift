import TrialCore

extension BrowserState {
  /// Applies one action and returns what the outside world should do.
  public mutating func apply(_ action: Action) -> [Effect] {
    if case .resize(let newSize) = action {
      size = newSize
      clampList()
      clampDetail()
      return []
    }
    message = nil
    switch mode {
    case .list, .detail: return browse(action)
    case .search: return typeSearch(action)
    case .facets: return facetMenu(action)
    case .help: return help(action)
    case .preview: return preview(action)
    }
  }

  /// The list and the detail pane: moves go to the pane with focus.
  private mutating func browse(_ action: Action) -> [Effect] {
    switch action {
    case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
      if focus == .list { moveSelection(action) } else { scrollDetail(action) }
    case .focusDetail: focus = .detail
    case .focusList, .close: focus = .list
    case .selectTab(let tab): show(tab)
    case .nextTab: show(tab.next)
    case .previousTab: show(tab.previous)
    case .startSearch: filter = .editing(LineBuffer(filter.text))
    case .nextMatch: jumpToMatch(forward: true)
    case .previousMatch: jumpToMatch(forward: false)
    case .cycleRoute: cycleRoute()
    case .clearFilters: clearFilters()
    case .openFacets: overlay = .facets(FacetMenu())
    case .cycleSort:
      sort = sort.next(searching: isSearching)
      refresh(keepSelection: true)
    case .toggleMark: toggleMark()
    case .openPreview: openPreview()
    case .openCompare: openCompare()
    case .showHelp: overlay = .help(scroll: 0)
    case .quit: return [.quit]
    case .click(let row, let column): click(row: row, column: column)
    case .wheel(let lines, let row, let column): wheel(lines: lines, row: row, column: column)
    default: break
    }
    return []
  }

  /// Typing a search: the list narrows on every key; Enter keeps the search, Esc drops it.
  private mutating func typeSearch(_ action: Action) -> [Effect] {
    guard case .editing(var buffer) = filter else { return [] }
    switch action {
    case .insert(let character):
      buffer.insert(character)
      filter = .editing(buffer)
      refresh(keepSelection: false)
    case .deleteBackward:
      buffer.deleteBackward()
      filter = .editing(buffer)
      refresh(keepSelection: false)
    case .clearLine:
      buffer.clear()
      filter = .editing(buffer)
      refresh(keepSelection: false)
    case .cursorLeft: filter = .editing(with(buffer) { $0.moveCursor(by: -1) })
    case .cursorRight: filter = .editing(with(buffer) { $0.moveCursor(by: 1) })
    case .commitSearch:
      let text = buffer.text.trimmingCharacters(in: .whitespaces)
      filter = text.isEmpty ? .inactive : .applied(text)
      refresh(keepSelection: true)
    case .cancelSearch:
      filter = .inactive
      refresh(keepSelection: false)
    case .moveUp, .moveDown, .pageUp, .pageDown: moveSelection(action)
    case .wheel(let lines, let row, let column): wheel(lines: lines, row: row, column: column)
    case .click(let row, let column): click(row: row, column: column)
    default: break
    }
    return []
  }

  private func with(_ buffer: LineBuffer, _ change: (inout LineBuffer) -> Void) -> LineBuffer {
    var copy = buffer
    change(&copy)
    return copy
  }

  /// The help screen scrolls and closes.
  private mutating func help(_ action: Action) -> [Effect] {
    guard case .help(let scroll) = overlay else { return [] }
    let page = Layout(size: size).overlayRows
    let last = max(HelpView.lineCount(width: size.columns) - page, 0)
    if let moved = action.moved(scroll, page: page, last: last) {
      overlay = .help(scroll: moved)
      return []
    }
    switch action {
    case .close, .showHelp: overlay = .none
    case .quit: return [.quit]
    default: break
    }
    return []
  }

  /// The print preview scrolls; Enter prints when the browser exits, Esc cancels.
  private mutating func preview(_ action: Action) -> [Effect] {
    guard case .preview(var preview) = overlay else { return [] }
    let page = Layout(size: size).overlayRows
    let last = max(preview.lines.count - page, 0)
    if let moved = action.moved(preview.scroll, page: page, last: last) { preview.scroll = moved }
    switch action {
    case .scrollLeft: preview.column -= 8
    case .scrollRight: preview.column += 8
    case .confirmPrint:
      overlay = .none
      let count = preview.ids.count
      message =
        preview.kind == .comparison
        ? "The comparison of \(count) trials will be printed when you quit."
        : "The summary of \(count) trial\(count == 1 ? "" : "s") will be printed when you quit."
      return [.print(preview.lines.joined(separator: "\n"))]
    case .writeFiles:
      overlay = .none
      return [.writeFiles(preview.files)]
    case .close:
      overlay = .none
      return []
    case .quit: return [.quit]
    default: break
    }
    preview.scroll = min(max(preview.scroll, 0), last)
    preview.column = min(max(preview.column, 0), max(preview.width - (size.columns - 2), 0))
    overlay = .preview(preview)
    return []
  }
}
