import Foundation

/// How participants are assigned and what they know.
public struct StudyDesign: Sendable, Equatable, Codable {
  /// `randomized` or `non-randomized`.
  public var allocation: String?
  /// `single-group`, `parallel`, `crossover`, `factorial`, `sequential`.
  public var model: String?
  /// `none`, `single`, `double`, `triple`, `quadruple`.
  public var masking: String?
  /// `treatment`, `prevention`, `diagnostic`, `supportive-care`, … .
  public var purpose: String?

  /// Creates a design with every field absent.
  public init(allocation: String? = nil, model: String? = nil, masking: String? = nil, purpose: String? = nil) {
    self.allocation = allocation
    self.model = model
    self.masking = masking
    self.purpose = purpose
  }

  enum CodingKeys: String, CodingKey { case allocation, model, masking, purpose }

  /// Encodes absent fields as `null`, as the contract asks.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(allocation, forKey: .allocation)
    try c.encode(model, forKey: .model)
    try c.encode(masking, forKey: .masking)
    try c.encode(purpose, forKey: .purpose)
  }

  /// Reads `RANDOMIZED`, `Non-Randomized`, `NA`.
  public static func allocation(from text: String) -> String? {
    switch VocabularyKey.make(text) {
    case "randomized", "randomised": "randomized"
    case "nonrandomized", "nonrandomised": "non-randomized"
    default: nil
    }
  }

  /// Reads `PARALLEL`, `Parallel Assignment`, `SINGLE_GROUP`, `Single Group Assignment`, … .
  public static func model(from text: String) -> String? {
    let key = VocabularyKey.make(text).replacingOccurrences(of: "assignment", with: "")
    switch key {
    case "singlegroup": return "single-group"
    case "parallel": return "parallel"
    case "crossover": return "crossover"
    case "factorial": return "factorial"
    case "sequential": return "sequential"
    default: return nil
    }
  }

  /// Reads `None (Open label)`, `NONE`, `Double`, `Triple (Participant, …)`.
  public static func masking(from text: String) -> String? {
    let first = text.lowercased().split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? ""
    switch first {
    case "none", "open": return "none"
    case "single", "double", "triple", "quadruple": return first
    default: return nil
    }
  }

  /// Reads `Treatment`, `SUPPORTIVE_CARE`, `Health Services Research`, … .
  public static func purpose(from text: String) -> String? {
    let known = [
      "treatment", "prevention", "diagnostic", "supportivecare", "screening", "healthservicesresearch",
      "basicscience", "devicefeasibility", "ecologicorcommunity", "other",
    ]
    let key = VocabularyKey.make(text)
    guard known.contains(key) else { return nil }
    let spelled = [
      "supportivecare": "supportive-care", "healthservicesresearch": "health-services-research",
      "basicscience": "basic-science", "devicefeasibility": "device-feasibility",
      "ecologicorcommunity": "ecologic-or-community",
    ]
    return spelled[key] ?? key
  }
}
