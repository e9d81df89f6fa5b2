import Foundation

/// JSON Lines: one JSON document per line, read in chunks.
enum JSONLines {
  /// True when the first line is a whole object and another line follows.
  static func looksLikeLines(_ head: Data) -> Bool {
    guard let newline = head.firstIndex(of: 0x0A) else { return false }
    let first = head[head.startIndex..<newline]
    let trimmed = first.reversed().drop { $0 == 0x0D || $0 == 0x20 }
    guard trimmed.first == UInt8(ascii: "}") else { return false }
    let rest = head[(newline + 1)...].drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D }
    return rest.isEmpty || rest.first == UInt8(ascii: "{")
  }

  /// What `forEachLine` hands over for each non-blank line.
  enum Line {
    /// A line (without its newline), its 1-based number and the bytes it took.
    case text(Data, number: Int, bytes: Int)
    /// A line longer than the limit, skipped without being kept in memory.
    case tooLong(number: Int, bytes: Int)
  }

  /// Calls `body` with each non-blank line of a document held in memory, as `forEachLine`
  /// does for a file.
  static func forEachLine(in data: Data, maxLine: Int, _ body: (Line) -> Void) {
    var number = 0
    for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
      number += 1
      if line.count > maxLine {
        body(.tooLong(number: number, bytes: line.count + 1))
      } else if line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) {
        body(.text(Data(line), number: number, bytes: line.count + 1))
      }
    }
  }

  /// Calls `body` with each non-blank line; returns false on a read error. Memory stays within
  /// `maxLine` plus one chunk however long a line is: the rest of an over-long line is skipped.
  static func forEachLine(
    _ handle: FileHandle, chunkSize: Int = 8 << 20, maxLine: Int, _ body: (Line) -> Void
  ) -> Bool {
    var pending: [UInt8] = []
    var number = 0
    // Bytes of an over-long line already dropped; nil while the current line is being kept.
    var skipped: Int?
    func endLine(_ line: ArraySlice<UInt8>, taking bytes: Int) {
      number += 1
      if let dropped = skipped {
        body(.tooLong(number: number, bytes: dropped + bytes))
        skipped = nil
      } else if line.count > maxLine {
        body(.tooLong(number: number, bytes: bytes))
      } else if line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 && $0 != 0x0A }) {
        body(.text(Data(line), number: number, bytes: bytes))
      }
    }
    while true {
      let chunk: Data
      do {
        chunk = try handle.read(upToCount: chunkSize) ?? Data()
      } catch {
        return false
      }
      if chunk.isEmpty { break }
      pending.append(contentsOf: chunk)
      var start = 0
      pending.withUnsafeBufferPointer { buffer in
        guard let base = buffer.baseAddress else { return }
        let count = buffer.count
        // memchr finds each newline at memory speed.
        while start < count, let found = memchr(base + start, 0x0A, count - start) {
          let i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
          endLine(pending[start..<i], taking: i - start + 1)
          start = i + 1
        }
      }
      pending.removeFirst(start)
      if pending.count > maxLine {
        skipped = (skipped ?? 0) + pending.count
        pending.removeAll(keepingCapacity: false)
      }
    }
    if !pending.isEmpty || skipped != nil { endLine(pending[...], taking: pending.count) }
    return true
  }
}
