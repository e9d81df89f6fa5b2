import TrialCore

/// Everything the browser shows, as a value. Keys become `Action`s, `apply(_:)` changes the
/// state, and `render(state, size)` draws it; only the curses layer talks to the terminal.
public struct BrowserState: Sendable, Equatable {
  /// The trials.
  public let catalog: Catalog
  /// The terminal size the state was last laid out for (paging needs it).
  public var size: Size
  /// The route `r` selected, if any.
  public var route: Route?
  /// Values chosen in the facet menu.
  public var facetFilters: [Facet: Set<String>] = [:]
  /// The `/` search.
  public var filter = FilterState.inactive
  /// The list order.
  public var sort = SortKey.relevance
  /// The matches in display order and their facet counts.
  public internal(set) var result: SearchResult
  /// Position in `result.positions` of the selected row.
  public var selection = 0
  /// The first list row shown.
  public var listTop = 0
  /// Which pane keys act on.
  public var focus = Focus.list
  /// The detail pane's tab.
  public var tab = DetailTab.overview
  /// The first detail line shown.
  public var detailScroll = 0
  /// A screen over the panes.
  public var overlay = Overlay.none
  /// Ids of marked trials.
  public var marked: Set<String> = []
  /// A one-off message for the status line, cleared by the next key.
  public var message: String?
  /// The full record of the selected trial.
  public internal(set) var detail: Trial?

  /// The browser on `index` at `size`, showing everything.
  public init(index: TrialIndex, size: Size) {
    catalog = Catalog(index)
    self.size = size
    result = index.search(TrialQuery(), sort: .relevance)
    loadDetail()
  }

  /// The key table in effect.
  public var mode: Mode {
    switch overlay {
    case .help: return .help
    case .facets: return .facets
    case .preview: return .preview
    case .none:
      if case .editing = filter { return .search }
      return focus == .list ? .list : .detail
    }
  }

  /// The query the list shows: the search text, the route and the facet values.
  public var query: TrialQuery {
    var query = TrialQuery(parsing: filter.text)
    if let route { query.add(.route, route.rawValue) }
    for (facet, values) in facetFilters {
      for value in values { query.add(facet, value) }
    }
    return query
  }

  /// The index position of the selected trial.
  public var selectedPosition: Int? {
    result.positions.indices.contains(selection) ? Int(result.positions[selection]) : nil
  }

  /// Whether a search is typed or kept.
  public var isSearching: Bool { !query.words.isEmpty }

  /// Reads the selected trial's full record (once per selection change).
  mutating func loadDetail() {
    detail = selectedPosition.flatMap { catalog.index.record($0) }
  }
}
