/// A trial that a page lists beside the one it describes.
public struct RelatedTrial: Sendable, Equatable, Codable {
  /// The related trial's NCT id.
  public var id: String
  /// Its title, when the row shows one.
  public var title: String?
  /// Its status, when the row shows one.
  public var status: TrialStatus?
  /// Its phases.
  public var phases: [Phase]

  /// Creates a related trial.
  public init(id: String, title: String? = nil, status: TrialStatus? = nil, phases: [Phase] = []) {
    self.id = id
    self.title = title
    self.status = status
    self.phases = phases
  }

  enum CodingKeys: String, CodingKey { case id, title, status, phases }

  /// Encodes absent fields as `null`.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(title, forKey: .title)
    try c.encode(status, forKey: .status)
    try c.encode(phases, forKey: .phases)
  }
}
