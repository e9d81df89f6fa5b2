/// Makes one record per trial from the records of its sources (a MedPath page, a Veeva page,
/// the registry's JSON, its retired XML …).
///
/// The rule for the value shown: registry data (API JSON, then XML) over mirror pages; among
/// equals, the newer registry update; then the order of loading. Fields the chosen source leaves
/// empty are filled from the others in the same order. Where sources state different values for
/// phases, status, enrollment, sponsor, study type, allocation, arms or routes, each value is
/// kept with its source in `conflicts` (for phases and status, "not stated" counts as a value:
/// a page that shows no phase beside a registry phase is worth seeing).
public enum TrialMerger {
  /// One record per registry id, in order of first appearance.
  public static func merge(_ trials: [Trial]) -> [Trial] {
    var order: [String] = []
    var groups: [String: [Trial]] = [:]
    for trial in trials {
      let key = trial.id.hasPrefix("NCT") ? trial.id : "\(trial.id)\u{0}\(trial.source.path)"
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(trial)
    }
    return order.compactMap { key in groups[key].map(merged) }
  }

  /// Sources best first.
  static func ranked(_ records: [Trial]) -> [Trial] {
    records.enumerated().sorted { a, b in
      let ra = rank(a.element.source.format)
      let rb = rank(b.element.source.format)
      if ra != rb { return ra > rb }
      let da = a.element.lastUpdated ?? ""
      let db = b.element.lastUpdated ?? ""
      if da != db { return da > db }
      return a.offset < b.offset
    }.map(\.element)
  }

  private static func rank(_ layout: Layout) -> Int {
    switch layout {
    case .ctgovJSON: 3
    case .ctgovXML: 2
    case .fallback: 0
    default: 1
    }
  }

  static func merged(_ records: [Trial]) -> Trial {
    guard records.count > 1 else { return records[0] }
    let sources = ranked(records)
    var result = sources[0]
    for other in sources.dropFirst() { fill(&result, from: other) }
    result.sources = sources.flatMap(\.sources).uniqued()
    result.registryIds = sources.flatMap(\.registryIds).uniqued()
    result.conflicts = conflicts(sources)
    if !result.conflicts.isEmpty {
      result.warnings.append("sources disagree on " + result.conflicts.map(\.field).joined(separator: ", "))
    }
    return result
  }

  private static func fill(_ result: inout Trial, from other: Trial) {
    result.officialTitle = result.officialTitle ?? other.officialTitle
    result.sponsor = result.sponsor ?? other.sponsor
    result.status = result.status ?? other.status
    if result.phases.isEmpty { result.phases = other.phases }
    result.studyType = result.studyType ?? other.studyType
    result.design.allocation = result.design.allocation ?? other.design.allocation
    result.design.model = result.design.model ?? other.design.model
    result.design.masking = result.design.masking ?? other.design.masking
    result.design.purpose = result.design.purpose ?? other.design.purpose
    if result.conditions.isEmpty { result.conditions = other.conditions }
    if result.interventions.isEmpty { result.interventions = other.interventions }
    if result.cellSources.isEmpty { result.cellSources = other.cellSources }
    result.origin = result.origin ?? other.origin
    if result.routes.isEmpty { result.routes = other.routes }
    if result.doses.isEmpty { result.doses = other.doses }
    result.enrollment = result.enrollment ?? other.enrollment
    result.sex = result.sex ?? other.sex
    result.ages.min = result.ages.min ?? other.ages.min
    result.ages.max = result.ages.max ?? other.ages.max
    result.healthyVolunteers = result.healthyVolunteers ?? other.healthyVolunteers
    if result.eligibility.inclusion.isEmpty && result.eligibility.exclusion.isEmpty {
      result.eligibility = other.eligibility
    }
    if result.arms.isEmpty { result.arms = other.arms }
    if result.outcomes.primary.isEmpty && result.outcomes.secondary.isEmpty { result.outcomes = other.outcomes }
    if result.locations.isEmpty { result.locations = other.locations }
    if result.contacts.isEmpty { result.contacts = other.contacts }
    if result.related.isEmpty { result.related = other.related }
    result.summary = result.summary ?? other.summary
    result.detailedDescription = result.detailedDescription ?? other.detailedDescription
    for item in other.evidence where !result.evidence.contains(item) {
      if result.evidence.contains(where: { $0.field == item.field && $0.value == item.value }) { continue }
      result.evidence.append(item)
    }
  }

  /// Fields whose stated values differ between sources, each source's value listed.
  static func conflicts(_ sources: [Trial]) -> [Conflict] {
    let fields: [(String, Bool, (Trial) -> String?)] = [
      ("phases", true, { $0.phases.isEmpty ? nil : $0.phases.map(\.rawValue).joined(separator: ", ") }),
      ("status", true, { $0.status?.rawValue }),
      ("enrollment", false, { $0.enrollment.map { "\($0.count)" } }),
      ("sponsor", false, { $0.sponsor }),
      ("studyType", false, { $0.studyType?.rawValue }),
      ("allocation", false, { $0.design.allocation }),
      (
        "arms", false,
        { $0.arms.isEmpty ? nil : "\($0.arms.count): " + $0.arms.map(\.label).sorted().joined(separator: "; ") }
      ),
      ("routes", false, { $0.routes.isEmpty ? nil : $0.routes.map(\.rawValue).joined(separator: ", ") }),
    ]
    var found: [Conflict] = []
    for (field, absentCounts, value) in fields {
      let values = sources.map { value($0) }
      let stated = values.compactMap { $0 }
      let distinct = Set((absentCounts ? values.map { $0 ?? "not stated" } : stated).map { $0.lowercased() })
      guard distinct.count > 1 else { continue }
      let chosen = values.first { $0 != nil } ?? nil
      var entries: [Conflict.Value] = []
      var chosenMarked = false
      for (trial, text) in zip(sources, values) where text != nil || absentCounts {
        let isChosen = !chosenMarked && text == chosen
        if isChosen { chosenMarked = true }
        entries.append(
          Conflict.Value(
            value: text ?? "not stated", source: trial.source.path, format: trial.source.format, chosen: isChosen))
      }
      found.append(Conflict(field: field, values: entries))
    }
    return found
  }
}
