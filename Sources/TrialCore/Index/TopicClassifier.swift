/// Decides whether a trial is about stem-cell therapy for liver disease — the subset a
/// registry-wide library opens on.
public enum TopicClassifier {
  private static let liverWords = [
    "cirrhosis", "liver", "hepatic", "hepato", "eld", "esld", "aclf", "hepatitis", "cholangitis", "fibrosis",
  ]
  private static let cellWords = KeywordSet([
    "stem cell", "stromal cell", "mesenchymal", " msc", "-msc", "mononuclear cell", "progenitor cell",
  ])

  /// True when a liver condition meets a cell therapy.
  public static func isTopic(_ trial: Trial) -> Bool {
    // The cell test is the rarer and cheaper one: most registry trials stop here.
    if trial.cellSources.isEmpty {
      let interventions = (trial.interventions.map(\.name) + [trial.title]).joined(separator: " ")
      guard cellWords.occurs(in: interventions) else { return false }
    }
    let described = [trial.title, trial.officialTitle, trial.summary].compactMap { $0 }
    let words = TextFolding.words((trial.conditions + described).joined(separator: " "))
    return words.contains { word in liverWords.contains { word.hasPrefix($0) } }
  }
}
