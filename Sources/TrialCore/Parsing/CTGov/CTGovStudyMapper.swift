import Foundation

/// Turns a decoded API v2 study into a record. Text fields lose their CommonMark escapes
/// (`\<`, `\*`, `10\^6`); absent fields stay absent.
enum CTGovStudyMapper {
  /// At `.index` depth, criteria, outcomes and contacts are left for the full read.
  static func trial(_ study: CTGovStudy, source: String, depth: ReadDepth = .full) -> Trial {
    let p = study.protocolSection
    let identification = p?.identificationModule
    let stem = SourceName.stem(of: source)
    let nct = identification?.nctId.flatMap(Prose.value)
    let title = text(identification?.briefTitle) ?? text(identification?.officialTitle) ?? nct ?? stem
    var trial = Trial(id: nct ?? stem, title: title, source: SourceReference(path: source, format: .ctgovJSON))
    trial.registryIds =
      ([nct] + [identification?.orgStudyIdInfo?.id] + (identification?.secondaryIdInfos ?? []).map(\.id))
      .compactMap { $0.flatMap(Prose.value) }.uniqued()
    trial.officialTitle = text(identification?.officialTitle)
    trial.sponsor = text(p?.sponsorCollaboratorsModule?.leadSponsor)
    trial.status = p?.statusModule?.overallStatus.flatMap(TrialStatus.init(registryText:))
    trial.lastUpdated = RegistryDate.iso(p?.statusModule?.lastUpdatePostDate)
    if depth == .full {
      trial.summary = text(p?.descriptionModule?.briefSummary, keepLines: true)
      trial.detailedDescription = text(p?.descriptionModule?.detailedDescription, keepLines: true)
    } else {
      // The index only splits these into words and looks for cell names: no need to tidy them.
      trial.summary = p?.descriptionModule?.briefSummary
      trial.detailedDescription = p?.descriptionModule?.detailedDescription
    }
    trial.conditions = (p?.conditionsModule?.conditions ?? []).compactMap { text($0) }
    readDesign(p?.designModule, into: &trial)
    readArms(p?.armsInterventionsModule, into: &trial)
    let eligibility = p?.eligibilityModule
    if depth == .full {
      readOutcomes(p?.outcomesModule, into: &trial)
      trial.eligibility = RegistryVocabulary.criteria(eligibility?.eligibilityCriteria)
    }
    trial.sex = eligibility?.sex.flatMap(Sex.init(registryText:))
    trial.ages = AgeRange(
      min: RegistryVocabulary.years(eligibility?.minimumAge), max: RegistryVocabulary.years(eligibility?.maximumAge))
    trial.healthyVolunteers = eligibility?.healthyVolunteers
    readPeople(p?.contactsLocationsModule, into: &trial, contacts: depth == .full)
    if nct == nil { trial.warnings.append("the study has no NCT id") }
    return trial
  }

  private static func text(_ value: String?, keepLines: Bool = false) -> String? {
    guard let value else { return nil }
    let unescaped = Prose.unescapeMarkdown(value)
    if keepLines {
      return Prose.value(unescaped) == nil ? nil : Prose.trim(unescaped)
    }
    return Prose.value(unescaped)
  }

  private static func readDesign(_ design: CTGovStudy.Design?, into trial: inout Trial) {
    trial.studyType = design?.studyType.flatMap(StudyType.init(registryText:))
    trial.phases = RegistryVocabulary.phases(design?.phases ?? [])
    let info = design?.designInfo
    trial.design = StudyDesign(
      allocation: info?.allocation.flatMap(StudyDesign.allocation(from:)),
      model: info?.interventionModel.flatMap(StudyDesign.model(from:)),
      masking: info?.masking.flatMap(StudyDesign.masking(from:)),
      purpose: info?.primaryPurpose.flatMap(StudyDesign.purpose(from:))
    )
    if let count = design?.enrollmentCount {
      trial.enrollment = Enrollment(count: count, type: RegistryVocabulary.enrollmentType(design?.enrollmentType))
    }
  }

  /// Arms list their interventions by "Type: name"; interventions list their arms by label.
  /// Both directions are joined so each arm names every intervention it receives.
  private static func readArms(_ module: CTGovStudy.ArmsInterventions?, into trial: inout Trial) {
    let entries = module?.interventions ?? []
    trial.interventions = entries.compactMap { entry in
      guard let name = text(entry.name) else { return nil }
      return Intervention(
        type: RegistryVocabulary.interventionType(entry.type), name: name, description: text(entry.description))
    }
    trial.arms = (module?.armGroups ?? []).compactMap { group in
      guard let label = text(group.label) else { return nil }
      var names = (group.interventionNames ?? []).map {
        RegistryVocabulary.bareInterventionName(Prose.unescapeMarkdown($0))
      }
      for entry in entries where (entry.armGroupLabels ?? []).contains(group.label ?? "") {
        if let name = text(entry.name), !names.contains(name) { names.append(name) }
      }
      return Arm(
        label: label, type: group.type.flatMap(Arm.type(from:)), description: text(group.description),
        interventions: names)
    }
  }

  private static func readOutcomes(_ module: CTGovStudy.OutcomesModule?, into trial: inout Trial) {
    func outcome(_ entry: CTGovStudy.OutcomeEntry) -> Outcome? {
      guard let measure = text(entry.measure) else { return nil }
      return Outcome(measure: measure, timeFrame: text(entry.timeFrame), description: text(entry.description))
    }
    trial.outcomes = Outcomes(
      primary: (module?.primaryOutcomes ?? []).compactMap(outcome),
      secondary: (module?.secondaryOutcomes ?? []).compactMap(outcome)
    )
  }

  private static func readPeople(_ module: CTGovStudy.ContactsLocations?, into trial: inout Trial, contacts: Bool) {
    for person in contacts ? module?.centralContacts ?? [] : [] {
      guard let name = text(person.name) else { continue }
      trial.contacts.append(
        Contact(
          name: name, role: RegistryVocabulary.role(person.role) ?? "Contact", phone: text(person.phone),
          email: text(person.email)))
    }
    for person in contacts ? module?.overallOfficials ?? [] : [] {
      guard let name = text(person.name) else { continue }
      trial.contacts.append(Contact(name: name, role: RegistryVocabulary.role(person.role)))
    }
    var seen = Set<Site>()
    for location in module?.locations ?? [] {
      let site = Site(
        facility: text(location.facility), city: text(location.city), region: text(location.state),
        country: text(location.country))
      if seen.insert(site).inserted { trial.locations.append(site) }
    }
  }
}
