import Foundation

/// The index saved next to the library's database, so opening a registry-sized library reads
/// columns and postings straight back instead of re-reading every record. Little-endian
/// arrays, each preceded by its element count; strings as one UTF-8 blob plus offsets.
enum IndexFile {
  static let magic: UInt32 = 0x4C54_4958  // "LTIX"
  static let version: UInt32 = 5

  struct Failure: Error {
    let reason: String
  }

  static func write(columns: IndexColumns, postings: Postings, orders: [SortKey: [Int32]], to url: URL) throws {
    let temporary = url.appendingPathExtension("tmp")
    guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
      throw Failure(reason: "cannot create \(temporary.path)")
    }
    let handle = try FileHandle(forWritingTo: temporary)
    defer { try? handle.close() }
    var out = Writer(handle: handle)
    out.put(magic)
    out.put(version)
    out.strings(columns.ids)
    out.strings(columns.titles)
    out.strings(columns.sponsors)
    out.array(columns.phaseMask)
    out.array(columns.routeMask)
    out.array(columns.cellMask)
    out.array(columns.status)
    out.array(columns.origin)
    out.array(columns.studyType)
    out.array(columns.sex)
    out.array(columns.topic.map { $0 ? UInt8(1) : 0 })
    out.array(columns.enrollment)
    out.array(columns.countryOffsets)
    out.array(columns.countryCodes)
    out.strings(columns.countryNames)
    out.strings(postings.tokens)
    out.array(postings.offsets)
    out.array(postings.docs)
    out.array(postings.weights)
    out.strings(postings.prefixes)
    out.array(postings.prefixOffsets)
    out.array(postings.prefixDocs)
    out.array(postings.prefixWeights)
    for key in TrialIndex.savedOrders { out.array(orders[key] ?? []) }
    try out.flush()
    if let failure = out.failure { throw failure }
    _ = try? FileManager.default.removeItem(at: url)
    try FileManager.default.moveItem(at: temporary, to: url)
  }

  static func read(from url: URL) throws -> (IndexColumns, Postings, [SortKey: [Int32]]) {
    let data = try Data(contentsOf: url, options: .alwaysMapped)
    var input = Reader(data: data)
    guard try input.get(UInt32.self) == magic else { throw Failure(reason: "not a livertrials index") }
    guard try input.get(UInt32.self) == version else {
      throw Failure(reason: "index from another version; run import again")
    }
    var columns = IndexColumns()
    columns.ids = try input.strings()
    columns.titles = try input.strings()
    columns.sponsors = try input.strings()
    columns.phaseMask = try input.array()
    columns.routeMask = try input.array()
    columns.cellMask = try input.array()
    columns.status = try input.array()
    columns.origin = try input.array()
    columns.studyType = try input.array()
    columns.sex = try input.array()
    columns.topic = (try input.array() as [UInt8]).map { $0 != 0 }
    columns.enrollment = try input.array()
    columns.countryOffsets = try input.array()
    columns.countryCodes = try input.array()
    columns.countryNames = try input.strings()
    for (code, name) in columns.countryNames.enumerated() {
      columns.countryLookup[TextFolding.fold(name)] = UInt16(code)
    }
    var postings = Postings()
    postings.tokens = try input.strings()
    postings.offsets = try input.array()
    postings.docs = try input.array()
    postings.weights = try input.array()
    postings.prefixes = try input.strings()
    postings.prefixOffsets = try input.array()
    postings.prefixDocs = try input.array()
    postings.prefixWeights = try input.array()
    var orders: [SortKey: [Int32]] = [:]
    for key in TrialIndex.savedOrders { orders[key] = try input.array() }
    guard columns.ids.count == columns.titles.count, columns.countryOffsets.count == columns.ids.count + 1,
      postings.offsets.count == postings.tokens.count + 1, postings.prefixOffsets.count == postings.prefixes.count + 1
    else { throw Failure(reason: "index file is inconsistent; run import again") }
    return (columns, postings, orders)
  }

  /// Writes through a buffer of a few megabytes, so saving a registry-sized index never holds
  /// a second copy of it in memory.
  struct Writer {
    let handle: FileHandle
    private var data = Data()
    /// The first write error, reported when the file is finished.
    private(set) var failure: (any Error)?

    init(handle: FileHandle) { self.handle = handle }

    mutating func put<T: FixedWidthInteger>(_ value: T) {
      withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    mutating func array<T: FixedWidthInteger>(_ values: [T]) {
      put(UInt64(values.count))
      values.withUnsafeBytes { bytes in
        var start = 0
        while start < bytes.count {
          let end = min(bytes.count, start + (8 << 20))
          data.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
          start = end
          flushIfFull()
        }
      }
    }

    private mutating func flushIfFull() {
      if data.count >= 8 << 20 { try? flush() }
    }

    mutating func flush() throws {
      guard failure == nil, !data.isEmpty else { return }
      do {
        try handle.write(contentsOf: data)
      } catch {
        failure = error
        throw error
      }
      data.removeAll(keepingCapacity: true)
    }

    mutating func strings(_ values: [String]) {
      var blob = Data()
      var offsets: [UInt64] = [0]
      offsets.reserveCapacity(values.count + 1)
      for value in values {
        blob.append(contentsOf: value.utf8)
        offsets.append(UInt64(blob.count))
      }
      array(offsets)
      put(UInt64(blob.count))
      data.append(blob)
      flushIfFull()
    }
  }

  struct Reader {
    let data: Data
    var position = 0

    mutating func get<T: FixedWidthInteger>(_: T.Type) throws -> T {
      let size = MemoryLayout<T>.size
      guard position + size <= data.count else { throw Failure(reason: "index file is cut off") }
      var value: T = 0
      _ = withUnsafeMutableBytes(of: &value) {
        data.copyBytes(to: $0, from: (data.startIndex + position)..<(data.startIndex + position + size))
      }
      position += size
      return T(littleEndian: value)
    }

    mutating func array<T: FixedWidthInteger>() throws -> [T] {
      let count = Int(try get(UInt64.self))
      let size = count * MemoryLayout<T>.stride
      guard count >= 0, position + size <= data.count else { throw Failure(reason: "index file is cut off") }
      let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
        _ = data.copyBytes(to: buffer, from: (data.startIndex + position)..<(data.startIndex + position + size))
        initialized = count
      }
      position += size
      return values
    }

    mutating func strings() throws -> [String] {
      let offsets: [UInt64] = try array()
      let length = Int(try get(UInt64.self))
      guard position + length <= data.count, offsets.count >= 1 else { throw Failure(reason: "index file is cut off") }
      guard offsets.first == 0, offsets.last == UInt64(length),
        zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 })
      else { throw Failure(reason: "index file is damaged") }
      let base = position
      position += length
      return data.withUnsafeBytes { raw in
        (0..<(offsets.count - 1)).map { i in
          let start = base + Int(offsets[i])
          let end = base + Int(offsets[i + 1])
          return String(decoding: UnsafeRawBufferPointer(rebasing: raw[start..<end]), as: UTF8.self)
        }
      }
    }
  }
}
