/// Adds what can be inferred from a record's prose — routes, cell source, origin, doses, ages —
/// each with the phrase it came from. Pure: a record in, a richer record out.
public enum Enricher {
  /// Enriches `trial`; values the parser read from labelled fields are kept.
  /// At `.index` depth only what the index needs is inferred (cells, origin, routes, doses).
  public static func enrich(_ trial: Trial, depth: ReadDepth = .full) -> Trial {
    var trial = trial
    let sources = EvidenceSource.all(in: trial)
    addCells(sources, to: &trial)
    // Routes and doses describe how cells are given: a trial that gives no cells has none
    // (an intravenous drug or a hepatic-artery chemoembolisation is not a cell route).
    if !trial.cellSources.isEmpty {
      addRoutes(sources, to: &trial)
      addDoses(sources, to: &trial)
    }
    guard depth == .full else { return trial }
    addAges(to: &trial)
    // Registry data states design and outcomes in fields; only pages need them read from prose.
    if !trial.source.format.isRegistryData { addProseFacts(to: &trial) }
    return trial
  }

  /// Allocation and outcomes that a page states only in its prose.
  private static func addProseFacts(to trial: inout Trial) {
    let prose = [trial.summary, trial.detailedDescription].compactMap { $0 }.joined(separator: "\n\n")
    guard !prose.isEmpty else { return }
    if trial.design.allocation == nil, let found = ProseFactsExtractor.allocation(in: prose) {
      trial.design.allocation = found.value
      trial.addEvidence(
        Evidence(field: "allocation", value: found.value, phrase: found.phrase, location: "description"))
    }
    if trial.outcomes.primary.isEmpty && trial.outcomes.secondary.isEmpty {
      let found = ProseFactsExtractor.outcomes(in: prose)
      trial.outcomes = found.outcomes
      for phrase in found.phrases {
        trial.addEvidence(Evidence(field: "outcomes", value: "from prose", phrase: phrase, location: "description"))
      }
    }
  }

  /// Routes come from arms, interventions and titles; descriptions count only when those name
  /// none (descriptions also carry generic text about other drugs: "administered by
  /// intravenous infusion").
  private static func addRoutes(_ sources: [EvidenceSource], to trial: inout Trial) {
    let structured = sources.filter { !$0.isDescription }
    let found = structured.contains { !RouteExtractor.find(in: $0.text).isEmpty }
    var overall: [Route] = []
    for source in found ? structured : sources {
      for (route, phrase) in RouteExtractor.find(in: source.text) {
        if let arm = source.armIndex, !trial.arms[arm].routes.contains(route) {
          trial.arms[arm].routes.append(route)
          trial.arms[arm].routes.sort()
        }
        if !overall.contains(route) { overall.append(route) }
        trial.addEvidence(Evidence(field: "route", value: route.rawValue, phrase: phrase, location: source.location))
      }
    }
    trial.routes = overall.sorted()
  }

  /// Cells and origin come from the registry's structured parts (arms, interventions, titles)
  /// when those name any; prose descriptions, full of prior work, are read only otherwise.
  private static func addCells(_ sources: [EvidenceSource], to trial: inout Trial) {
    let structured = sources.filter { !$0.isDescription }
    var cells = CellSourceExtractor.find(in: structured)
    // Registry data lists its interventions in fields; a cell product that none of them, no arm
    // and no title names is background. Pages may have lost those fields, so their prose counts.
    if cells.isEmpty && !trial.source.format.isRegistryData { cells = CellSourceExtractor.find(in: sources) }
    trial.cellSources = cells.map(\.source)
    for cell in cells {
      trial.addEvidence(
        Evidence(field: "cellSource", value: cell.source.rawValue, phrase: cell.phrase, location: cell.location))
    }
    guard !cells.isEmpty else { return }
    var origin = CellSourceExtractor.origin(in: structured, cells: cells)
    if origin.origin == nil && !origin.conflict { origin = CellSourceExtractor.origin(in: sources, cells: cells) }
    trial.origin = origin.origin
    if let value = origin.origin, let phrase = origin.phrase, let location = origin.location {
      trial.addEvidence(Evidence(field: "origin", value: value.rawValue, phrase: phrase, location: location))
    }
    if origin.conflict {
      trial.warnings.append("the text names both autologous and allogeneic cells (origin left open)")
    }
  }

  private static func addDoses(_ sources: [EvidenceSource], to trial: inout Trial) {
    for source in sources {
      for sentence in BackgroundFilter.foreground(source.text) {
        for dose in DoseExtractor.find(in: sentence)
        where !trial.doses.contains(where: { $0.cellsPerKg == dose.cellsPerKg && $0.cells == dose.cells }) {
          trial.doses.append(dose)
          trial.addEvidence(Evidence(field: "dose", value: dose.text, phrase: dose.text, location: source.location))
          if let note = dose.note { trial.warnings.append("dose \"\(dose.text)\": \(note)") }
          if !dose.plausible {
            trial.warnings.append("implausible dose \"\(dose.text)\": check the exponent")
          }
        }
      }
    }
  }

  private static func addAges(to trial: inout Trial) {
    guard trial.ages.isEmpty, let found = AgeExtractor.fromCriteria(trial.eligibility.inclusion) else { return }
    trial.ages = found.range
    trial.addEvidence(
      Evidence(
        field: "ages", value: "\(found.range.min.map(String.init) ?? "?")-\(found.range.max.map(String.init) ?? "?")",
        phrase: found.phrase, location: "inclusion criteria"))
  }
}

extension Trial {
  /// Adds evidence once.
  mutating func addEvidence(_ item: Evidence) {
    if !evidence.contains(item) { evidence.append(item) }
  }
}
