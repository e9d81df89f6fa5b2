/// What the terminal should show: a grid of cells. `render(state, size)` builds one per frame;
/// `changes(from:)` says which runs differ from the previous frame, so only those are drawn.
public struct Screen: Sendable, Equatable {
  /// The grid's size.
  public let size: Size
  /// Cells, row after row.
  public private(set) var cells: [Cell]

  /// A blank screen.
  public init(size: Size) {
    self.size = size
    cells = Array(repeating: .blank, count: size.rows * size.columns)
  }

  /// The cell at `row`, `column`.
  public subscript(row: Int, column: Int) -> Cell {
    cells[row * size.columns + column]
  }

  /// Writes `text` from `column` on `row`, at most up to `limit` (exclusive; default the right
  /// edge), cutting between graphemes. Returns the column after the last cell written.
  @discardableResult
  public mutating func put(_ text: String, row: Int, column: Int, limit: Int? = nil, style: Style = .normal) -> Int {
    guard row >= 0, row < size.rows else { return column }
    let end = min(limit ?? size.columns, size.columns)
    var x = max(column, 0)
    for character in text {
      for piece in TerminalText.pieces(character) where piece.width > 0 {
        if x + piece.width > end { return x }
        set(row, x, Cell(piece.text, style))
        if piece.width == 2 { set(row, x + 1, Cell("", style)) }
        x += piece.width
      }
    }
    return x
  }

  /// Fills `count` cells from `column` on `row` with spaces in `style`.
  public mutating func fill(row: Int, column: Int = 0, count: Int? = nil, style: Style) {
    guard row >= 0, row < size.rows else { return }
    let end = min(column + (count ?? size.columns), size.columns)
    var x = max(column, 0)
    while x < end {
      set(row, x, Cell(" ", style))
      x += 1
    }
  }

  /// Changes the style of cells without changing their text.
  public mutating func restyle(row: Int, column: Int, count: Int, style: Style) {
    guard row >= 0, row < size.rows else { return }
    for x in max(column, 0)..<min(column + count, size.columns) {
      cells[row * size.columns + x].style = style
    }
  }

  /// Sets one cell, blanking the other half of a wide grapheme it overwrites.
  private mutating func set(_ row: Int, _ column: Int, _ cell: Cell) {
    let base = row * size.columns
    let old = cells[base + column]
    if old.isContinuation, column > 0, !cell.isContinuation {
      cells[base + column - 1] = Cell(" ", cells[base + column - 1].style)
    }
    if !old.isContinuation, column + 1 < size.columns, cells[base + column + 1].isContinuation {
      cells[base + column + 1] = Cell(" ", old.style)
    }
    cells[base + column] = cell
  }

  /// The text of every row, trailing spaces removed: what a person would read.
  public func textDump() -> String {
    (0..<size.rows).map { row in
      var line = ""
      for column in 0..<size.columns { line += self[row, column].text }
      while line.hasSuffix(" ") { line.removeLast() }
      return line
    }
    .joined(separator: "\n")
  }
}
