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
  case openPreview, confirmPrint
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
}
