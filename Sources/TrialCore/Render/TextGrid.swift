/// Columns of fixed widths separated by " │ ", whose cells wrap at word boundaries inside
/// their column. Cell text passes through `SafeText.clean`.
struct TextGrid {
  /// The width of each column in terminal columns.
  let widths: [Int]

  /// The lines of one row: each cell's items wrapped to its column, padded, side by side.
  func row(_ cells: [[String]]) -> [String] {
    let wrapped = zip(cells, widths).map { items, width in
      items.count < 2
        ? items.flatMap { TextWrapper.wrap(SafeText.clean($0), width: width) }
        : items.flatMap { item in
          // Several items in a cell: a bullet each, continuation lines under the text.
          TextWrapper.wrap(SafeText.clean(item), width: max(width - 2, 2)).enumerated().map {
            ($0.offset == 0 ? "• " : "  ") + $0.element
          }
        }
    }
    let height = wrapped.map(\.count).max() ?? 0
    return (0..<height).map { line in
      zip(wrapped, widths).map { lines, width in
        let text = line < lines.count ? lines[line] : ""
        return text + String(repeating: " ", count: max(width - DisplayWidth.of(text), 0))
      }
      .joined(separator: " │ ")
    }
  }

  /// A horizontal rule under a row, crossing the column separators.
  func rule(heavy: Bool) -> String {
    let line: Character = heavy ? "═" : "─"
    let cross = heavy ? "═╪═" : "─┼─"
    return widths.map { String(repeating: line, count: $0) }.joined(separator: cross)
  }
}
