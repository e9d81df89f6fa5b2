import Foundation

/// One intervention as the registry lists it.
public struct Intervention: Sendable, Equatable, Codable {
  /// `biological`, `drug`, `procedure`, `device`, `other`, … ; null when not stated.
  public var type: String?
  /// The intervention's name.
  public var name: String
  /// The intervention's description, when stated.
  public var description: String?

  /// Creates an intervention.
  public init(type: String?, name: String, description: String? = nil) {
    self.type = type
    self.name = name
    self.description = description
  }

  enum CodingKeys: String, CodingKey { case type, name, description }

  /// Encodes absent fields as `null`.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(type, forKey: .type)
    try c.encode(name, forKey: .name)
    try c.encode(description, forKey: .description)
  }

  /// The registry's intervention types, as `Type:` prefixes on pages show them.
  static let typeNames = [
    "Biological", "Drug", "Device", "Procedure", "Other", "Genetic", "Radiation", "Behavioral",
    "Dietary Supplement", "Combination Product", "Diagnostic Test",
  ]

  /// Maps `Biological`, `DIETARY_SUPPLEMENT`, `Diagnostic Test` to the JSON vocabulary.
  static func type(from text: String) -> String? {
    typesByKey[VocabularyKey.make(text)]
  }

  private static let typesByKey: [String: String] = Dictionary(
    uniqueKeysWithValues: typeNames.map {
      (VocabularyKey.make($0), $0.lowercased().replacingOccurrences(of: " ", with: "-"))
    })

  /// Reads `Biological: UC-MSC infusion` into a typed intervention; a name without a known
  /// type prefix keeps a null type.
  static func fromLabelled(_ text: String) -> Intervention {
    if let colon = text.firstIndex(of: ":") {
      let prefix = Prose.trim(String(text[..<colon]))
      if let type = type(from: prefix) {
        let name = Prose.trim(String(text[text.index(after: colon)...]))
        return Intervention(type: type, name: name)
      }
    }
    return Intervention(type: nil, name: Prose.trim(text))
  }
}
