import Foundation
import TrialCore

extension BrowserState {
  /// Runs the query again; keeps the selected trial when asked and still listed, else starts at
  /// the top.
  mutating func refresh(keepSelection: Bool) {
    let previous = keepSelection ? selectedPosition : nil
    result = catalog.index.search(query, sort: sort)
    if let previous, let index = result.positions.firstIndex(of: Int32(previous)) {
      selection = index
    } else {
      selection = 0
      listTop = 0
    }
    clampList()
    if selectedPosition != previous || detail == nil || !keepSelection { selectionChanged() }
  }

  /// `r`: all → hepatic artery → peripheral vein → each other route present → all.
  mutating func cycleRoute() {
    let cycle = catalog.routeCycle
    if let route, let index = cycle.firstIndex(of: route) {
      self.route = index + 1 < cycle.count ? cycle[index + 1] : nil
    } else {
      route = cycle.first
    }
    refresh(keepSelection: true)
  }

  /// `R`: no route, no facet values, no search.
  mutating func clearFilters() {
    route = nil
    facetFilters = [:]
    filter = .inactive
    refresh(keepSelection: true)
    message = "All filters cleared."
  }

  /// The facet menu: move, toggle a value, close.
  mutating func facetMenu(_ action: Action) -> [Effect] {
    guard case .facets(var menu) = overlay else { return [] }
    let items = FacetMenu.items(counts: result.facets, active: facetFilters)
    let last = max(items.count - 1, 0)
    let page = max(Layout(size: size).overlayRows - 2, 1)
    if let moved = action.moved(menu.selection, page: page, last: last) { menu.selection = moved }
    switch action {
    case .toggleFacetValue:
      guard items.indices.contains(menu.selection) else { break }
      let item = items[menu.selection]
      var values = facetFilters[item.facet] ?? []
      if values.remove(item.value) == nil { values.insert(item.value) }
      facetFilters[item.facet] = values.isEmpty ? nil : values
      refresh(keepSelection: true)
      // Keep the cursor on the same value although counts and items changed.
      let updated = FacetMenu.items(counts: result.facets, active: facetFilters)
      menu.selection = updated.firstIndex { $0.facet == item.facet && $0.value == item.value } ?? menu.selection
    case .clearFilters:
      clearFilters()
      menu.selection = 0
    case .close, .openFacets:
      overlay = .none
      return []
    case .quit: return [.quit]
    default: break
    }
    let count = FacetMenu.items(counts: result.facets, active: facetFilters).count
    menu.selection = min(max(menu.selection, 0), max(count - 1, 0))
    overlay = .facets(menu)
    return []
  }

  /// `p`: the summaries of the marked trials (or the selected one) in a preview.
  mutating func openPreview() {
    let index = catalog.index
    var positions = marked.compactMap { index.position(of: $0) }.sorted()
    if positions.isEmpty, let selected = selectedPosition { positions = [selected] }
    let trials = positions.compactMap { index.record($0) }
    guard !trials.isEmpty else {
      message = "Nothing to print: the list is empty."
      return
    }
    let renderer = SummaryRenderer(width: min(max(size.columns - 2, 30), 100))
    let text = trials.map { renderer.render($0) }.joined(separator: "\n\n")
    let files = trials.map {
      WrittenFile(name: Self.fileName($0.id, extension: "md"), contents: MarkdownSummaryRenderer.render([$0]) + "\n")
    }
    overlay = .preview(PrintPreview(ids: trials.map(\.id), lines: text.components(separatedBy: "\n"), files: files))
  }

  /// `c`: the marked trials side by side; wider than the screen, it scrolls sideways.
  mutating func openCompare() {
    let index = catalog.index
    let trials = marked.compactMap { index.position(of: $0) }.sorted().compactMap { index.record($0) }
    guard trials.count >= 2 else {
      message = "Mark two or more trials with space, then press c to compare them."
      return
    }
    // Each trial gets a readable column; the matrix is wider than the screen when it must be.
    let width = max(size.columns - 2, 18 + trials.count * 24)
    let text = CompareRenderer.text(trials, width: width)
    let name = Self.fileName("compare-" + trials.map(\.id).joined(separator: "-"), extension: "md")
    let file = WrittenFile(name: name, contents: CompareRenderer.markdown(trials) + "\n")
    overlay = .preview(
      PrintPreview(kind: .comparison, ids: trials.map(\.id), lines: text.components(separatedBy: "\n"), files: [file]))
  }

  /// A file name made of the id's safe characters.
  static func fileName(_ id: String, extension ext: String) -> String {
    let safe = String(
      id.unicodeScalars.map { scalar -> Character in
        CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_" || scalar == "."
          ? Character(scalar) : "_"
      }.prefix(120))
    return "\(safe.isEmpty ? "trial" : safe).\(ext)"
  }
}
