/// Why a document could not become a record at all. Everything short of this is a warning on
/// the record instead.
public enum ParseError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The document holds no text.
  case empty(source: String)
  /// The document is not text (NUL bytes or mostly control characters).
  case binary(source: String)

  /// One line naming the document and the reason.
  public var description: String {
    switch self {
    case .empty(let source): "\(source): the file is empty"
    case .binary(let source): "\(source): not a text document (binary content)"
    }
  }
}
