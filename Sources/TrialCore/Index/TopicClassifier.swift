/// Decides whether a trial is about stem-cell therapy for liver disease — the subset a
/// registry-wide library opens on.
public enum TopicClassifier {
  private static let liverWords = [
    "cirrhosis", "liver", "hepatic", "hepato", "eld", "esld", "aclf", "hepatitis", "cholangitis", "fibrosis",
  ]
  private static let cellWords = ["stem cell", "stromal cell", "mesenchymal", "msc", "mononuclear cell", "progenitor"]

  /// True when a liver condition meets a cell therapy.
  public static func isTopic(_ trial: Trial) -> Bool {
    let described = [trial.title, trial.officialTitle, trial.summary].compactMap { $0 }
    let conditions = TextFolding.fold((trial.conditions + described).joined(separator: " "))
    let liver = liverWords.contains { word in conditions.split(separator: " ").contains { $0.hasPrefix(word) } }
    guard liver else { return false }
    if !trial.cellSources.isEmpty { return true }
    let interventions = TextFolding.fold((trial.interventions.map(\.name) + [trial.title]).joined(separator: " "))
    return cellWords.contains { interventions.contains($0) }
  }
}
