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

  /// Calls `body` with each non-blank line (without its newline), its 1-based number and the
  /// bytes it took; returns false on a read error.
  static func forEachLine(path: String, chunkSize: Int = 4 << 20, _ body: (Data, Int, Int) -> Void) -> Bool {
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    var pending = Data()
    var number = 0
    while true {
      let chunk: Data
      do {
        chunk = try handle.read(upToCount: chunkSize) ?? Data()
      } catch {
        return false
      }
      if chunk.isEmpty { break }
      pending.append(chunk)
      var start = pending.startIndex
      while let newline = pending[start...].firstIndex(of: 0x0A) {
        number += 1
        let line = pending[start..<newline]
        if line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) { body(Data(line), number, line.count + 1) }
        start = newline + 1
      }
      pending = Data(pending[start...])
    }
    if pending.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x0A && $0 != 0x09 }) {
      body(pending, number + 1, pending.count)
    }
    return true
  }
}
