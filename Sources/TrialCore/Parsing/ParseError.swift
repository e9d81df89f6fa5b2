/// Why a document could not become a record at all. Everything short of this is a warning on
/// the record instead.
public enum ParseError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The document holds no text.
  case empty(source: String)
  /// The document is not text (NUL bytes or mostly control characters).
  case binary(source: String)
  /// Structured data (JSON, XML) that cannot be read, with the reason and where.
  case malformed(source: String, reason: String)

  /// One line naming the document and the reason.
  public var description: String {
    switch self {
    case .empty(let source), .binary(let source), .malformed(let source, _): "\(source): \(reason)"
    }
  }

  /// The reason without the document's name.
  public var reason: String {
    switch self {
    case .empty: "the file is empty"
    case .binary: "not a text document (binary content)"
    case .malformed(_, let reason): reason
    }
  }
}
