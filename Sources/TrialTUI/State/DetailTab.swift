/// The tabs of the detail pane, in the order `1`–`6` select them.
public enum DetailTab: Int, Sendable, Equatable, CaseIterable {
  case overview = 1
  case eligibility, arms, outcomes, locations, related

  /// The name on the tab bar.
  public var title: String {
    switch self {
    case .overview: "Overview"
    case .eligibility: "Eligibility"
    case .arms: "Arms"
    case .outcomes: "Outcomes"
    case .locations: "Locations"
    case .related: "Related"
    }
  }

  /// The tab after this one, wrapping.
  public var next: DetailTab { DetailTab(rawValue: rawValue % 6 + 1) ?? .overview }

  /// The tab before this one, wrapping.
  public var previous: DetailTab { DetailTab(rawValue: (rawValue + 4) % 6 + 1) ?? .overview }
}
