/// Sexes eligible for the trial.
public enum Sex: String, Sendable, Equatable, Codable, CaseIterable {
  case all
  case female
  case male

  /// Reads `All`, `ALL`, `Both`, `Female`, `MALE`.
  public init?(registryText: String) {
    switch VocabularyKey.make(registryText) {
    case "all", "both", "allsexes": self = .all
    case "female", "females", "women": self = .female
    case "male", "males", "men": self = .male
    default: return nil
    }
  }
}
