/// One arm (group) of a trial.
public struct Arm: Sendable, Equatable, Codable {
  /// The arm's label as the registry gives it.
  public var label: String
  /// `experimental`, `active-comparator`, `placebo-comparator`, `sham-comparator`,
  /// `no-intervention`, `other`; null when not stated.
  public var type: String?
  /// The arm's description.
  public var description: String?
  /// Names of the interventions the arm receives.
  public var interventions: [String]
  /// Routes read from this arm's label, description and interventions.
  public var routes: [Route]

  /// Creates an arm.
  public init(
    label: String, type: String? = nil, description: String? = nil, interventions: [String] = [],
    routes: [Route] = []
  ) {
    self.label = label
    self.type = type
    self.description = description
    self.interventions = interventions
    self.routes = routes
  }

  enum CodingKeys: String, CodingKey { case label, type, description, interventions, routes }

  /// Encodes absent fields as `null`.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(label, forKey: .label)
    try c.encode(type, forKey: .type)
    try c.encode(description, forKey: .description)
    try c.encode(interventions, forKey: .interventions)
    try c.encode(routes, forKey: .routes)
  }

  /// Maps `Experimental`, `ACTIVE_COMPARATOR`, `Placebo Comparator`, … to the JSON vocabulary.
  public static func type(from text: String) -> String? {
    switch VocabularyKey.make(text) {
    case "experimental": "experimental"
    case "activecomparator": "active-comparator"
    case "placebocomparator": "placebo-comparator"
    case "shamcomparator": "sham-comparator"
    case "nointervention": "no-intervention"
    case "other": "other"
    default: nil
    }
  }
}
