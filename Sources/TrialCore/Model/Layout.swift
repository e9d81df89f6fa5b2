/// A source layout that livertrials can read.
public enum Layout: String, Sendable, Equatable, Codable, CaseIterable {
  /// Registry data outranks mirror pages when sources of one trial disagree.
  public var isRegistryData: Bool { self == .ctgovJSON || self == .ctgovXML }

  /// MedPath trial pages saved as text.
  case medpath
  /// ClinicalTrials.Veeva trial pages saved as text.
  case veeva
  /// Condition-centred trial pages ("<condition> Clinical Trial") with a related-trials table.
  case trialPage = "trial-page"
  /// ClinicalTrials.gov API v2 study JSON.
  case ctgovJSON = "ctgov-json"
  /// The retired ClinicalTrials.gov `<clinical_study>` XML.
  case ctgovXML = "ctgov-xml"
  /// Anything else: "Label: value" lines and an NCT id.
  case fallback
}
