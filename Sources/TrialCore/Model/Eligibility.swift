/// Inclusion and exclusion criteria, one criterion per element.
public struct Eligibility: Sendable, Equatable, Codable {
  /// Who may take part.
  public var inclusion: [String]
  /// Who may not.
  public var exclusion: [String]

  /// Creates criteria lists.
  public init(inclusion: [String] = [], exclusion: [String] = []) {
    self.inclusion = inclusion
    self.exclusion = exclusion
  }
}
