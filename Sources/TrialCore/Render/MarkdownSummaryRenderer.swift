/// The summary of a trial as GitHub-flavoured Markdown: the same facts and order as
/// `SummaryRenderer`, with tables for the design, the arms and the outcomes, and the phrase
/// behind every inferred value listed under the arms table.
public enum MarkdownSummaryRenderer {
  /// The summaries of `trials`, separated by rules.
  public static func render(_ trials: [Trial]) -> String {
    trials.map(render).joined(separator: "\n\n---\n\n")
  }

  /// The summary of one trial, without a trailing newline.
  public static func render(_ trial: Trial) -> String {
    typealias M = MarkdownText
    var out = ["# " + M.inline(trial.title), ""]
    var facts = [("ID", FactText.ids(trial))]
    if let official = trial.officialTitle, official != trial.title { facts.append(("Official title", official)) }
    facts += [
      ("Sponsor", trial.sponsor ?? "—"), ("Status", FactText.words(trial.status?.rawValue) ?? "—"),
      ("Phases", FactText.phases(trial.phases) ?? "—"),
    ]
    out += keyValueTable(facts.map { ($0.0, [$0.1]) })
    out += ["", "## Design", ""]
    out += keyValueTable([
      ("Study type", optional(FactText.words(trial.studyType?.rawValue))),
      (
        "Allocation",
        optional(
          FactText.evidenced(trial.design.allocation, field: "allocation", value: trial.design.allocation, in: trial))
      ),
      ("Model", optional(FactText.words(trial.design.model))),
      ("Masking", optional(FactText.masking(trial.design.masking))),
      ("Purpose", optional(FactText.words(trial.design.purpose))),
      ("Enrollment", optional(FactText.enrollment(trial.enrollment))),
    ])
    out += ["", "## Population", ""]
    let ages = FactText.evidenced(FactText.ages(trial.ages), field: "ages", in: trial)
    out += keyValueTable([
      ("Conditions", trial.conditions),
      ("Stage", StageExtractor.find(in: trial).map { "\($0.text) (\($0.location))" }),
      ("Ages", optional(ages)), ("Sex", optional(trial.sex?.rawValue)),
      ("Healthy volunteers", optional(FactText.healthyVolunteers(trial.healthyVolunteers))),
    ])
    out += intervention(trial)
    out += outcomes(trial)
    out += ["", "## Eligibility", "", "### Inclusion criteria", ""] + list(trial.eligibility.inclusion)
    out += ["", "### Exclusion criteria", ""] + list(trial.eligibility.exclusion)
    out += ["", "## Sites and contacts", ""]
    out += keyValueTable([
      ("Sites", trial.locations.map(FactText.site)), ("Contacts", trial.contacts.map(FactText.contact)),
    ])
    if !trial.related.isEmpty {
      out += ["", "## Related trials", ""]
      out += M.table(
        header: ["ID", "Status", "Phases", "Title"],
        rows: trial.related.map { related in
          [
            M.inline(related.id), M.cell(optional(FactText.words(related.status?.rawValue))),
            M.cell(optional(FactText.phases(related.phases))), M.cell(optional(related.title)),
          ]
        })
    }
    out += ["", "## Warnings", ""] + list(trial.warnings)
    out += ["", "Source: " + M.inline(FactText.source(trial.source))]
    return out.joined(separator: "\n")
  }

  private static func intervention(_ trial: Trial) -> [String] {
    typealias M = MarkdownText
    var out = ["", "## Intervention", ""]
    out.append("**Control:** " + M.inline(ControlArmExtractor.find(in: trial).map(SummaryRenderer.controlText) ?? "—"))
    out.append("")
    let profiles = ArmProfile.profiles(of: trial)
    out += M.table(
      header: ["Arm", "Type", "Description", "Cell source", "Origin", "Dose", "Schedule", "Route"],
      rows: profiles.map { profile in
        [
          M.inline(profile.label ?? "All arms (no arm table)"), M.cell(optional(profile.type)),
          M.cell(optional(profile.description)), M.cell(profile.cellSources.map(\.value)),
          M.cell(profile.origin.map(\.value)), M.cell(profile.doseFindings.map(\.value)),
          M.cell(profile.scheduleFindings.map(\.value)), M.cell(profile.routes.map(\.value)),
        ]
      })
    var evidence: [String] = []
    for profile in profiles {
      let arm = profile.label.map { "arm \"\($0)\"" } ?? "all arms"
      let rows: [(String, [Finding])] = [
        ("cell source", profile.cellSources), ("origin", profile.origin), ("dose", profile.doseFindings),
        ("schedule", profile.scheduleFindings), ("route", profile.routes),
      ]
      for (name, findings) in rows {
        for finding in findings where finding.phrase != nil {
          evidence.append("\(arm), \(name): \(finding.text)")
        }
      }
    }
    if !evidence.isEmpty { out += ["", "Read from:", ""] + list(evidence) }
    return out
  }

  private static func outcomes(_ trial: Trial) -> [String] {
    typealias M = MarkdownText
    var out = ["", "## Outcomes", ""]
    let rows =
      trial.outcomes.primary.map { ("Primary", $0) } + trial.outcomes.secondary.map { ("Secondary", $0) }
    if rows.isEmpty {
      out.append("—")
    } else {
      out += M.table(
        header: ["Type", "Measure", "Time frame"],
        rows: rows.map { kind, outcome in
          [
            kind, M.inline(outcome.measure + (outcome.description.map { " — \($0)" } ?? "")),
            M.cell(optional(outcome.timeFrame)),
          ]
        })
    }
    if let followUp = FollowUpExtractor.find(in: trial) {
      let text = Finding(value: followUp.text, phrase: followUp.phrase, location: followUp.location).text
      out += ["", "**Follow-up:** " + M.inline(text)]
    }
    return out
  }

  private static func keyValueTable(_ rows: [(String, [String])]) -> [String] {
    MarkdownText.table(header: ["Field", "Value"], rows: rows.map { ["**\($0.0)**", MarkdownText.cell($0.1)] })
  }

  private static func list(_ items: [String]) -> [String] {
    items.isEmpty ? ["—"] : items.map { "- " + MarkdownText.inline($0) }
  }

  private static func optional(_ value: String?) -> [String] {
    value.map { [$0] } ?? []
  }
}
