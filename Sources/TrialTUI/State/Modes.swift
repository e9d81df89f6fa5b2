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

/// Summaries (or a comparison) ready to print when the browser exits.
public struct PrintPreview: Sendable, Equatable {
  /// What is previewed.
  public enum Kind: Sendable, Equatable {
    case summaries
    case comparison
  }

  /// Summaries of each trial, or one comparison of all.
  public var kind: Kind = .summaries
  /// The ids of the trials.
  public var ids: [String]
  /// The text, one element per line.
  public var lines: [String]
  /// What `w` writes: file names and Markdown contents.
  public var files: [WrittenFile] = []
  /// The first line shown.
  public var scroll: Int = 0
  /// The first column shown (a comparison wider than the screen scrolls sideways).
  public var column: Int = 0

  /// Creates a preview.
  public init(kind: Kind = .summaries, ids: [String], lines: [String], files: [WrittenFile] = []) {
    self.kind = kind
    self.ids = ids
    self.lines = lines
    self.files = files
  }

  /// The widest line, in columns.
  var width: Int { lines.map(TerminalText.width).max() ?? 0 }
}
