import Foundation

/// The escapes of JSON strings. `JSONScanner` checks every escape as it passes over a string,
/// so decoding can take them as well formed.
enum JSONEscapes {
  /// The text of a string body (between its quotes). Unpaired surrogates become U+FFFD, as do
  /// bytes that are not UTF-8.
  static func decode(_ body: UnsafeRawBufferPointer) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(body.count)
    var i = 0
    var pendingHigh: UInt32?
    func append(scalar value: UInt32) {
      UTF8.encode(Unicode.Scalar(value) ?? "\u{FFFD}") { out.append($0) }
    }
    func flushHigh() {
      if pendingHigh != nil { append(scalar: 0xFFFD) }
      pendingHigh = nil
    }
    while i < body.count {
      let byte = body[i]
      guard byte == UInt8(ascii: "\\"), i + 1 < body.count else {
        flushHigh()
        out.append(byte)
        i += 1
        continue
      }
      let code = body[i + 1]
      i += 2
      if code == UInt8(ascii: "u"), i + 4 <= body.count, let unit = hex(body, i) {
        i += 4
        if let high = pendingHigh, (0xDC00...0xDFFF).contains(unit) {
          append(scalar: 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00))
          pendingHigh = nil
          continue
        }
        flushHigh()
        if (0xD800...0xDBFF).contains(unit) {
          pendingHigh = unit
        } else {
          append(scalar: (0xDC00...0xDFFF).contains(unit) ? 0xFFFD : unit)
        }
        continue
      }
      flushHigh()
      switch code {
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      default: out.append(code)  // \" \\ \/ (the scanner lets no other escape through)
      }
    }
    flushHigh()
    return String(decoding: out, as: UTF8.self)
  }

  /// The four hex digits at `at` as a UTF-16 unit, or nil when they are not hex digits.
  static func hex(_ body: UnsafeRawBufferPointer, _ at: Int) -> UInt32? {
    var value: UInt32 = 0
    for byte in body[at..<(at + 4)] {
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: return nil
      }
      value = value << 4 | UInt32(digit)
    }
    return value
  }
}

/// An object key as it appears in the document, compared against the keys a reader knows
/// without making a `String` of it.
struct JSONKey {
  let raw: UnsafeRawBufferPointer
  /// The key with its escapes decoded, when it had any.
  let decoded: String?

  var text: String { decoded ?? String(decoding: raw, as: UTF8.self) }

  /// True when the key is `name`.
  static func ~= (name: StaticString, key: JSONKey) -> Bool {
    let expected = UnsafeRawBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
    if let decoded = key.decoded { return decoded.utf8.elementsEqual(expected) }
    guard key.raw.count == expected.count else { return false }
    guard let found = key.raw.baseAddress, let wanted = expected.baseAddress else { return true }
    return memcmp(found, wanted, expected.count) == 0
  }
}
