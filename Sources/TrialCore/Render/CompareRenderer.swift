/// The comparison matrix as text, Markdown or CSV. Text fits the width: each trial gets a
/// column and cells wrap inside it; when the columns would be too narrow to read, each row is
/// printed as a block with one line per trial instead.
public enum CompareRenderer {
  /// Narrowest readable trial column.
  static let minimumColumn = 14

  /// `trials` side by side in at most `width` columns.
  public static func text(_ trials: [Trial], width: Int) -> String {
    let matrix = CompareMatrix(trials)
    let width = max(width, 20)
    let labelWidth = min(matrix.rows.map { DisplayWidth.of($0.label) }.max() ?? 10, 16)
    let count = max(matrix.ids.count, 1)
    let columnWidth = (width - labelWidth - 3 * count) / count
    let header = zip(matrix.ids, matrix.titles).map { $0.0 == $0.1 ? [$0.0] : [$0.0, $0.1] }
    guard columnWidth >= minimumColumn else { return stacked(matrix, header: header, width: width) }
    let grid = TextGrid(widths: [labelWidth] + Array(repeating: columnWidth, count: count))
    var lines = grid.row([[]] + header.map { [$0.joined(separator: "\n")] })
    lines.append(grid.rule(heavy: true))
    for (index, row) in matrix.rows.enumerated() {
      if index > 0 { lines.append(grid.rule(heavy: false)) }
      lines += grid.row([[row.label]] + row.cells.map { $0.isEmpty ? ["—"] : $0 })
    }
    return lines.map(trimmed).joined(separator: "\n")
  }

  /// One block per row: the label, then one line per trial, trials numbered in a key first.
  private static func stacked(_ matrix: CompareMatrix, header: [[String]], width: Int) -> String {
    var out = TextLayout(width: width)
    out.paragraph("Trials")
    let keys = matrix.ids.indices.map { "[\($0 + 1)]" }
    for (key, names) in zip(keys, header) {
      out.paragraph("\(key) " + names.joined(separator: " — "), indent: 2, hanging: 4)
    }
    for row in matrix.rows {
      out.heading(row.label)
      for (key, cell) in zip(keys, row.cells) {
        for (index, item) in (cell.isEmpty ? ["—"] : cell).enumerated() {
          if index == 0 {
            out.paragraph("\(key) \(item)", indent: 2, hanging: 4)
          } else {
            out.paragraph(item, indent: 6)
          }
        }
      }
    }
    return out.text
  }

  /// The matrix as a GitHub Markdown table; line breaks inside cells are `<br>`.
  public static func markdown(_ trials: [Trial]) -> String {
    let matrix = CompareMatrix(trials)
    let header =
      [""]
      + zip(matrix.ids, matrix.titles).map { id, title in
        "**" + MarkdownText.inline(id) + "**" + (title == id ? "" : "<br>" + MarkdownText.inline(title))
      }
    let rows = matrix.rows.map { ["**\($0.label)**"] + $0.cells.map(MarkdownText.cell) }
    return MarkdownText.table(header: header, rows: rows).joined(separator: "\n")
  }

  /// The matrix as CSV: a header row of ids, then one row per fact; items joined with "; ".
  public static func csv(_ trials: [Trial]) -> String {
    let matrix = CompareMatrix(trials)
    var records = [["field"] + matrix.ids, ["title"] + matrix.titles]
    records += matrix.rows.map { [$0.label] + $0.cells.map { $0.joined(separator: "; ") } }
    return CSVWriter.document(records)
  }

  private static func trimmed(_ line: String) -> String {
    String(line.reversed().drop { $0 == " " }.reversed())
  }
}
