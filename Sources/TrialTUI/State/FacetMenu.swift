import TrialCore

/// The menu `f` opens: values of status, phase, cell source, origin and country with counts over
/// the current list; Enter or Space toggles a value as a filter.
public struct FacetMenu: Sendable, Equatable {
  /// The facets the menu offers, in order.
  public static let facets: [Facet] = [.status, .phase, .cellSource, .origin, .country]

  /// One value in the menu.
  public struct Item: Sendable, Equatable {
    /// The facet.
    public var facet: Facet
    /// The value in the query vocabulary (countries folded).
    public var value: String
    /// Words for people.
    public var label: String
    /// Trials in the current list with this value.
    public var count: Int
    /// Whether the value is a filter now.
    public var isActive: Bool
  }

  /// The highlighted item.
  public var selection = 0

  /// Creates a menu with the first item highlighted.
  public init() {}

  /// The items, facet by facet: every value counted in `counts`, and active values the current
  /// list no longer shows (count 0) so that they can be switched off.
  public static func items(counts: FacetCounts, active: [Facet: Set<String>]) -> [Item] {
    var items: [Item] = []
    for facet in facets {
      let on = active[facet] ?? []
      var seen = Set<String>()
      for (value, count) in counts[facet] {
        let key = facet == .country ? TextFolding.fold(value) : value
        seen.insert(key)
        items.append(
          Item(facet: facet, value: key, label: label(value, facet), count: count, isActive: on.contains(key)))
      }
      for value in on.sorted() where !seen.contains(value) {
        items.append(Item(facet: facet, value: value, label: label(value, facet), count: 0, isActive: true))
      }
    }
    return items
  }

  /// A value in words: "not yet recruiting", "phase 2", "umbilical cord MSC".
  static func label(_ value: String, _ facet: Facet) -> String {
    switch facet {
    case .cellSource: return CellSource(rawValue: value)?.displayName ?? value
    case .phase:
      if value == Phase.earlyPhase1.rawValue { return "early phase 1" }
      return value.replacingOccurrences(of: "phase", with: "phase ").replacingOccurrences(of: "-", with: " ")
    default: return value.replacingOccurrences(of: "-", with: " ")
    }
  }
}
