/// Primary and secondary outcome measures.
public struct Outcomes: Sendable, Equatable, Codable {
  /// Primary outcome measures.
  public var primary: [Outcome]
  /// Secondary outcome measures.
  public var secondary: [Outcome]

  /// Creates outcome lists.
  public init(primary: [Outcome] = [], secondary: [Outcome] = []) {
    self.primary = primary
    self.secondary = secondary
  }
}
