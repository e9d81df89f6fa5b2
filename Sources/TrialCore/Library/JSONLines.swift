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

  /// Calls `body` with each non-blank line of a document in memory and its 1-based number.
  static func forEachLine(in data: Data, _ body: (Data, Int) -> Void) {
    for (offset, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated()
    where line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) {
      body(Data(line), offset + 1)
    }
  }

  /// Calls `body` with each non-blank line (without its newline), its 1-based number and the
  /// bytes it took; returns false on a read error.
  static func forEachLine(path: String, chunkSize: Int = 8 << 20, _ body: (Data, Int, Int) -> Void) -> Bool {
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    var pending: [UInt8] = []
    var number = 0
    func emit(_ line: ArraySlice<UInt8>, taking bytes: Int) {
      number += 1
      if line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 && $0 != 0x0A }) {
        body(Data(line), number, bytes)
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
          emit(pending[start..<i], taking: i - start + 1)
          start = i + 1
        }
      }
      pending.removeFirst(start)
    }
    if !pending.isEmpty { emit(pending[...], taking: pending.count) }
    return true
  }
}
