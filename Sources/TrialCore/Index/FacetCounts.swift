/// How many trials of a result carry each value of each facet.
public struct FacetCounts: Sendable, Equatable {
  /// Facet → (value, count), values in their natural order, zero counts left out.
  public var values: [Facet: [(value: String, count: Int)]]

  /// Creates counts.
  public init(values: [Facet: [(value: String, count: Int)]] = [:]) {
    self.values = values
  }

  /// The counts of one facet.
  public subscript(facet: Facet) -> [(value: String, count: Int)] { values[facet] ?? [] }

  /// The count of one value of one facet.
  public func count(_ facet: Facet, _ value: String) -> Int {
    self[facet].first { $0.value == value }?.count ?? 0
  }

  public static func == (lhs: FacetCounts, rhs: FacetCounts) -> Bool {
    Facet.allCases.allSatisfy { facet in
      lhs[facet].map(\.value) == rhs[facet].map(\.value) && lhs[facet].map(\.count) == rhs[facet].map(\.count)
    }
  }
}
