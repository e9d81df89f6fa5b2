import Foundation

/// Reads MedPath trial pages saved as text, with or without "- " before every label.
public struct MedPathParser: LayoutParser {
  public static let layout = Layout.medpath

  /// Label (lowercased, as written) → field key.
  static let labels: [String: String] = [
    "conditions": "conditions", "condition": "conditions",
    "interventions": "interventions", "intervention": "interventions",
    "registration number": "registration", "registration numbers": "registration",
    "lead sponsor": "sponsor", "sponsor": "sponsor", "collaborators": "collaborators",
    "brief summary": "summary", "detailed description": "description",
    "recruitment & eligibility": "heading", "study & design": "heading",
    "trial locations": "heading", "official title": "officialTitle", "phase": "phase",
    "status": "status", "sex": "sex", "gender": "sex", "target recruitment": "enrollment",
    "enrollment": "enrollment", "age": "ages", "ages": "ages", "healthy volunteers": "volunteers",
    "inclusion criteria": "inclusion", "exclusion criteria": "exclusion",
    "study type": "studyType", "study design": "studyDesign", "allocation": "allocation",
    "masking": "masking", "primary purpose": "purpose", "intervention model": "studyDesign",
    "arm && interventions": "arms", "arm & interventions": "arms", "arms & interventions": "arms",
    "primary outcome measures": "primary", "secondary outcome measures": "secondary",
    "start date": "ignored", "completion date": "ignored", "study start date": "ignored",
  ]

  public init() {}

  public static func sniff(_ text: Substring) -> Double {
    SniffScore.score(
      text,
      markers: [
        "Registration Number", "Lead Sponsor", "Recruitment & Eligibility", "Study & Design",
        "Target Recruitment", "Arm && Interventions", "Trial Locations", "Brief Summary",
      ],
      strong: ["MedPath"]
    )
  }

  public func parse(_ text: String, source: String) throws(ParseError) -> Trial {
    var trial = emptyTrial(source: source)
    let body = Self.bodyLines(text)
    let doc = LabeledSections(lines: body) { label in
      Self.labels[label.lowercased()]
        ?? (label.range(of: #"^Locations? \(\d+\)$"#, options: .regularExpression) != nil ? "locations" : nil)
    }
    readPreamble(doc.preamble.content, into: &trial)
    readIdentity(doc, into: &trial)
    readRecruitment(doc, into: &trial)
    readDesign(doc, into: &trial)
    readOutcomes(doc, into: &trial)
    readLocations(doc, into: &trial)
    trial.warnings += EmptyLabels.warnings(doc, headings: ["heading", "ignored"])
    return trial
  }

  /// The page without the site's own header and footer lines.
  static func bodyLines(_ text: String) -> [String] {
    var lines = TextLines.split(text)
    if let first = lines.firstIndex(where: { !$0.isEmpty }), lines[first] == "MedPath" { lines[first] = "" }
    // The footer starts at the site's name (or its slogan) after the body.
    if let footer = lines.firstIndex(where: { $0 == "MedPath" || $0.hasPrefix("Empowering clinical research") }),
      lines[..<footer].contains(where: { !$0.isEmpty })
    {
      lines.removeSubrange(footer...)
    }
    // The variant that puts "- " before every label also puts it before single values.
    let nonBlank = lines.filter { !$0.isEmpty }
    if nonBlank.filter({ $0.hasPrefix("- ") }).count * 4 >= nonBlank.count {
      lines = lines.map { $0.hasPrefix("- ") && LabeledSections.bareLabel($0) != "" ? String($0.dropFirst(2)) : $0 }
    }
    return lines
  }

  private func readPreamble(_ lines: [String], into trial: inout Trial) {
    var rest = lines[...]
    if let title = rest.first.flatMap(Prose.value) {
      trial.title = Prose.unescapeMarkdown(title)
      rest = rest.dropFirst()
    }
    for line in rest where trial.phases.isEmpty {
      trial.phases = Phase.parseList(line)
    }
  }

  private func readIdentity(_ doc: LabeledSections, into trial: inout Trial) {
    trial.conditions = doc.content("conditions").flatMap { Prose.splitGluedItems(Prose.unescapeMarkdown($0)) }
    trial.interventions = InterventionList.parse(doc.content("interventions"))
    let ids = RegistryIds.find(in: doc.content("registration").joined(separator: "\n"))
    trial.registryIds = ids.all
    if let nct = ids.nct { trial.id = nct }
    trial.sponsor = doc.content("sponsor").first.flatMap(Prose.value)
    trial.summary = doc.first("summary").flatMap { Prose.paragraphs($0.lines) }.map(Prose.unescapeMarkdown)
    trial.detailedDescription = doc.first("description").flatMap { Prose.paragraphs($0.lines) }
      .map(Prose.unescapeMarkdown)
    if let official = doc.content("officialTitle").first.flatMap(Prose.value) { trial.officialTitle = official }
    if trial.phases.isEmpty { trial.phases = Phase.parseList(doc.content("phase").joined(separator: " ")) }
  }

  private func readRecruitment(_ doc: LabeledSections, into trial: inout Trial) {
    trial.status = doc.content("status").first.flatMap(TrialStatus.init(registryText:))
    trial.sex = doc.content("sex").first.flatMap(Sex.init(registryText:))
    if let count = doc.content("enrollment").first.flatMap(EnrollmentText.count) {
      // "Target Recruitment" is a planned figure by its name.
      let label = doc.first("enrollment")?.label.lowercased() ?? ""
      trial.enrollment = Enrollment(
        count: count, type: label.hasPrefix("target") ? "estimated" : EnrollmentText.type(doc.content("enrollment")[0]))
    }
    if let ages = doc.content("ages").first { trial.ages = AgeExtractor.fromField(ages) }
    if let volunteers = doc.content("volunteers").first {
      trial.healthyVolunteers = HealthyVolunteers.parse(volunteers)
    }
    trial.eligibility = Eligibility(
      inclusion: CriteriaSplitter.split(doc.content("inclusion")),
      exclusion: CriteriaSplitter.split(doc.content("exclusion"))
    )
  }

  private func readDesign(_ doc: LabeledSections, into trial: inout Trial) {
    trial.studyType = doc.content("studyType").first.flatMap(StudyType.init(registryText:))
    for line in doc.content("studyDesign") + doc.content("allocation") {
      trial.design.model = trial.design.model ?? StudyDesign.model(from: line)
      trial.design.allocation = trial.design.allocation ?? StudyDesign.allocation(from: line)
    }
    trial.design.masking = doc.content("masking").first.flatMap(StudyDesign.masking(from:))
    trial.design.purpose = doc.content("purpose").first.flatMap(StudyDesign.purpose(from:))
    let table = MedPathArmTable(
      text: doc.content("arms").joined(separator: " "),
      interventions: trial.interventions,
      singleGroup: trial.design.model == "single-group"
    )
    trial.arms = table.arms
    trial.warnings += table.warnings
  }

  private func readOutcomes(_ doc: LabeledSections, into trial: inout Trial) {
    trial.outcomes = Outcomes(
      primary: OutcomeRows.parse(doc.content("primary")),
      secondary: OutcomeRows.parse(doc.content("secondary"))
    )
  }

  private func readLocations(_ doc: LabeledSections, into trial: inout Trial) {
    guard let section = doc.first("locations") else { return }
    let list = SiteList.parse(section.content)
    trial.locations = list.sites
    trial.contacts = list.contacts
    if let stated = Int(section.label.filter(\.isNumber)), stated != list.sites.count {
      trial.warnings.append("the page says \(stated) location(s) but lists \(list.sites.count)")
    }
  }
}
