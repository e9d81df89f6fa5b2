/// The trials a query matched, best first, and facet counts over them.
public struct SearchResult: Sendable, Equatable {
  /// Index positions of the matches, in display order.
  public var positions: [Int32]
  /// Counts per facet value over the matches.
  public var facets: FacetCounts
  /// Whether the default topic filter was applied (a registry-wide library).
  public var topicFiltered: Bool

  /// Creates a result.
  public init(positions: [Int32], facets: FacetCounts, topicFiltered: Bool) {
    self.positions = positions
    self.facets = facets
    self.topicFiltered = topicFiltered
  }
}
