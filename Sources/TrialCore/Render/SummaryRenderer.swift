import Foundation

/// A readable plain-text summary of one trial, wrapped to a width. Document text is passed
/// through `SafeText`, so nothing in a record can act on the terminal.
public struct SummaryRenderer {
  /// The width in columns to wrap to.
  public var width: Int

  /// Creates a renderer for `width` columns (at least 30).
  public init(width: Int) {
    self.width = max(width, 30)
  }

  /// The summary as lines of text, without trailing newline.
  public func render(_ trial: Trial) -> String {
    var out: [String] = []
    out += TextWrapper.wrap(SafeText.clean(trial.title), width: width)
    let ids = ([trial.id] + trial.registryIds.filter { $0 != trial.id }).joined(separator: " · ")
    out.append(String(repeating: "=", count: min(width, max(DisplayWidth.of(ids), 10))))
    out += field("ID", ids)
    out += field("Official title", trial.officialTitle)
    out += field("Sponsor", trial.sponsor)
    out += field("Status", trial.status.map { $0.rawValue.replacingOccurrences(of: "-", with: " ") })
    out += field("Phases", list(trial.phases.map(\.rawValue)))
    out += field("Study type", trial.studyType?.rawValue)
    let design = [
      trial.design.allocation, trial.design.model, trial.design.masking.map { "masking: \($0)" }, trial.design.purpose,
    ]
    .compactMap { $0 }
    out += field("Design", list(design))
    out += field("Enrollment", trial.enrollment.map { "\($0.count)" + ($0.type.map { " (\($0))" } ?? "") })
    out += field("Conditions", list(trial.conditions))
    out += field("Ages", ageText(trial.ages))
    out += field("Sex", trial.sex?.rawValue)
    out += field("Cell source", list(trial.cellSources.map(\.displayName)))
    out += field("Origin", trial.origin?.rawValue)
    out += field("Routes", list(trial.routes.map(\.displayName)))
    out += field("Doses", list(trial.doses.map(\.text)))
    out += section("Evidence", trial.evidence.map { "\($0.field) \($0.value) — “\($0.phrase)” (\($0.location))" })
    out += section("Interventions", trial.interventions.map { ($0.type.map { "\($0): " } ?? "") + $0.name })
    out += section(
      "Arms",
      trial.arms.map { arm in
        var text = arm.label
        if let type = arm.type { text += " [\(type)]" }
        if !arm.routes.isEmpty { text += " — route: " + arm.routes.map(\.displayName).joined(separator: ", ") }
        if let description = arm.description { text += ". " + description }
        return text
      })
    out += section(
      "Primary outcomes", trial.outcomes.primary.map { $0.measure + ($0.timeFrame.map { " (\($0))" } ?? "") })
    out += section(
      "Secondary outcomes", trial.outcomes.secondary.map { $0.measure + ($0.timeFrame.map { " (\($0))" } ?? "") })
    out += section("Inclusion criteria", trial.eligibility.inclusion)
    out += section("Exclusion criteria", trial.eligibility.exclusion)
    out += section(
      "Sites",
      trial.locations.map { site in
        [site.facility, site.city, site.region, site.country].compactMap { $0 }.joined(separator: ", ")
      })
    out += section(
      "Contacts",
      trial.contacts.map { contact in
        [contact.name, contact.role, contact.phone, contact.email].compactMap { $0 }.joined(separator: " · ")
      })
    out += section("Related trials", trial.related.map { "\($0.id) \($0.title ?? "")" })
    out += section("Warnings", trial.warnings)
    out += field("Source", "\(trial.source.path) (\(trial.source.format.rawValue))")
    return out.joined(separator: "\n")
  }

  private let labelWidth = 14

  private func field(_ label: String, _ value: String?) -> [String] {
    guard let value, !value.isEmpty else { return [] }
    let padded = label.padding(toLength: labelWidth, withPad: " ", startingAt: 0)
    let lines = TextWrapper.wrap(SafeText.clean(value), width: width - labelWidth)
    return lines.enumerated().map { index, line in
      (index == 0 ? padded : String(repeating: " ", count: labelWidth)) + line
    }
  }

  private func section(_ title: String, _ items: [String]) -> [String] {
    guard !items.isEmpty else { return [] }
    var lines = ["", "\(title):"]
    for item in items {
      let wrapped = TextWrapper.wrap(SafeText.clean(item), width: width - 4)
      lines += wrapped.enumerated().map { ($0.offset == 0 ? "  - " : "    ") + $0.element }
    }
    return lines
  }

  private func list(_ items: [String]) -> String? {
    items.isEmpty ? nil : items.joined(separator: ", ")
  }

  private func ageText(_ ages: AgeRange) -> String? {
    switch (ages.min, ages.max) {
    case (nil, nil): nil
    case (let low?, let high?): "\(low)–\(high) years"
    case (let low?, nil): "\(low) years and older"
    case (nil, let high?): "up to \(high) years"
    }
  }
}
