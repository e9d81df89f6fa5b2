/// A source layout that livertrials can read.
public enum Layout: String, Sendable, Equatable, Codable, CaseIterable {
  /// MedPath trial pages saved as text.
  case medpath
  /// ClinicalTrials.Veeva trial pages saved as text.
  case veeva
  /// Condition-centred trial pages ("<condition> Clinical Trial") with a related-trials table.
  case trialPage = "trial-page"
  /// Anything else: "Label: value" lines and an NCT id.
  case fallback
}
