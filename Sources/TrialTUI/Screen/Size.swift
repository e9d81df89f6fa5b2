/// A terminal size in character cells.
public struct Size: Sendable, Equatable, Hashable, CustomStringConvertible {
  /// Number of rows.
  public var rows: Int
  /// Number of columns.
  public var columns: Int

  /// Creates a size; negative values count as zero.
  public init(rows: Int, columns: Int) {
    self.rows = max(rows, 0)
    self.columns = max(columns, 0)
  }

  /// "80x24": columns first, as terminals are usually described.
  public var description: String { "\(columns)x\(rows)" }
}
