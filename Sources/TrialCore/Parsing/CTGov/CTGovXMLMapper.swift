/// Turns a `<clinical_study>` element tree into a record.
enum CTGovXMLMapper {
  static func trial(_ study: XMLElementTree, source: String) -> Trial {
    let stem = SourceName.stem(of: source)
    let nct = study.value("id_info/nct_id")
    let title = study.value("brief_title") ?? study.value("official_title") ?? nct ?? stem
    var trial = Trial(id: nct ?? stem, title: title, source: SourceReference(path: source, format: .ctgovXML))
    let idInfo = study.child("id_info")
    trial.registryIds =
      ([nct, study.value("id_info/org_study_id")] + (idInfo?.all("secondary_id") ?? []).map { Prose.value($0.text) })
      .compactMap { $0 }.uniqued()
    trial.officialTitle = study.value("official_title")
    trial.sponsor = study.value("sponsors/lead_sponsor/agency")
    trial.status = study.value("overall_status").flatMap(TrialStatus.init(registryText:))
    trial.lastUpdated = RegistryDate.iso(study.value("last_update_posted"))
    trial.phases = study.value("phase").map { RegistryVocabulary.phases([$0]) } ?? []
    trial.studyType = study.value("study_type").flatMap(StudyType.init(registryText:))
    trial.design = StudyDesign(
      allocation: study.value("study_design_info/allocation").flatMap(StudyDesign.allocation(from:)),
      model: study.value("study_design_info/intervention_model").flatMap(StudyDesign.model(from:)),
      masking: study.value("study_design_info/masking").flatMap(StudyDesign.masking(from:)),
      purpose: study.value("study_design_info/primary_purpose").flatMap(StudyDesign.purpose(from:))
    )
    if let count = study.value("enrollment").flatMap(Int.init) {
      trial.enrollment = Enrollment(
        count: count, type: RegistryVocabulary.enrollmentType(study.child("enrollment")?.attributes["type"]))
    }
    trial.conditions = study.all("condition").compactMap { Prose.value($0.text) }
    trial.summary = study.block("brief_summary")
    trial.detailedDescription = study.block("detailed_description")
    readArms(study, into: &trial)
    trial.outcomes = Outcomes(
      primary: outcomes(study.all("primary_outcome")), secondary: outcomes(study.all("secondary_outcome")))
    let eligibility = study.child("eligibility")
    trial.eligibility = RegistryVocabulary.criteria(
      eligibility?.child("criteria")?.child("textblock")?.text, hardWrapped: true)
    trial.sex = eligibility?.value("gender").flatMap(Sex.init(registryText:))
    trial.ages = AgeRange(
      min: RegistryVocabulary.years(eligibility?.value("minimum_age")),
      max: RegistryVocabulary.years(eligibility?.value("maximum_age"))
    )
    trial.healthyVolunteers = eligibility?.value("healthy_volunteers").flatMap(HealthyVolunteers.parse)
    readPeople(study, into: &trial)
    return trial
  }

  private static func readArms(_ study: XMLElementTree, into trial: inout Trial) {
    let entries = study.all("intervention")
    trial.interventions = entries.compactMap { entry in
      guard let name = entry.value("intervention_name") else { return nil }
      return Intervention(
        type: RegistryVocabulary.interventionType(entry.value("intervention_type")), name: name,
        description: entry.value("description"))
    }
    trial.arms = study.all("arm_group").compactMap { group in
      guard let label = group.value("arm_group_label") else { return nil }
      let names = entries.filter { entry in entry.all("arm_group_label").contains { Prose.value($0.text) == label } }
        .compactMap { $0.value("intervention_name") }
      return Arm(
        label: label, type: group.value("arm_group_type").flatMap(Arm.type(from:)),
        description: group.value("description"),
        interventions: names.uniqued())
    }
  }

  private static func outcomes(_ elements: [XMLElementTree]) -> [Outcome] {
    elements.compactMap { element in
      guard let measure = element.value("measure") else { return nil }
      return Outcome(
        measure: measure, timeFrame: element.value("time_frame"), description: element.value("description"))
    }
  }

  private static func readPeople(_ study: XMLElementTree, into trial: inout Trial) {
    for contact in study.all("overall_contact") + study.all("overall_contact_backup") {
      guard let name = contact.value("last_name") else { continue }
      trial.contacts.append(
        Contact(name: name, role: "Contact", phone: contact.value("phone"), email: contact.value("email")))
    }
    for official in study.all("overall_official") {
      guard let name = official.value("last_name") else { continue }
      let person = Contact(name: name, role: official.value("role"))
      if !trial.contacts.contains(person) { trial.contacts.append(person) }
    }
    for location in study.all("location") {
      let facility = location.child("facility")
      let site = Site(
        facility: facility?.value("name"), city: facility?.value("address/city"),
        region: facility?.value("address/state"),
        country: facility?.value("address/country"))
      if !trial.locations.contains(site) { trial.locations.append(site) }
    }
  }
}
