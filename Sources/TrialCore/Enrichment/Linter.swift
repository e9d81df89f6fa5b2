/// Warnings about a record's quality that hold for every layout.
public enum Linter {
  private static let exclusionCues = [
    "history of", "pregnan", "lactating", "breastfeeding", "tumor", "tumour", "malignan", "carcinoma",
    "severe problems", "severe infection", "allerg", "contraindicat", "hiv", "thrombos", "participation in other",
    "unable to", "refus", "less than",
  ]

  /// The record with generic warnings added.
  public static func lint(_ trial: Trial) -> Trial {
    var trial = trial
    let stem = SourceName.stem(of: trial.source.path)
    var found: [String] = []
    if trial.title == stem { found.append("no title stated (the record is named after its file)") }
    if !trial.id.hasPrefix("NCT") && trial.id == stem {
      found.append("no registry id stated for this trial (the record is named after its file)")
    }
    if trial.eligibility.exclusion.isEmpty {
      let suspicious = trial.eligibility.inclusion.filter { item in
        let lower = item.lowercased()
        return exclusionCues.contains { lower.contains($0) }
      }
      if suspicious.count >= 2 {
        found.append(
          "\(suspicious.count) inclusion criteria read like exclusions while the exclusion list is empty (e.g. \"\(suspicious[0])\")"
        )
      }
    }
    for warning in found where !trial.warnings.contains(warning) {
      trial.warnings.insert(warning, at: min(trial.warnings.count, found.firstIndex(of: warning) ?? 0))
    }
    return trial
  }
}
