/// Adds what can be inferred from a record's prose — routes, cell source, origin, doses, ages —
/// each with the phrase it came from. Pure: a record in, a richer record out.
public enum Enricher {
  /// Enriches `trial`; values the parser read from labelled fields are kept.
  public static func enrich(_ trial: Trial) -> Trial {
    var trial = trial
    let sources = EvidenceSource.all(in: trial)
    addRoutes(sources, to: &trial)
    addCells(sources, to: &trial)
    addDoses(sources, to: &trial)
    addAges(to: &trial)
    return trial
  }

  private static func addRoutes(_ sources: [EvidenceSource], to trial: inout Trial) {
    var overall: [Route] = []
    for source in sources {
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

  private static func addCells(_ sources: [EvidenceSource], to trial: inout Trial) {
    let cells = CellSourceExtractor.find(in: sources)
    trial.cellSources = cells.map(\.source)
    for cell in cells {
      trial.addEvidence(Evidence(field: "cellSource", value: cell.source.rawValue, phrase: cell.phrase, location: cell.location))
    }
    let origin = CellSourceExtractor.origin(in: sources, cells: cells)
    trial.origin = origin.origin
    if let value = origin.origin, let phrase = origin.phrase, let location = origin.location {
      trial.addEvidence(Evidence(field: "origin", value: value.rawValue, phrase: phrase, location: location))
    }
    if origin.conflict {
      trial.warnings.append("the text names both autologous and allogeneic cells; origin left open")
    }
  }

  private static func addDoses(_ sources: [EvidenceSource], to trial: inout Trial) {
    for source in sources {
      for sentence in BackgroundFilter.foreground(source.text) {
        for dose in DoseExtractor.find(in: sentence)
        where !trial.doses.contains(where: { $0.cellsPerKg == dose.cellsPerKg && $0.cells == dose.cells }) {
          trial.doses.append(dose)
          trial.addEvidence(Evidence(field: "dose", value: dose.text, phrase: dose.text, location: source.location))
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
    trial.addEvidence(Evidence(field: "ages", value: "\(found.range.min.map(String.init) ?? "?")-\(found.range.max.map(String.init) ?? "?")", phrase: found.phrase, location: "inclusion criteria"))
  }
}

extension Trial {
  /// Adds evidence once.
  mutating func addEvidence(_ item: Evidence) {
    if !evidence.contains(item) { evidence.append(item) }
  }
}
