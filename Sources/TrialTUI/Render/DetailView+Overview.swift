import TrialCore

extension DetailView {
  /// Ids, sponsor, status, phases, design, conditions, cells with their evidence, warnings.
  func overview(_ trial: Trial) -> [StyledLine] {
    var out = TextWrapper.wrap(SafeText.clean(trial.title), width: width).map { StyledLine($0, .heading) }
    out.append(StyledLine())
    let ids = ([trial.id] + trial.registryIds.filter { $0 != trial.id }).joined(separator: " · ")
    out += field("Ids", ids)
    if trial.officialTitle != nil, trial.officialTitle != trial.title {
      out += field("Official", trial.officialTitle)
    }
    out += field("Sponsor", trial.sponsor)
    out += field("Status", trial.status.map { $0.rawValue.replacingOccurrences(of: "-", with: " ") })
    out += field("Phases", list(trial.phases.map { FacetMenu.label($0.rawValue, .phase) }))
    out += field("Study type", trial.studyType?.rawValue)
    let design = [
      trial.design.allocation, trial.design.model, trial.design.masking.map { "masking: \($0)" },
      trial.design.purpose,
    ]
    out += field("Design", list(design.compactMap { $0 }))
    out += field("Enrollment", trial.enrollment.map { "\($0.count)" + ($0.type.map { " (\($0))" } ?? "") })
    out += field("Conditions", list(trial.conditions))
    out += heading("Cells (inferred; each with the phrase it was read from)")
    out += inferred(trial, "Cell source", "cellSource", trial.cellSources.map { ($0.rawValue, $0.displayName) })
    out += inferred(trial, "Origin", "origin", trial.origin.map { [($0.rawValue, $0.rawValue)] } ?? [])
    out += inferred(trial, "Route", "route", trial.routes.map { ($0.rawValue, $0.displayName) })
    out += inferred(trial, "Dose", "dose", trial.doses.map { ($0.text, $0.text + doseNote($0)) })
    out += heading("Interventions")
    out +=
      trial.interventions.isEmpty
      ? none("not stated") : trial.interventions.flatMap { bullet(($0.type.map { "\($0): " } ?? "") + $0.name) }
    if let summary = trial.summary {
      out += heading("Summary")
      out += prose(summary)
    }
    out += heading("Warnings")
    out += trial.warnings.isEmpty ? none("none") : trial.warnings.flatMap { bullet($0, style: .warning, mark: "!") }
    if !trial.conflicts.isEmpty {
      out += heading("Sources disagree (▸ the value shown)")
      for conflict in trial.conflicts {
        for (index, value) in conflict.values.enumerated() {
          let mark = value.chosen ? "▸ " : "◦ "
          out += field(
            index == 0 ? conflict.field : "", mark + value.value + " — " + sourceName(value.source, value.format))
        }
      }
    }
    out += heading(trial.sources.count > 1 ? "Sources" : "Source")
    for source in trial.sources.isEmpty ? [trial.source] : trial.sources {
      out += prose("\(source.path) (\(source.format.rawValue))", style: .dim)
    }
    return out
  }

  /// A source as the conflicts name it: its file name and layout.
  private func sourceName(_ path: String, _ format: TrialCore.Layout) -> String {
    "\(path.split(separator: "/").last.map(String.init) ?? path) (\(format.rawValue))"
  }

  /// Values with the phrases they were read from, one value per block.
  private func inferred(
    _ trial: Trial, _ label: String, _ field: String, _ values: [(key: String, shown: String)]
  )
    -> [StyledLine]
  {
    guard !values.isEmpty else { return self.field(label, nil) }
    var out: [StyledLine] = []
    for (index, value) in values.enumerated() {
      out += self.field(index == 0 ? label : "", value.shown)
      for phrase in evidence(trial, field, value.key) {
        out += TextWrapper.wrap("— " + SafeText.clean(phrase), width: width - 15).map {
          StyledLine(String(repeating: " ", count: 15) + $0, .dim)
        }
      }
    }
    return out
  }

  private func doseNote(_ dose: Dose) -> String {
    var parts: [String] = []
    if let perKg = dose.cellsPerKg { parts.append(scientific(perKg) + " cells/kg") }
    if let cells = dose.cells { parts.append(scientific(cells) + " cells") }
    if !dose.plausible { parts.append("implausible") }
    return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
  }

  private func scientific(_ value: Double) -> String {
    guard value > 0 else { return "0" }
    var exponent = 0
    var mantissa = value
    while mantissa >= 10 {
      mantissa /= 10
      exponent += 1
    }
    let rounded = (mantissa * 100).rounded() / 100
    let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    return "\(text)×10^\(exponent)"
  }

  func list(_ values: [String]) -> String? {
    values.isEmpty ? nil : values.joined(separator: ", ")
  }
}
