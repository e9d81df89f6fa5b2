import Foundation

/// Words for why JSON could not be decoded.
enum JSONProblem {
  static func describe(_ error: any Error) -> String {
    switch error {
    case DecodingError.dataCorrupted(let context):
      let underlying = context.underlyingError.map { $0 as NSError }
      let detail = underlying?.userInfo[NSDebugDescriptionErrorKey] as? String ?? context.debugDescription
      return "invalid JSON (\(detail))"
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
      let path = context.codingPath.map(\.stringValue).joined(separator: ".")
      return "JSON of the wrong shape at \(path.isEmpty ? "the top level" : path): \(context.debugDescription)"
    case DecodingError.keyNotFound(let key, _):
      return "JSON of the wrong shape: missing \"\(key.stringValue)\""
    default:
      return "invalid JSON (\(error.localizedDescription))"
    }
  }
}
