import Foundation

/// Words for why JSON could not be decoded.
enum JSONProblem {
  /// One line for `error`; with the bytes, a document that simply stops is called cut off.
  static func describe(_ error: any Error, data: Data? = nil) -> String {
    switch error {
    case DecodingError.dataCorrupted(let context):
      if let data, let cut = cutOff(data) { return cut }
      let underlying = context.underlyingError.map { $0 as NSError }
      let detail = underlying?.userInfo[NSDebugDescriptionErrorKey] as? String ?? context.debugDescription
      return "invalid JSON (\(detail))"
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
      let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
      return "JSON of the wrong shape at \(path.isEmpty ? "the top level" : path): \(context.debugDescription)"
    case DecodingError.keyNotFound(let key, _):
      return "JSON of the wrong shape: missing \"\(key.stringValue)\""
    default:
      return "invalid JSON (\(error.localizedDescription))"
    }
  }

  /// "JSON cut off …" when the bytes end inside a string, object or array: the usual result of
  /// an interrupted download or copy. Nil when the brackets close.
  static func cutOff(_ data: Data) -> String? {
    var depth = 0
    var inString = false
    var escaped = false
    for byte in data {
      if inString {
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""): inString = true
      case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
      default: break
      }
    }
    guard depth > 0 || inString else { return nil }
    let place = inString ? "inside a string" : "with \(depth) object(s) or array(s) still open"
    return "JSON cut off: the data ends after \(data.count) bytes \(place)"
  }
}
