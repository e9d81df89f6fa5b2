/// Why a JSON document could not be read: broken JSON (with the byte where it broke), or JSON
/// whose values are not of the kinds a study has.
public struct JSONScanError: Error, Sendable, Equatable {
  public enum Kind: Sendable {
    /// The bytes stop before the document ends (an interrupted download or copy).
    case cutOff
    case syntax
    case shape
  }

  public let kind: Kind
  public let message: String
  /// Bytes from the start of the document to where the problem was found.
  public let offset: Int

  /// One line for a diagnostic.
  public var reason: String {
    switch kind {
    case .cutOff: "JSON cut off: the data ends after \(offset) bytes \(message)"
    case .syntax: "invalid JSON (\(message) at byte \(offset))"
    case .shape: "JSON of the wrong shape: \(message)"
    }
  }
}
