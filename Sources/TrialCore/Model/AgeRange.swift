/// Eligible ages in whole years; either end may be open.
public struct AgeRange: Sendable, Equatable, Codable {
  /// Minimum age in years.
  public var min: Int?
  /// Maximum age in years.
  public var max: Int?

  /// Creates a range.
  public init(min: Int? = nil, max: Int? = nil) {
    self.min = min
    self.max = max
  }

  /// True when neither end is known.
  public var isEmpty: Bool { min == nil && max == nil }

  enum CodingKeys: String, CodingKey { case min, max }

  /// Encodes open ends as `null`.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(min, forKey: .min)
    try c.encode(max, forKey: .max)
  }
}
