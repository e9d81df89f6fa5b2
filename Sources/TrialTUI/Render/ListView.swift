import TrialCore

/// The list pane: column names, then one row per trial in view, the selected one highlighted.
struct ListView {
  let state: BrowserState
  let layout: Layout

  /// Column widths other than the title's, in order: mark, id, phase, status, route, cells, n.
  private static let fixed = (mark: 2, phase: 6, status: 11, route: 6, cells: 7, enrollment: 6)

  func draw(_ screen: inout Screen) {
    let rect = layout.list
    let index = state.catalog.index
    let visible = state.listTop..<min(state.listTop + layout.listRows, state.result.positions.count)
    let rows = visible.map { index.row(Int(state.result.positions[$0])) }
    // Ids longer than an NCT id are cut on narrow lists so that the title keeps some room.
    let idCap = rect.width >= 100 ? 21 : 12
    let idWidth = min(max(rows.map { TerminalText.width($0.id) }.max() ?? 2, 2) + 1, idCap)
    let header = cells(
      id: "ID", phase: "PHASE", status: "STATUS", route: "ROUTE", cellSource: "CELLS", n: "N", idWidth: idWidth)
    screen.put(header + "TITLE", row: rect.top, column: rect.left, limit: rect.left + rect.width, style: .dim)
    if state.result.positions.isEmpty {
      let text =
        state.filter.text.isEmpty ? "No trials match the filters. R clears them." : "No trials match this search."
      screen.put("  " + text, row: layout.listFirstRow, column: rect.left, limit: rect.left + rect.width, style: .dim)
    }
    for (offset, row) in rows.enumerated() {
      let y = layout.listFirstRow + offset
      let isSelected = visible.lowerBound + offset == state.selection
      let style: Style = isSelected ? (state.focus == .list ? .selected : .selectedInactive) : .normal
      if isSelected { screen.fill(row: y, column: rect.left, count: rect.width, style: style) }
      let limit = rect.left + rect.width
      var x = rect.left
      let mark = state.marked.contains(row.id)
      x = screen.put(mark ? "● " : "  ", row: y, column: x, limit: limit, style: mark && !isSelected ? .marked : style)
      x = screen.put(
        Self.column(SafeText.clean(row.id), idWidth), row: y, column: x, limit: limit, style: style)
      x = screen.put(
        Self.column(ListRow.phases(row), Self.fixed.phase), row: y, column: x, limit: limit, style: style)
      x = screen.put(
        Self.column(Self.status(row.status), Self.fixed.status), row: y, column: x, limit: limit, style: style)
      let badges = Self.column(ListRow.routeBadges(row.routes), Self.fixed.route)
      x = screen.put(badges, row: y, column: x, limit: limit, style: isSelected || row.routes.isEmpty ? style : .badge)
      x = screen.put(
        Self.column(Self.cells(row.cellSources), Self.fixed.cells), row: y, column: x, limit: limit,
        style: style)
      let n = row.enrollment.map(String.init) ?? "—"
      x = screen.put(
        String(repeating: " ", count: max(Self.fixed.enrollment - 1 - n.count, 0)) + n + " ", row: y, column: x,
        limit: limit, style: style)
      screen.put(
        TerminalText.truncate(SafeText.clean(row.title), to: limit - x), row: y, column: x, limit: limit, style: style)
    }
    if layout.isWide {
      for y in rect.top..<(rect.top + rect.height) {
        screen.put("│", row: y, column: rect.left + rect.width, style: .dim)
      }
    }
  }

  private func cells(
    id: String, phase: String, status: String, route: String, cellSource: String, n: String, idWidth: Int
  )
    -> String
  {
    let f = Self.fixed
    return "  " + TerminalText.pad(id, to: idWidth) + TerminalText.pad(phase, to: f.phase)
      + TerminalText.pad(status, to: f.status)
      + TerminalText.pad(route, to: f.route) + TerminalText.pad(cellSource, to: f.cells)
      + String(repeating: " ", count: f.enrollment - 1 - n.count) + n + " "
  }

  /// `text` in a column of `width`, cut with "…" so that one space always separates columns.
  static func column(_ text: String, _ width: Int) -> String {
    TerminalText.pad(TerminalText.truncate(text, to: width - 1), to: width)
  }

  /// A status in at most ten columns.
  static func status(_ status: TrialStatus?) -> String {
    switch status {
    case nil: "—"
    case .recruiting: "recruiting"
    case .notYetRecruiting: "not yet"
    case .activeNotRecruiting: "active"
    case .enrollingByInvitation: "invitation"
    case .completed: "completed"
    case .suspended: "suspended"
    case .terminated: "terminated"
    case .withdrawn: "withdrawn"
    case .unknown: "unknown"
    }
  }

  /// Cell sources in at most seven columns: "UC-MSC", "BM-MNC", "UC-MSC+".
  static func cells(_ sources: [CellSource]) -> String {
    guard let first = sources.first else { return "—" }
    let short: String =
      switch first {
      case .boneMarrowMSC: "BM-MSC"
      case .boneMarrowMononuclear: "BM-MNC"
      case .boneMarrowStemCells: "BM-SC"
      case .umbilicalCordMSC: "UC-MSC"
      case .adiposeMSC: "AD-MSC"
      case .menstrualBloodMSC: "MB-MSC"
      case .placentaMSC: "PL-MSC"
      case .mscExosomes: "MSC-EV"
      case .msc: "MSC"
      }
    return sources.count > 1 ? short + "+" : short
  }
}
