/// The JSON contract: every key always present, absent facts as `null` or `[]`.
extension Trial: Codable {
  enum CodingKeys: String, CodingKey {
    case id, registryIds, title, officialTitle, source, sponsor, status, phases, studyType, design
    case conditions, interventions, cellSources, origin, routes, doses, enrollment, sex, ages
    case healthyVolunteers, eligibility, arms, outcomes, locations, contacts, related, warnings
    case summary, detailedDescription, evidence, sources, conflicts, lastUpdated
  }

  /// Encodes in the contract's key order, with explicit nulls.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(registryIds, forKey: .registryIds)
    try c.encode(title, forKey: .title)
    try c.encode(officialTitle, forKey: .officialTitle)
    try c.encode(source, forKey: .source)
    try c.encode(sponsor, forKey: .sponsor)
    try c.encode(status, forKey: .status)
    try c.encode(phases, forKey: .phases)
    try c.encode(studyType, forKey: .studyType)
    try c.encode(design, forKey: .design)
    try c.encode(conditions, forKey: .conditions)
    try c.encode(interventions, forKey: .interventions)
    try c.encode(cellSources, forKey: .cellSources)
    try c.encode(origin, forKey: .origin)
    try c.encode(routes, forKey: .routes)
    try c.encode(doses, forKey: .doses)
    try c.encode(enrollment, forKey: .enrollment)
    try c.encode(sex, forKey: .sex)
    try c.encode(ages, forKey: .ages)
    try c.encode(healthyVolunteers, forKey: .healthyVolunteers)
    try c.encode(eligibility, forKey: .eligibility)
    try c.encode(arms, forKey: .arms)
    try c.encode(outcomes, forKey: .outcomes)
    try c.encode(locations, forKey: .locations)
    try c.encode(contacts, forKey: .contacts)
    try c.encode(related, forKey: .related)
    try c.encode(warnings, forKey: .warnings)
    try c.encode(summary, forKey: .summary)
    try c.encode(detailedDescription, forKey: .detailedDescription)
    try c.encode(evidence, forKey: .evidence)
    try c.encode(sources, forKey: .sources)
    try c.encode(conflicts, forKey: .conflicts)
    try c.encode(lastUpdated, forKey: .lastUpdated)
  }

  /// Decodes a record that `encode(to:)` wrote; keys added later default to empty.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      id: try c.decode(String.self, forKey: .id),
      title: try c.decode(String.self, forKey: .title),
      source: try c.decode(SourceReference.self, forKey: .source)
    )
    registryIds = try c.decodeIfPresent([String].self, forKey: .registryIds) ?? []
    officialTitle = try c.decodeIfPresent(String.self, forKey: .officialTitle)
    sponsor = try c.decodeIfPresent(String.self, forKey: .sponsor)
    status = try c.decodeIfPresent(TrialStatus.self, forKey: .status)
    phases = try c.decodeIfPresent([Phase].self, forKey: .phases) ?? []
    studyType = try c.decodeIfPresent(StudyType.self, forKey: .studyType)
    design = try c.decodeIfPresent(StudyDesign.self, forKey: .design) ?? StudyDesign()
    conditions = try c.decodeIfPresent([String].self, forKey: .conditions) ?? []
    interventions = try c.decodeIfPresent([Intervention].self, forKey: .interventions) ?? []
    cellSources = try c.decodeIfPresent([CellSource].self, forKey: .cellSources) ?? []
    origin = try c.decodeIfPresent(CellOrigin.self, forKey: .origin)
    routes = try c.decodeIfPresent([Route].self, forKey: .routes) ?? []
    doses = try c.decodeIfPresent([Dose].self, forKey: .doses) ?? []
    enrollment = try c.decodeIfPresent(Enrollment.self, forKey: .enrollment)
    sex = try c.decodeIfPresent(Sex.self, forKey: .sex)
    ages = try c.decodeIfPresent(AgeRange.self, forKey: .ages) ?? AgeRange()
    healthyVolunteers = try c.decodeIfPresent(Bool.self, forKey: .healthyVolunteers)
    eligibility = try c.decodeIfPresent(Eligibility.self, forKey: .eligibility) ?? Eligibility()
    arms = try c.decodeIfPresent([Arm].self, forKey: .arms) ?? []
    outcomes = try c.decodeIfPresent(Outcomes.self, forKey: .outcomes) ?? Outcomes()
    locations = try c.decodeIfPresent([Site].self, forKey: .locations) ?? []
    contacts = try c.decodeIfPresent([Contact].self, forKey: .contacts) ?? []
    related = try c.decodeIfPresent([RelatedTrial].self, forKey: .related) ?? []
    warnings = try c.decodeIfPresent([String].self, forKey: .warnings) ?? []
    summary = try c.decodeIfPresent(String.self, forKey: .summary)
    detailedDescription = try c.decodeIfPresent(String.self, forKey: .detailedDescription)
    evidence = try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
    sources = try c.decodeIfPresent([SourceReference].self, forKey: .sources) ?? [source]
    conflicts = try c.decodeIfPresent([Conflict].self, forKey: .conflicts) ?? []
    lastUpdated = try c.decodeIfPresent(String.self, forKey: .lastUpdated)
  }
}
