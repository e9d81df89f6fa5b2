/// The kind of study.
public enum StudyType: String, Sendable, Equatable, Codable, CaseIterable {
  case interventional
  case observational
  case expandedAccess = "expanded-access"

  /// Reads `INTERVENTIONAL`, `Interventional`, `Expanded Access`, `EXPANDED_ACCESS`.
  public init?(registryText: String) {
    switch VocabularyKey.make(registryText) {
    case "interventional": self = .interventional
    case "observational", "observationalpatientregistry": self = .observational
    case "expandedaccess": self = .expandedAccess
    default: return nil
    }
  }
}
