import TrialCore

/// Draws the browser: a pure function of the state and the terminal size.
public func render(_ state: BrowserState, size: Size) -> Screen {
  BrowserRenderer(state: state, layout: Layout(size: size)).render()
}

/// Builds one frame. Only the rows in view are read from the index, so a frame costs the same
/// with 5 trials or 600,000.
struct BrowserRenderer {
  let state: BrowserState
  let layout: Layout

  func render() -> Screen {
    var screen = Screen(size: layout.size)
    guard !layout.isTooSmall else {
      drawTooSmall(&screen)
      return screen
    }
    drawHeader(&screen)
    switch state.overlay {
    case .none:
      ListView(state: state, layout: layout).draw(&screen)
      DetailPaneView(state: state, layout: layout).draw(&screen)
    case .help(let scroll): HelpView.draw(&screen, layout: layout, scroll: scroll)
    case .facets(let menu): FacetMenuView(state: state, menu: menu, layout: layout).draw(&screen)
    case .preview(let preview): PreviewView.draw(&screen, layout: layout, preview: preview)
    }
    StatusLineView(state: state, layout: layout).draw(&screen)
    return screen
  }

  /// "5 trials · route: hepatic artery (3)" on the left, the order on the right.
  private func drawHeader(_ screen: inout Screen) {
    let row = layout.headerRow
    screen.fill(row: row, style: .header)
    var parts = ["\(state.catalog.index.count) trial\(state.catalog.index.count == 1 ? "" : "s")"]
    if state.result.topicFiltered { parts.append("stem-cell liver subset") }
    var filters: [String] = []
    if let route = state.route { filters.append("route: \(route.displayName)") }
    for facet in FacetMenu.facets {
      guard let values = state.facetFilters[facet], !values.isEmpty else { continue }
      filters.append(
        "\(facet.displayName): " + values.sorted().map { FacetMenu.label($0, facet) }.joined(separator: " or "))
    }
    let words = state.filter.text.trimmingCharacters(in: .whitespaces)
    if !words.isEmpty { filters.append("search “\(SafeText.clean(words))”") }
    if !filters.isEmpty { parts.append(filters.joined(separator: " · ") + " (\(state.result.positions.count))") }
    let sortName =
      state.sort == .relevance ? (state.isSearching ? "relevance" : "as loaded") : state.sort.rawValue
    let right = "sort: \(sortName) "
    let rightWidth = TerminalText.width(right)
    let left = " livertrials · " + parts.joined(separator: " · ")
    screen.put(
      TerminalText.truncate(left, to: layout.size.columns - rightWidth - 1), row: row, column: 0, style: .header)
    screen.put(right, row: row, column: layout.size.columns - rightWidth, style: .header)
  }

  /// The notice for a terminal below `Layout.minimum`, cut to what fits.
  private func drawTooSmall(_ screen: inout Screen) {
    let lines = [
      "Terminal too small", "(\(layout.size), need \(Layout.minimum))", "Enlarge the window,", "or press q to quit.",
    ]
    let top = max((layout.size.rows - lines.count) / 2, 0)
    for (offset, line) in lines.enumerated() where top + offset < layout.size.rows {
      let cut = TerminalText.truncate(line, to: layout.size.columns)
      let left = max((layout.size.columns - TerminalText.width(cut)) / 2, 0)
      screen.put(cut, row: top + offset, column: left, style: offset == 0 ? .warning : .normal)
    }
  }
}
