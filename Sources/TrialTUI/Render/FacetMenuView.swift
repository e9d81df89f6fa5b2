import TrialCore

/// The `f` menu: facet headings, each value with its count over the current list; active values
/// checked, the highlighted one reversed.
struct FacetMenuView {
  let state: BrowserState
  let menu: FacetMenu
  let layout: Layout

  func draw(_ screen: inout Screen) {
    let items = FacetMenu.items(counts: state.result.facets, active: state.facetFilters)
    var lines: [(text: String, style: Style, item: Int?)] = [
      ("Filters — Enter or Space toggles a value (values of one facet are alternatives)", .heading, nil)
    ]
    var facet: Facet?
    for (index, item) in items.enumerated() {
      if item.facet != facet {
        facet = item.facet
        lines.append(("", .normal, nil))
        lines.append((item.facet.displayName.capitalized, .heading, nil))
      }
      let check = item.isActive ? "[x] " : "[ ] "
      let count = String(item.count)
      let label = TerminalText.pad(SafeText.clean(item.label), to: 34)
      lines.append(
        ("  " + check + label + String(repeating: " ", count: max(6 - count.count, 0)) + count, .normal, index))
    }
    if items.isEmpty { lines.append(("  Nothing to filter: the list is empty.", .dim, nil)) }
    let selectedLine = lines.firstIndex { $0.item == menu.selection } ?? 0
    let rows = layout.overlayRows
    let top = min(max(selectedLine - rows / 2, 0), max(lines.count - rows, 0))
    for (offset, line) in lines.dropFirst(top).prefix(rows).enumerated() {
      let y = 1 + offset
      let selected = line.item == menu.selection && line.item != nil
      if selected { screen.fill(row: y, column: 1, count: min(50, layout.size.columns - 2), style: .selected) }
      screen.put(line.text, row: y, column: 1, limit: layout.size.columns - 1, style: selected ? .selected : line.style)
    }
  }
}
