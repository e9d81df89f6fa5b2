/// A stretch of one row with one style that has to be drawn.
public struct ScreenRun: Sendable, Equatable {
  /// Row.
  public var row: Int
  /// First column.
  public var column: Int
  /// The graphemes, right halves of wide ones left out.
  public var text: String
  /// Columns covered.
  public var width: Int
  /// Style of every cell in the run.
  public var style: Style
}

extension Screen {
  /// The runs that differ from `previous` (everything when there is none or its size differs).
  /// A run never starts on the right half of a wide grapheme.
  public func changes(from previous: Screen?) -> [ScreenRun] {
    let full = previous?.size != size
    var runs: [ScreenRun] = []
    for row in 0..<size.rows {
      var column = 0
      while column < size.columns {
        guard full || previous?[row, column] != self[row, column] else {
          column += 1
          continue
        }
        var start = column
        while start > 0, self[row, start].isContinuation { start -= 1 }
        let style = self[row, start].style
        var run = ScreenRun(row: row, column: start, text: "", width: 0, style: style)
        var x = start
        while x < size.columns, self[row, x].style == style {
          let changed = full || previous?[row, x] != self[row, x] || self[row, x].isContinuation
          if !changed && x > column { break }
          run.text += self[row, x].text
          x += 1
        }
        run.width = x - start
        runs.append(run)
        column = max(x, column + 1)
      }
    }
    return runs
  }
}
