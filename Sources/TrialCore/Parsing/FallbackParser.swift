import Foundation

/// Reads any other text: a title, "Label: value" pairs it recognises, criteria lists, and an
/// NCT id when the text clearly names one trial. Always warns that the layout was not
/// recognised.
public struct FallbackParser: LayoutParser {
  public static let layout = Layout.fallback

  public init() {}

  /// Just above zero, so that any text gets a parser.
  public static func sniff(_ text: Substring) -> Double { 0.01 }

  private static let fields: [String: String] = [
    "title": "title", "brief title": "title", "trial": "title", "study": "title", "study title": "title",
    "official title": "officialTitle", "sponsor": "sponsor",
    "lead sponsor": "sponsor", "status": "status", "overall status": "status", "recruitment status": "status",
    "phase": "phase", "phases": "phase", "condition": "conditions", "conditions": "conditions",
    "intervention": "interventions", "interventions": "interventions", "enrollment": "enrollment",
    "sex": "sex", "gender": "sex", "age": "ages", "ages": "ages", "study type": "studyType",
    "nct id": "nct", "nct number": "nct", "clinicaltrials.gov id": "nct", "registration number": "nct",
    "brief summary": "summary", "summary": "summary", "description": "description",
    "inclusion criteria": "inclusion", "exclusion criteria": "exclusion", "allocation": "allocation",
    "masking": "masking", "intervention model": "model", "primary purpose": "purpose",
  ]

  public func parse(_ text: String, source: String) throws(ParseError) -> Trial {
    var trial = emptyTrial(source: source)
    trial.warnings.append("layout not recognised: read as plain text with \"Label: value\" lines")
    var values: [String: [String]] = [:]
    var current: String?
    var titleLine: String?
    for line in TextLines.split(text) {
      guard !line.isEmpty else {
        current = nil
        continue
      }
      let (label, value) = Self.labelled(line)
      if let label, let key = Self.fields[label.lowercased()] {
        current = key
        if let value, !value.isEmpty { values[key, default: []].append(value) }
        continue
      }
      if let current,
        ["inclusion", "exclusion", "summary", "description", "conditions", "interventions"].contains(current)
      {
        values[current, default: []].append(line)
      } else if titleLine == nil, label == nil {
        titleLine = line.trimmingCharacters(in: CharacterSet(charactersIn: "#* "))
      }
    }
    apply(values, titleLine: titleLine, text: text, to: &trial)
    return trial
  }

  private func apply(_ values: [String: [String]], titleLine: String?, text: String, to trial: inout Trial) {
    func first(_ key: String) -> String? { values[key]?.first.flatMap(Prose.value) }
    if let title = first("title") ?? titleLine.flatMap(Prose.value) {
      trial.title = title
    }
    trial.officialTitle = first("officialTitle")
    trial.sponsor = first("sponsor")
    trial.status = first("status").flatMap(TrialStatus.init(registryText:))
    trial.phases = Phase.parseList(values["phase"]?.joined(separator: " ") ?? "")
    trial.studyType = first("studyType").flatMap(StudyType.init(registryText:))
    trial.conditions = (values["conditions"] ?? []).flatMap {
      $0.split(separator: ";").map { Prose.squeeze(String($0)) }
    }
    trial.interventions = InterventionList.parse(values["interventions"] ?? [])
    if let line = first("enrollment"), let count = EnrollmentText.count(line) {
      trial.enrollment = Enrollment(count: count, type: EnrollmentText.type(line))
    }
    trial.sex = first("sex").flatMap(Sex.init(registryText:))
    if let ages = first("ages") { trial.ages = AgeExtractor.fromField(ages) }
    trial.design.allocation = first("allocation").flatMap(StudyDesign.allocation(from:))
    trial.design.masking = first("masking").flatMap(StudyDesign.masking(from:))
    trial.design.model = first("model").flatMap(StudyDesign.model(from:))
    trial.design.purpose = first("purpose").flatMap(StudyDesign.purpose(from:))
    trial.summary = values["summary"].flatMap { Prose.value($0.joined(separator: " ")) }
    trial.detailedDescription = values["description"].flatMap { Prose.value($0.joined(separator: " ")) }
    trial.eligibility = Eligibility(
      inclusion: CriteriaSplitter.split(values["inclusion"] ?? []),
      exclusion: CriteriaSplitter.split(values["exclusion"] ?? [])
    )
    // The trial's own id: a labelled one, or the only NCT id in the whole text.
    let labelled = RegistryIds.nctIds(in: (values["nct"] ?? []).joined(separator: " "))
    let everywhere = RegistryIds.nctIds(in: text)
    if let id = labelled.first ?? (everywhere.count == 1 ? everywhere.first : nil) {
      trial.id = id
      trial.registryIds = [id]
    } else if everywhere.count > 1 {
      trial.warnings.append(
        "the text names several NCT ids (\(everywhere.prefix(5).joined(separator: ", "))): none is taken as this trial's"
      )
    }
  }

  /// "Label: value" with a short label of words; (nil, nil) for other lines.
  static func labelled(_ line: String) -> (String?, String?) {
    guard let colon = line.firstIndex(of: ":") else {
      return fields[line.lowercased()] != nil ? (line, nil) : (nil, nil)
    }
    let label = Prose.squeeze(String(line[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "-*#• ")))
    guard label.count <= 40, label.split(separator: " ").count <= 5, label.first?.isLetter == true else {
      return (nil, nil)
    }
    return (label, Prose.squeeze(String(line[line.index(after: colon)...])))
  }
}
