/// Overall recruitment status, in the registry's vocabulary.
public enum TrialStatus: String, Sendable, Equatable, Codable, CaseIterable {
  case recruiting
  case notYetRecruiting = "not-yet-recruiting"
  case activeNotRecruiting = "active-not-recruiting"
  case enrollingByInvitation = "enrolling-by-invitation"
  case completed
  case suspended
  case terminated
  case withdrawn
  case unknown

  /// Reads the spellings that registries and mirrors use: `RECRUITING`, `Not yet recruiting`,
  /// `ACTIVE_NOT_RECRUITING`, `Active, not recruiting`, `Unknown status`.
  public init?(registryText: String) {
    let key = VocabularyKey.make(registryText)
    switch key {
    case "recruiting": self = .recruiting
    case "notyetrecruiting": self = .notYetRecruiting
    case "activenotrecruiting": self = .activeNotRecruiting
    case "enrollingbyinvitation": self = .enrollingByInvitation
    case "completed": self = .completed
    case "suspended": self = .suspended
    case "terminated": self = .terminated
    case "withdrawn": self = .withdrawn
    case "unknown", "unknownstatus": self = .unknown
    default: return nil
    }
  }
}
