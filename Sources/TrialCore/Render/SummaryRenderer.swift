/// A one-page plain-text summary of a trial for a reviewer: title and ids, sponsor, status and
/// phases, design, enrollment, population, the intervention per arm (each inferred value with
/// the phrase it was read from), outcomes, criteria, sites and contacts, related trials,
/// warnings and source. Labels are aligned; text is wrapped at word boundaries to the width and
/// passed through `SafeText`, so nothing in a record can act on the terminal.
public struct SummaryRenderer {
  /// The width in columns to wrap to.
  public var width: Int

  /// Creates a renderer for `width` columns (at least 20).
  public init(width: Int) {
    self.width = max(width, 20)
  }

  /// The summaries of `trials`, one after another, for `width` columns.
  public static func render(_ trials: [Trial], width: Int) -> String {
    let renderer = SummaryRenderer(width: width)
    return trials.map(renderer.render).joined(separator: "\n\n\n")
  }

  /// The summary of one trial, without a trailing newline.
  public func render(_ trial: Trial) -> String {
    var out = TextLayout(width: width)
    out.paragraph(trial.title)
    out.rule("═", length: out.lines.map(DisplayWidth.of).max() ?? width)
    out.field("ID", FactText.ids(trial))
    if let official = trial.officialTitle, official != trial.title { out.field("Official title", official) }
    out.field("Sponsor", trial.sponsor)
    out.field("Status", FactText.words(trial.status?.rawValue))
    out.field("Phases", FactText.phases(trial.phases))
    design(trial, into: &out)
    out.blank()
    out.field("Enrollment", FactText.enrollment(trial.enrollment))
    population(trial, into: &out)
    intervention(trial, into: &out)
    outcomes(trial, into: &out)
    out.heading("Inclusion criteria")
    out.items(trial.eligibility.inclusion)
    out.heading("Exclusion criteria")
    out.items(trial.eligibility.exclusion)
    out.heading("Sites and contacts")
    out.field("Sites", trial.locations.map(FactText.site), indent: 2)
    out.field("Contacts", trial.contacts.map(FactText.contact), indent: 2)
    if !trial.related.isEmpty {
      out.heading("Related trials")
      out.items(trial.related.map(FactText.related))
    }
    out.heading("Warnings")
    out.items(trial.warnings)
    out.blank()
    out.field("Source", FactText.source(trial.source))
    return out.text
  }

  private func design(_ trial: Trial, into out: inout TextLayout) {
    out.heading("Design")
    out.field("Study type", FactText.words(trial.studyType?.rawValue), indent: 2)
    out.field(
      "Allocation",
      FactText.evidenced(trial.design.allocation, field: "allocation", value: trial.design.allocation, in: trial),
      indent: 2)
    out.field("Model", FactText.words(trial.design.model), indent: 2)
    out.field("Masking", FactText.masking(trial.design.masking), indent: 2)
    out.field("Purpose", FactText.words(trial.design.purpose), indent: 2)
  }

  private func population(_ trial: Trial, into out: inout TextLayout) {
    out.heading("Population")
    out.field("Conditions", trial.conditions, indent: 2)
    out.field("Stage", StageExtractor.find(in: trial).map { "\($0.text) (\($0.location))" }, indent: 2)
    let ages = FactText.evidenced(FactText.ages(trial.ages), field: "ages", in: trial)
    out.field("Ages", ages, indent: 2)
    out.field("Sex", trial.sex?.rawValue, indent: 2)
    out.field(
      "Volunteers", FactText.healthyVolunteers(trial.healthyVolunteers).map { "healthy volunteers \($0)" }, indent: 2)
  }

  private func intervention(_ trial: Trial, into out: inout TextLayout) {
    out.heading("Intervention")
    out.field("Control", ControlArmExtractor.find(in: trial).map(Self.controlText), indent: 2)
    let profiles = ArmProfile.profiles(of: trial)
    for (index, profile) in profiles.enumerated() {
      out.blank()
      if let label = profile.label {
        let type = profile.type.map { " (\($0))" } ?? ""
        out.paragraph("Arm \(index + 1) of \(profiles.count) · \(label)\(type)", indent: 2, hanging: 2)
        out.field("Description", profile.description, indent: 4)
        out.field("Treatment", profile.interventions, indent: 4)
      } else {
        out.paragraph(
          "All arms — the record lists no arm table; values read from the whole record", indent: 2, hanging: 2)
        if !profile.interventions.isEmpty { out.field("Treatment", profile.interventions, indent: 4) }
      }
      out.field("Cell source", profile.cellSources.map(\.text), indent: 4)
      out.field("Origin", profile.origin.map(\.text), indent: 4)
      out.field("Dose", profile.doseFindings.map(\.text), indent: 4)
      out.field("Schedule", profile.scheduleFindings.map(\.text), indent: 4)
      out.field("Route", profile.routes.map(\.text), indent: 4)
    }
  }

  private func outcomes(_ trial: Trial, into out: inout TextLayout) {
    for (title, list) in [
      ("Primary outcomes", trial.outcomes.primary), ("Secondary outcomes", trial.outcomes.secondary),
    ] {
      out.heading(title)
      guard !list.isEmpty else {
        out.paragraph("—", indent: 2)
        continue
      }
      for (index, outcome) in list.enumerated() {
        let number = "\(index + 1). "
        let hang = number.count
        out.paragraph(number + outcome.measure, indent: 2, hanging: hang)
        out.paragraph("Time frame: " + (outcome.timeFrame ?? "—"), indent: 2 + hang, hanging: 2)
        if let description = outcome.description {
          out.paragraph("Description: " + description, indent: 2 + hang, hanging: 2)
        }
      }
    }
    if let followUp = FollowUpExtractor.find(in: trial) {
      out.blank()
      out.field("Follow-up", Finding(value: followUp.text, phrase: followUp.phrase, location: followUp.location).text)
    }
  }

  /// "active comparator: conventional treatment", with the phrase when it came from prose.
  static func controlText(_ control: ControlArm) -> String {
    guard let phrase = control.phrase, phrase != control.detail else { return control.text }
    return Finding(value: control.text, phrase: phrase, location: control.location).text
  }
}
