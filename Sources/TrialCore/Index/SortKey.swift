/// Orders for the list.
public enum SortKey: String, Sendable, CaseIterable {
  case relevance, id, phase, status, enrollment, title

  /// The next order when cycling (`s` in the browser); relevance only while searching.
  public func next(searching: Bool) -> SortKey {
    let order: [SortKey] = searching ? SortKey.allCases : [.id, .phase, .status, .enrollment, .title]
    let index = order.firstIndex(of: self) ?? -1
    return order[(index + 1) % order.count]
  }
}
