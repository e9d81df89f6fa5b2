/// A dimension the list can be narrowed by, with counts.
public enum Facet: String, Sendable, CaseIterable, Hashable {
  case route
  case cellSource = "cell"
  case origin
  case status
  case phase
  case studyType = "type"
  case country
  case sex
  case topic

  /// Words for people.
  public var displayName: String {
    switch self {
    case .route: "route"
    case .cellSource: "cell source"
    case .origin: "origin"
    case .status: "status"
    case .phase: "phase"
    case .studyType: "study type"
    case .country: "country"
    case .sex: "sex"
    case .topic: "topic"
    }
  }
}
