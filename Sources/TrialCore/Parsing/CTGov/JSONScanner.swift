import Foundation

/// A forward-only reader over the bytes of one JSON document, built for reading a few dozen
/// known fields out of a large object: the caller walks the objects it knows and everything
/// else is skipped — checked for being valid JSON, but never turned into values.
///
/// The bytes are borrowed: create the scanner inside `withUnsafeBytes` and do not let it
/// escape. Nesting deeper than `maxDepth` is an error, not a stack overflow.
struct JSONScanner {
  static let maxDepth = 200

  private let bytes: UnsafeRawBufferPointer
  private(set) var offset = 0
  private var depth = 0
  /// The key whose value is being read, for messages.
  private var lastKey: JSONKey?

  init(_ bytes: UnsafeRawBufferPointer) {
    self.bytes = bytes
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { offset = 3 }
  }

  /// An object being read member by member.
  struct Members { fileprivate var first = true }

  /// An array being read element by element.
  struct Elements { fileprivate var first = true }

  // MARK: Structure

  /// Starts reading an object; nil when the value is `null`.
  mutating func members() throws(JSONScanError) -> Members? {
    guard try open(UInt8(ascii: "{"), kind: "an object") else { return nil }
    return Members()
  }

  /// The next member's key (with the scanner placed at its value), or nil after the closing
  /// brace.
  mutating func nextKey(_ members: inout Members) throws(JSONScanError) -> JSONKey? {
    skipSpace()
    if peek == UInt8(ascii: "}") {
      offset += 1
      depth -= 1
      return nil
    }
    if !members.first { try expect(UInt8(ascii: ","), "expected , or } after a member", in: "an object") }
    members.first = false
    skipSpace()
    guard peek == UInt8(ascii: "\"") else { throw peek == nil ? cutOff("inside an object") : syntax("expected a key") }
    let key = try readKey()
    skipSpace()
    try expect(UInt8(ascii: ":"), "expected : after a key", in: "an object")
    skipSpace()
    lastKey = key
    return key
  }

  /// Starts reading an array; nil when the value is `null`.
  mutating func elements() throws(JSONScanError) -> Elements? {
    guard try open(UInt8(ascii: "["), kind: "an array") else { return nil }
    return Elements()
  }

  /// Places the scanner at the next element; false after the closing bracket.
  mutating func nextElement(_ elements: inout Elements) throws(JSONScanError) -> Bool {
    skipSpace()
    if peek == UInt8(ascii: "]") {
      offset += 1
      depth -= 1
      return false
    }
    if !elements.first { try expect(UInt8(ascii: ","), "expected , or ] after an element", in: "an array") }
    elements.first = false
    skipSpace()
    if peek == nil { throw cutOff("inside an array") }
    return true
  }

  /// Reads an array whose elements `element` reads; elements it returns nil for are left out.
  mutating func array<T>(
    _ element: (inout JSONScanner) throws(JSONScanError) -> T?
  ) throws(JSONScanError) -> [T]? {
    guard var cursor = try elements() else { return nil }
    var values: [T] = []
    while try nextElement(&cursor) {
      if let value = try element(&self) { values.append(value) }
    }
    return values
  }

  /// Checks that nothing but white space follows the value just read.
  mutating func finish() throws(JSONScanError) {
    skipSpace()
    if offset < bytes.count { throw syntax("unexpected text after the JSON value") }
  }

  // MARK: Values

  /// A string value; nil for `null`.
  mutating func string() throws(JSONScanError) -> String? {
    skipSpace()
    switch peek {
    case UInt8(ascii: "\""): return try readString()
    case UInt8(ascii: "n"):
      try literal("null")
      return nil
    default: throw mismatch("a string")
    }
  }

  /// An array of strings; nil for `null`. Null elements are left out.
  mutating func strings() throws(JSONScanError) -> [String]? {
    try array { (scanner: inout JSONScanner) throws(JSONScanError) in try scanner.string() }
  }

