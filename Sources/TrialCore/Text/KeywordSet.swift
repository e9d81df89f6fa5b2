/// Lowercase ASCII keywords, arranged for testing whether any occurs in a text with one pass
/// and no copies: keywords are grouped by first byte, and a byte that starts none is passed
/// over after one bit test. Text bytes are compared with ASCII letters folded.
struct KeywordSet: Sendable {
  /// All keywords' bytes, back to back, grouped by first byte.
  private let bytes: [UInt8]
  /// Keyword k is `bytes[starts[k]..<starts[k + 1]]`.
  private let starts: [Int]
  /// The keywords starting with byte b are `firsts[b]..<firsts[b + 1]`.
  private let firsts: [Int]

  init(_ words: [StaticString]) {
    let sorted = words.filter { $0.utf8CodeUnitCount > 0 }
      .map { Array(UnsafeBufferPointer(start: $0.utf8Start, count: $0.utf8CodeUnitCount)) }
      .sorted { $0[0] < $1[0] }
    var bytes: [UInt8] = []
    var starts = [0]
    var firsts = [Int](repeating: 0, count: 257)
    for word in sorted {
      bytes += word
      starts.append(bytes.count)
    }
    var k = 0
    for b in 0...256 {
      while k < sorted.count && Int(sorted[k][0]) < b { k += 1 }
      firsts[b] = k
    }
    self.bytes = bytes
    self.starts = starts
    self.firsts = firsts
  }

  /// Whether any keyword occurs in `text`; with `leadingSpace`, as if the text began with a
  /// space (so " msc" is found at its very start).
  func occurs(in text: String, leadingSpace: Bool = false) -> Bool {
    var text = text
    return text.withUTF8 { haystack in
      bytes.withUnsafeBufferPointer { needles in
        starts.withUnsafeBufferPointer { starts in
          firsts.withUnsafeBufferPointer { firsts in
            @inline(__always) func fold(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
            /// Whether a keyword starting with byte `first` matches with its first byte at `i`.
            @inline(__always) func matchesAt(_ i: Int, first: Int) -> Bool {
              for k in firsts[first]..<firsts[first + 1] {
                let length = starts[k + 1] - starts[k]
                guard i + length <= haystack.count else { continue }
                var j = 1
                while j < length && fold(haystack[i + j]) == needles[starts[k] + j] { j += 1 }
                if j == length { return true }
              }
              return false
            }
            if leadingSpace && firsts[0x20] < firsts[0x21] && matchesAt(-1, first: 0x20) { return true }
            for i in 0..<haystack.count {
              let b = Int(fold(haystack[i]))
              if firsts[b] < firsts[b + 1] && matchesAt(i, first: b) { return true }
            }
            return false
          }
        }
      }
    }
  }
}
