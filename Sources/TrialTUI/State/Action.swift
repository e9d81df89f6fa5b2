/// Everything a key, a click or the terminal can ask of the browser.
public enum Action: Sendable, Equatable {
  case moveUp, moveDown, pageUp, pageDown, top, bottom
  case focusDetail, focusList
  case selectTab(DetailTab)
  case nextTab, previousTab
  case startSearch
  case insert(Character)
  case deleteBackward, cursorLeft, cursorRight, clearLine
  case commitSearch, cancelSearch
  case nextMatch, previousMatch
  case cycleRoute, clearFilters, openFacets, toggleFacetValue, cycleSort, toggleMark
  case openPreview, openCompare, confirmPrint, writeFiles, scrollLeft, scrollRight
  case showHelp, close, quit
  case resize(Size)
  case click(row: Int, column: Int)
  case wheel(lines: Int, row: Int, column: Int)
}

/// What the reducer asks the outside world to do.
public enum Effect: Sendable, Equatable {
  /// Leave the browser.
  case quit
  /// Write this text to stdout once the terminal is restored.
  case print(String)
  /// Write files in the current directory (name, contents) and report in the status line.
  case writeFiles([WrittenFile])
}

/// A file the browser is asked to write.
public struct WrittenFile: Sendable, Equatable {
  /// The file name, in the current directory.
  public var name: String
  /// The contents.
  public var contents: String

  /// Creates a file to write.
  public init(name: String, contents: String) {
    self.name = name
    self.contents = contents
  }
}