  /// A whole number; nil for `null`. `12.0` and `1.2e1` are 12; `12.5` is an error.
  mutating func int() throws(JSONScanError) -> Int? {
    skipSpace()
    if peek == UInt8(ascii: "n") {
      try literal("null")
      return nil
    }
    guard let first = peek, first == UInt8(ascii: "-") || isDigit(first) else { throw mismatch("a number") }
    let start = offset
    let plain = try skipNumber()
    let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
    if plain, let value = Int(text) { return value }
    if let value = Double(text), value.rounded() == value, abs(value) < 9e15 { return Int(value) }
    throw JSONScanError(kind: .shape, message: "\(keyDescription) is \(text), not a whole number", offset: start)
  }

  /// A boolean; nil for `null`.
  mutating func bool() throws(JSONScanError) -> Bool? {
    skipSpace()
    switch peek {
    case UInt8(ascii: "t"):
      try literal("true")
      return true
    case UInt8(ascii: "f"):
      try literal("false")
      return false
    case UInt8(ascii: "n"):
      try literal("null")
      return nil
    default: throw mismatch("true or false")
    }
  }

  /// Passes over one value of any kind, checking that it is well formed.
  mutating func skipValue() throws(JSONScanError) {
    skipSpace()
    guard let byte = peek else { throw cutOff("where a value should be") }
    switch byte {
    case UInt8(ascii: "\""): try skipString()
    case UInt8(ascii: "{"):
      guard var cursor = try members() else { return }
      while try nextKey(&cursor) != nil { try skipValue() }
    case UInt8(ascii: "["):
      guard var cursor = try elements() else { return }
      while try nextElement(&cursor) { try skipValue() }
    case UInt8(ascii: "t"): try literal("true")
    case UInt8(ascii: "f"): try literal("false")
    case UInt8(ascii: "n"): try literal("null")
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try skipNumber()
    default: throw syntax("unexpected \(Self.describe(byte))")
    }
  }

  /// The byte range of the next value, passed over.
  mutating func skipValueRange() throws(JSONScanError) -> Range<Int> {
    skipSpace()
    let start = offset
    try skipValue()
    return start..<offset
  }

  /// The first byte of the next value, without reading it.
  mutating func peekValue() -> UInt8? {
    skipSpace()
    return peek
  }

  // MARK: Bytes

  private var peek: UInt8? { offset < bytes.count ? bytes[offset] : nil }

  private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  private mutating func skipSpace() {
    while offset < bytes.count {
      switch bytes[offset] {
      case 0x20, 0x0A, 0x0D, 0x09: offset += 1
      default: return
      }
    }
  }

  private mutating func open(_ bracket: UInt8, kind: String) throws(JSONScanError) -> Bool {
    skipSpace()
    if peek == UInt8(ascii: "n") {
      try literal("null")
      return false
    }
    guard peek == bracket else { throw mismatch(kind) }
    guard depth < Self.maxDepth else { throw syntax("nested more than \(Self.maxDepth) levels deep") }
    depth += 1
    offset += 1
    return true
  }

  private mutating func expect(_ byte: UInt8, _ message: String, in container: String) throws(JSONScanError) {
    guard peek == byte else { throw peek == nil ? cutOff("inside \(container)") : syntax(message) }
    offset += 1
  }

  private mutating func literal(_ word: StaticString) throws(JSONScanError) {
    let count = word.utf8CodeUnitCount
    guard offset + count <= bytes.count else { throw cutOff("inside a value") }
    for i in 0..<count where bytes[offset + i] != word.utf8Start[i] {
      throw syntax("unexpected \(Self.describe(bytes[offset + i]))")
    }
    offset += count
  }

