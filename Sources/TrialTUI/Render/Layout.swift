/// A rectangle of cells.
public struct Rect: Sendable, Equatable {
  /// First row.
  public var top: Int
  /// First column.
  public var left: Int
  /// Rows.
  public var height: Int
  /// Columns.
  public var width: Int

  /// Whether the cell at `row`, `column` lies inside.
  public func contains(row: Int, column: Int) -> Bool {
    row >= top && row < top + height && column >= left && column < left + width
  }
}

/// Where each part of the browser goes at a terminal size: the header on the first row, the
/// status and hint lines on the last two, and between them the list and the detail pane side by
/// side (at least 120 columns) or stacked.
public struct Layout: Sendable, Equatable {
  /// The smallest terminal the browser draws in; below it a notice says so.
  public static let minimum = Size(rows: 12, columns: 60)
  /// From this width on, the panes stand side by side.
  public static let sideBySideColumns = 120

  /// The terminal size.
  public let size: Size
  /// The list pane: a column-name row, then one row per trial.
  public let list: Rect
  /// The detail pane: the tab bar, a title row, then the tab's text.
  public let detail: Rect
  /// Whether the panes stand side by side.
  public let isWide: Bool

  /// The layout for `size`.
  public init(size: Size) {
    self.size = size
    let body = max(size.rows - 3, 0)
    isWide = size.columns >= Self.sideBySideColumns
    if isWide {
      let listWidth = size.columns * 11 / 20
      list = Rect(top: 1, left: 0, height: body, width: listWidth)
      detail = Rect(top: 1, left: listWidth + 1, height: body, width: size.columns - listWidth - 1)
    } else {
      let listHeight = max(4, body * 2 / 5)
      list = Rect(top: 1, left: 0, height: listHeight, width: size.columns)
      detail = Rect(top: 1 + listHeight, left: 0, height: max(body - listHeight, 0), width: size.columns)
    }
  }

  /// Whether the terminal is too small to draw the browser.
  public var isTooSmall: Bool { size.rows < Self.minimum.rows || size.columns < Self.minimum.columns }
  /// The header row.
  public var headerRow: Int { 0 }
  /// The status line's row.
  public var statusRow: Int { size.rows - 2 }
  /// The hint line's row.
  public var hintRow: Int { size.rows - 1 }
  /// Trial rows visible in the list.
  public var listRows: Int { max(list.height - 1, 1) }
  /// The row of the first trial.
  public var listFirstRow: Int { list.top + 1 }
  /// Lines of text visible in the detail pane.
  public var detailRows: Int { max(detail.height - 2, 1) }
  /// The row of the first line of text in the detail pane.
  public var detailFirstRow: Int { detail.top + 2 }
  /// Width of the detail text (one column of margin each side).
  public var detailTextWidth: Int { max(detail.width - 2, 10) }
  /// Rows for text in full-screen overlays (help, preview, menu).
  public var overlayRows: Int { max(size.rows - 3, 1) }
}
