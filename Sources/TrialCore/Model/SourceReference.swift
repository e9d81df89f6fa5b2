/// The file a record was read from and the layout recognised in it.
public struct SourceReference: Sendable, Equatable, Codable {
  /// The path as given on the command line, or `seeds/NAME` for a bundled seed.
  public var path: String
  /// The recognised layout.
  public var format: Layout

  /// Creates a reference.
  public init(path: String, format: Layout) {
    self.path = path
    self.format = format
  }
}