  /// Passes over a number; true when it was a plain integer (no fraction or exponent).
  private mutating func skipNumber() throws(JSONScanError) -> Bool {
    var plain = true
    if peek == UInt8(ascii: "-") { offset += 1 }
    guard let first = peek, isDigit(first) else { throw peek == nil ? cutOff("inside a number") : syntax("bad number") }
    if first == UInt8(ascii: "0") { offset += 1 } else { skipDigits() }
    if peek == UInt8(ascii: ".") {
      plain = false
      offset += 1
      guard let digit = peek, isDigit(digit) else { throw syntax("bad number") }
      skipDigits()
    }
    if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
      plain = false
      offset += 1
      if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { offset += 1 }
      guard let digit = peek, isDigit(digit) else { throw syntax("bad number") }
      skipDigits()
    }
    return plain
  }

  private mutating func skipDigits() {
    while let byte = peek, isDigit(byte) { offset += 1 }
  }

  /// Passes over a string, leaving the scanner after its closing quote; true when it holds
  /// escapes. The closing quote is found with `memchr`, which reads many bytes at a time;
  /// control characters inside strings are let through (they are data, shown safely later).
  @discardableResult
  private mutating func skipString() throws(JSONScanError) -> Bool {
    offset += 1
    guard let base = bytes.baseAddress else { throw cutOff("inside a string") }
    var escaped = false
    while offset < bytes.count {
      guard let quote = memchr(base + offset, 0x22, bytes.count - offset) else { break }
      let end = base.distance(to: UnsafeRawPointer(quote))
      if let backslash = memchr(base + offset, 0x5C, end - offset) {
        escaped = true
        offset = base.distance(to: UnsafeRawPointer(backslash))
        try skipEscape()
        continue
      }
      offset = end + 1
      return escaped
    }
    throw cutOff("inside a string")
  }

  /// Passes over one escape, checking it is one JSON has.
  private mutating func skipEscape() throws(JSONScanError) {
    guard offset + 1 < bytes.count else { throw cutOff("inside a string") }
    switch bytes[offset + 1] {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
      UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
      offset += 2
    case UInt8(ascii: "u"):
      guard offset + 6 <= bytes.count else { throw cutOff("inside a string") }
      guard JSONEscapes.hex(UnsafeRawBufferPointer(rebasing: bytes[(offset + 2)..<(offset + 6)]), 0) != nil else {
        throw syntax("bad \\u escape")
      }
      offset += 6
    default: throw syntax("bad escape \\\(Self.describe(bytes[offset + 1]))")
    }
  }

  private mutating func readString() throws(JSONScanError) -> String {
    let start = offset + 1
    let escaped = try skipString()
    let body = UnsafeRawBufferPointer(rebasing: bytes[start..<(offset - 1)])
    return escaped ? JSONEscapes.decode(body) : String(decoding: body, as: UTF8.self)
  }

  private mutating func readKey() throws(JSONScanError) -> JSONKey {
    let start = offset + 1
    let escaped = try skipString()
    let body = UnsafeRawBufferPointer(rebasing: bytes[start..<(offset - 1)])
    return JSONKey(raw: body, decoded: escaped ? JSONEscapes.decode(body) : nil)
  }

  // MARK: Errors

  private func cutOff(_ place: String) -> JSONScanError {
    JSONScanError(kind: .cutOff, message: place, offset: bytes.count)
  }

  private func syntax(_ message: String) -> JSONScanError {
    JSONScanError(kind: .syntax, message: message, offset: offset)
  }

  private func mismatch(_ expected: String) -> JSONScanError {
    guard let byte = peek else { return cutOff("where a value should be") }
    let found = Self.describeValue(byte)
    return JSONScanError(kind: .shape, message: "\(keyDescription) is \(found), not \(expected)", offset: offset)
  }

  private var keyDescription: String {
    guard let lastKey else { return "the document" }
    return "\"\(lastKey.text)\""
  }

  private static func describeValue(_ byte: UInt8) -> String {
    switch byte {
    case UInt8(ascii: "\""): "a string"
    case UInt8(ascii: "{"): "an object"
    case UInt8(ascii: "["): "an array"
    case UInt8(ascii: "t"), UInt8(ascii: "f"): "a boolean"
    case UInt8(ascii: "n"): "null"
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): "a number"
    default: describe(byte)
    }
  }

  static func describe(_ byte: UInt8) -> String {
    (0x21...0x7E).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16))"
  }
}
