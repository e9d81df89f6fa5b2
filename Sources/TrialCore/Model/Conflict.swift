/// A field on which the sources of one trial disagree.
public struct Conflict: Sendable, Equatable, Codable {
  /// One source's value.
  public struct Value: Sendable, Equatable, Codable {
    /// The value as text ("phase1, phase2", "120 (estimated)", "not stated").
    public var value: String
    /// The source's path.
    public var source: String
    /// The source's layout.
    public var format: Layout
    /// Whether the record shows this value.
    public var chosen: Bool

    /// Creates a value.
    public init(value: String, source: String, format: Layout, chosen: Bool) {
      self.value = value
      self.source = source
      self.format = format
      self.chosen = chosen
    }
  }

  /// The JSON key of the field (`phases`, `enrollment`, `status`, `sponsor`, `arms`, …).
  public var field: String
  /// Every source's value, the chosen one marked.
  public var values: [Value]

  /// Creates a conflict.
  public init(field: String, values: [Value]) {
    self.field = field
    self.values = values
  }
}
