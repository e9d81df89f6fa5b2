/// A value shown to a reader, with the words it was read from and where they stand, so that
/// every inferred value can be checked against the source.
public struct Finding: Sendable, Equatable {
  /// The value in plain words: "hepatic artery", "1×10⁶ cells/kg".
  public var value: String
  /// The source words; nil for values read from a labelled field.
  public var phrase: String?
  /// Where the phrase stands (`summary`, `arm "…"`); nil when it is the block's own arm.
  public var location: String?

  /// Creates a finding.
  public init(value: String, phrase: String? = nil, location: String? = nil) {
    self.value = value
    self.phrase = phrase
    self.location = location
  }

  /// `hepatic artery — "infused via liver artery" (summary)`.
  public var text: String {
    var out = value
    if let phrase { out += " — \"\(phrase)\"" }
    if let location { out += " (\(location))" }
    return out
  }
}
