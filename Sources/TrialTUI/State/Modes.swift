/// Which pane keys act on.
public enum Focus: Sendable, Equatable {
  case list, detail
}

/// The search typed with `/`: off, being typed (the list follows every key), or kept.
public enum FilterState: Sendable, Equatable {
  case inactive
  case editing(LineBuffer)
  case applied(String)

  /// The search text in effect.
  public var text: String {
    switch self {
    case .inactive: ""
    case .editing(let buffer): buffer.text
    case .applied(let text): text
    }
  }
}

/// A screen drawn over the panes.
public enum Overlay: Sendable, Equatable {
  case none
  /// The key list, scrolled.
  case help(scroll: Int)
  /// The facet menu.
  case facets(FacetMenu)
  /// The summaries `p` would print, scrolled.
  case preview(PrintPreview)
}

/// The key table in effect: one per way of using the keyboard.
public enum Mode: String, Sendable, CaseIterable {
  case list, detail, search, facets, help, preview

  /// The name the help screen gives the mode.
  public var title: String {
    switch self {
    case .list: "Trial list"
    case .detail: "Detail pane"
    case .search: "Typing a search (/)"
    case .facets: "Filter menu (f)"
    case .help: "This help (?)"
    case .preview: "Print preview (p)"
    }
  }
}

/// Summaries ready to print when the browser exits.
public struct PrintPreview: Sendable, Equatable {
  /// The ids of the trials.
  public var ids: [String]
  /// The text, one element per line.
  public var lines: [String]
  /// The first line shown.
  public var scroll: Int = 0

  /// Creates a preview.
  public init(ids: [String], lines: [String]) {
    self.ids = ids
    self.lines = lines
  }
}
