/// Tests index positions against facet filters, with the filter values turned into masks and
/// codes once per search.
struct FilterMatcher {
  private let routeMask: UInt8?
  private let cellMask: UInt16?
  private let phaseMask: UInt8?
  private let statuses: Set<UInt8>?
  private let origins: Set<UInt8>?
  private let types: Set<UInt8>?
  private let sexes: Set<UInt8>?
  private let countries: Set<UInt16>?
  private let topicOnly: Bool
  private let columns: IndexColumns
  /// True when nothing is filtered.
  let isEmpty: Bool

  init(filters: [Facet: Set<String>], columns: IndexColumns) {
    self.columns = columns
    func mask<T: RawRepresentable & Equatable>(_ facet: Facet, _ all: [T]) -> UInt? where T.RawValue == String {
      guard let values = filters[facet] else { return nil }
      return IndexColumns.wideMask(all.filter { values.contains($0.rawValue) }, in: all)
    }
    func codes<T: RawRepresentable & Equatable>(_ facet: Facet, _ all: [T]) -> Set<UInt8>? where T.RawValue == String {
      guard let values = filters[facet] else { return nil }
      return Set(all.filter { values.contains($0.rawValue) }.map { IndexColumns.code($0, in: all) })
    }
    routeMask = mask(.route, Route.allCases).map { UInt8(truncatingIfNeeded: $0) }
    cellMask = mask(.cellSource, CellSource.allCases).map { UInt16(truncatingIfNeeded: $0) }
    phaseMask = mask(.phase, Phase.allCases).map { UInt8(truncatingIfNeeded: $0) }
    statuses = codes(.status, TrialStatus.allCases)
    origins = codes(.origin, CellOrigin.allCases)
    types = codes(.studyType, StudyType.allCases)
    sexes = codes(.sex, Sex.allCases)
    countries = filters[.country].map { wanted in
      Set(wanted.compactMap { columns.countryLookup[$0] })
    }
    topicOnly = filters[.topic]?.contains("stem-cell-liver") == true
    isEmpty = filters.isEmpty
  }

  func accepts(_ i: Int) -> Bool {
    if isEmpty { return true }
    if topicOnly && !columns.topic[i] { return false }
    if let routeMask, columns.routeMask[i] & routeMask == 0 { return false }
    if let cellMask, columns.cellMask[i] & cellMask == 0 { return false }
    if let phaseMask, columns.phaseMask[i] & phaseMask == 0 { return false }
    if let statuses, !statuses.contains(columns.status[i]) { return false }
    if let origins, !origins.contains(columns.origin[i]) { return false }
    if let types, !types.contains(columns.studyType[i]) { return false }
    if let sexes, !sexes.contains(columns.sex[i]) { return false }
    if let countries, !columns.countries(of: i).contains(where: countries.contains) { return false }
    return true
  }
}
