/// Fast case-insensitive keyword tests on ASCII bytes, for the hot paths of an import:
/// Foundation's `String.contains` costs a bridge per call on Linux.
struct ByteSearch {
  /// The lowercased UTF-8 bytes of the text (ASCII letters folded; others unchanged).
  let bytes: [UInt8]

  init(_ text: String) {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for byte in text.utf8 { bytes.append((byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte) }
    self.bytes = bytes
  }

  /// Whether `needle` (lowercase ASCII) occurs.
  func contains(_ needle: StaticString) -> Bool {
    let m = needle.utf8CodeUnitCount
    guard m > 0 else { return true }
    let n = bytes.count
    guard n >= m else { return false }
    return bytes.withUnsafeBufferPointer { haystack in
      let pattern = needle.utf8Start
      let first = pattern[0]
      var i = 0
      while i <= n - m {
        if haystack[i] == first {
          var j = 1
          while j < m && haystack[i + j] == pattern[j] { j += 1 }
          if j == m { return true }
        }
        i += 1
      }
      return false
    }
  }

  /// Whether any of `needles` occurs: one pass over the text, trying only the needles whose
  /// first byte matches.
  func containsAny(_ needles: [StaticString]) -> Bool {
    var firsts = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))
    for needle in needles where needle.utf8CodeUnitCount > 0 {
      let b = needle.utf8Start[0]
      switch b >> 6 {
      case 0: firsts.0 |= 1 << UInt64(b & 63)
      case 1: firsts.1 |= 1 << UInt64(b & 63)
      case 2: firsts.2 |= 1 << UInt64(b & 63)
      default: firsts.3 |= 1 << UInt64(b & 63)
      }
    }
    return bytes.withUnsafeBufferPointer { haystack in
      let n = haystack.count
      for i in 0..<n {
        let b = haystack[i]
        let word: UInt64
        switch b >> 6 {
        case 0: word = firsts.0
        case 1: word = firsts.1
        case 2: word = firsts.2
        default: word = firsts.3
        }
        guard word & (1 << UInt64(b & 63)) != 0 else { continue }
        for needle in needles where needle.utf8CodeUnitCount > 0 && needle.utf8Start[0] == b {
          let m = needle.utf8CodeUnitCount
          guard i + m <= n else { continue }
          var j = 1
          while j < m && haystack[i + j] == needle.utf8Start[j] { j += 1 }
          if j == m { return true }
        }
      }
      return false
    }
  }
}
