/// How many participants the trial plans or enrolled.
public struct Enrollment: Sendable, Equatable, Codable {
  /// The number of participants.
  public var count: Int
  /// `estimated` or `actual`; null when the source does not say.
  public var type: String?

  /// Creates an enrollment.
  public init(count: Int, type: String?) {
    self.count = count
    self.type = type
  }

  enum CodingKeys: String, CodingKey { case count, type }

  /// Encodes an unstated type as `null`.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(count, forKey: .count)
    try c.encode(type, forKey: .type)
  }
}
