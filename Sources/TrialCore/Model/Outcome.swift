/// One outcome measure.
public struct Outcome: Sendable, Equatable, Codable {
  /// What is measured.
  public var measure: String
  /// When it is measured.
  public var timeFrame: String?
  /// How it is measured.
  public var description: String?

  /// Creates an outcome.
  public init(measure: String, timeFrame: String? = nil, description: String? = nil) {
    self.measure = measure
    self.timeFrame = timeFrame
    self.description = description
  }

  enum CodingKeys: String, CodingKey { case measure, timeFrame, description }

  /// Encodes absent fields as `null`.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(measure, forKey: .measure)
    try c.encode(timeFrame, forKey: .timeFrame)
    try c.encode(description, forKey: .description)
  }
}
