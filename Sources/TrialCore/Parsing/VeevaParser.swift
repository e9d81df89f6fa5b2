import Foundation

/// Reads ClinicalTrials.Veeva trial pages saved as text, including pages whose labels lost
/// their values.
public struct VeevaParser: LayoutParser {
  public static let layout = Layout.veeva

  static let labels: [String: String] = [
    "status and phase": "statusPhase", "status": "statusPhase", "phase": "statusPhase",
    "conditions": "conditions", "treatments": "treatments", "interventions": "treatments",
    "study type": "studyType", "funder types": "funder", "identifiers": "identifiers",
    "details and patient eligibility": "heading", "about": "summary", "full description": "description",
    "enrollment": "enrollment", "sex": "sex", "ages": "ages", "age": "ages", "volunteers": "volunteers",
    "inclusion criteria": "inclusion", "exclusion criteria": "exclusion", "trial design": "heading",
    "primary purpose": "purpose", "allocation": "allocation", "interventional model": "model",
    "masking": "masking", "trial contacts and locations": "locations", "central trial contact": "centralContact",
    "sponsor": "sponsor", "official title": "officialTitle", "loading...": "ignored",
  ]

  public init() {}

  public static func sniff(_ text: Substring) -> Double {
    SniffScore.score(
      text,
      markers: [
        "Status and phase", "Treatments", "Identifiers", "Volunteers", "Interventional model",
        "Trial contacts and locations", "Central trial contact", "Full description", "About",
        "Data sourced from clinicaltrials.gov",
      ],
      strong: ["ClinicalTrials.Veeva", "patient groups"]
    )
  }

  public func parse(_ text: String, source: String) throws(ParseError) -> Trial {
    var trial = emptyTrial(source: source)
    let doc = LabeledSections(lines: Self.bodyLines(text)) { label in
      if let key = Self.labels[label.lowercased()] { return key }
      return label.range(
        of: #"^\d[\d,]* participants? in \d+ (?:patient )?groups?$"#, options: [.regularExpression, .caseInsensitive])
        != nil
        ? "groups" : nil
    }
    readPreamble(doc.preamble.content, into: &trial)
    readOverview(doc, into: &trial)
    readEligibility(doc, into: &trial)
    readDesign(doc, into: &trial)
    readPeople(doc, into: &trial)
    trial.warnings += EmptyLabels.warnings(doc, headings: ["heading", "ignored", "groups"])
    return trial
  }

  /// The page without the site's header and footer.
  static func bodyLines(_ text: String) -> [String] {
    var lines = TextLines.split(text)
    if let footer = lines.firstIndex(where: { $0.lowercased().hasPrefix("data sourced from clinicaltrials.gov") }) {
      lines.removeSubrange(footer...)
    }
    let chrome: Set<String> = ["ClinicalTrials.Veeva", "Menu", "Loading..."]
    return lines.map { chrome.contains($0) ? "" : $0 }
  }

  /// Title first; then the sponsor, past the one-letter logo placeholder.
  private func readPreamble(_ lines: [String], into trial: inout Trial) {
    // Without a title the record keeps its file's name; the linter says so.
    guard let title = lines.first.flatMap(Prose.value) else { return }
    trial.title = Prose.unescapeMarkdown(title)
    trial.sponsor = lines.dropFirst().last { $0.count > 2 }.flatMap(Prose.value)
  }

  private func readOverview(_ doc: LabeledSections, into trial: inout Trial) {
    for line in doc.content("statusPhase") {
      if trial.status == nil, let status = TrialStatus(registryText: line) { trial.status = status }
      trial.phases = Array(Set(trial.phases + Phase.parseList(line))).sorted()
    }
    trial.conditions = doc.content("conditions").map { Prose.unescapeMarkdown($0) }
    trial.interventions = InterventionList.parse(doc.content("treatments"))
    trial.studyType = doc.content("studyType").first.flatMap(StudyType.init(registryText:))
    let ids = RegistryIds.find(in: doc.content("identifiers").joined(separator: "\n"))
    trial.registryIds = ids.all
    if let nct = ids.nct { trial.id = nct }
    if let sponsor = doc.content("sponsor").first { trial.sponsor = sponsor }
    if let official = doc.content("officialTitle").first { trial.officialTitle = official }
    trial.summary = doc.first("summary").flatMap { Prose.paragraphs($0.lines) }.map(Prose.unescapeMarkdown)
    trial.detailedDescription = doc.first("description").flatMap { Prose.paragraphs($0.lines) }
      .map(Prose.unescapeMarkdown)
  }

  private func readEligibility(_ doc: LabeledSections, into trial: inout Trial) {
    if let line = doc.content("enrollment").first, let count = EnrollmentText.count(line) {
      trial.enrollment = Enrollment(count: count, type: EnrollmentText.type(line))
    }
    trial.sex = doc.content("sex").first.flatMap(Sex.init(registryText:))
    if let ages = doc.content("ages").first { trial.ages = AgeExtractor.fromField(ages) }
    trial.healthyVolunteers = doc.content("volunteers").first.flatMap(HealthyVolunteers.parse)
    trial.eligibility = Eligibility(
      inclusion: CriteriaSplitter.split(doc.first("inclusion")?.lines ?? []),
      exclusion: CriteriaSplitter.split(doc.first("exclusion")?.lines ?? [])
    )
  }

  private func readDesign(_ doc: LabeledSections, into trial: inout Trial) {
    trial.design.purpose = doc.content("purpose").first.flatMap(StudyDesign.purpose(from:))
    trial.design.allocation = doc.content("allocation").first.flatMap(StudyDesign.allocation(from:))
    trial.design.model = doc.content("model").first.flatMap(StudyDesign.model(from:))
    trial.design.masking = doc.content("masking").first.flatMap(StudyDesign.masking(from:))
    guard let groups = doc.first("groups") else { return }
    let blocks = VeevaArmBlocks.parse(groups.content)
    trial.arms = blocks
    if trial.enrollment == nil, let count = EnrollmentText.count(groups.label) {
      trial.enrollment = Enrollment(count: count, type: nil)
    }
    let stated = groups.label.split(separator: " ").compactMap { Int($0) }.last ?? blocks.count
    if blocks.isEmpty {
      trial.warnings.append("the page states \(stated) patient group(s) but lists none")
    } else if stated != blocks.count {
      trial.warnings.append("the page states \(stated) patient group(s) but lists \(blocks.count)")
    }
  }

  private func readPeople(_ doc: LabeledSections, into trial: inout Trial) {
    for line in doc.content("centralContact") {
      if line.contains("@"), !trial.contacts.isEmpty {
        trial.contacts[trial.contacts.count - 1].email = line
      } else if SiteList.isPhone(line), !trial.contacts.isEmpty {
        trial.contacts[trial.contacts.count - 1].phone = line
      } else if SiteList.roles.contains(line.lowercased()), !trial.contacts.isEmpty {
        trial.contacts[trial.contacts.count - 1].role = line
      } else {
        for name in line.split(separator: ";") where !Prose.squeeze(String(name)).isEmpty {
          trial.contacts.append(Contact(name: Prose.squeeze(String(name)), role: "Central contact"))
        }
      }
    }
    guard let section = doc.first("locations") else { return }
    var lines = section.content
    var stated: Int?
    if let first = lines.first, let count = Int(first) {
      stated = count
      lines.removeFirst()
    }
    let list = SiteList.parse(lines)
    trial.locations = list.sites
    trial.contacts += list.contacts
    if let stated, stated != list.sites.count {
      trial.warnings.append("the page says \(stated) location(s) but lists \(list.sites.count)")
    }
  }
}
