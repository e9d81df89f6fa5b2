/// The phrase an inferred value was read from, and where that phrase stands in the record.
public struct Evidence: Sendable, Equatable, Codable {
  /// The field that was inferred: `route`, `cellSource`, `origin`, `dose`, `ages`.
  public var field: String
  /// The inferred value as it appears in the JSON (`hepatic-artery`, `autologous`, …).
  public var value: String
  /// The words in the source that support the value.
  public var phrase: String
  /// The part of the record the phrase is in: `arm "…"`, `intervention`, `title`, `summary`, … .
  public var location: String

  /// Creates evidence.
  public init(field: String, value: String, phrase: String, location: String) {
    self.field = field
    self.value = value
    self.phrase = phrase
    self.location = location
  }
}
