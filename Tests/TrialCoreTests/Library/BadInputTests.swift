import Foundation
import Testing
import ZIPFoundation

@testable import TrialCore

/// Inputs that are broken, odd or hostile, read through `Library.load`: each gives one
/// diagnostic naming the file and the reason, and everything else still loads.
@Suite struct BadInputTests {
  static let seedNames = [
    "000_64587587229b2673.txt", "001_085dc59f04c4a279.txt", "002_93cb189ce42015ad.txt", "003_9448936c7e9f0408.txt",
    "004_178c2bec843b439b.txt",
  ]

  private func directory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appending(path: "livertrials-bad-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  private func seedText(_ name: String) throws -> String {
    try String(contentsOf: Snapshot.repositoryRoot.appending(path: "seeds/\(name)"), encoding: .utf8)
  }

  /// A record with the source paths blanked, to compare what two encodings of a page give.
  private func content(_ trial: Trial?) -> Trial? {
    guard var trial else { return nil }
    trial.source.path = ""
    trial.sources = trial.sources.map { SourceReference(path: "", format: $0.format) }
    return trial
  }

  private func load(_ url: URL, limits: ReadLimits = .standard) -> Library.Result {
    var trials: [Trial] = []
    var diagnostics: [Diagnostic] = []
    RecordReader(limits: limits).read(
      paths: [url.path],
      into: RecordSink(record: { trials.append($0.trial) }, diagnostic: { diagnostics.append($0) }))
    return Library.Result(trials: TrialMerger.merge(trials), diagnostics: diagnostics)
  }

  /// The diagnostics by file name.
  private func reasons(_ result: Library.Result) -> [String: String] {
    Dictionary(
      result.diagnostics.map { (URL(fileURLWithPath: $0.path).lastPathComponent, $0.reason) },
      uniquingKeysWith: { a, _ in a })
  }

  /// `bytes` written as `name` in a folder of its own (a record without an id is named after
  /// its file, so the variants of one page share the name).
  private func write(_ bytes: Data, as name: String, in folder: String, under dir: URL) throws -> URL {
    let sub = dir.appending(path: folder)
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
    try bytes.write(to: sub.appending(path: name))
    return sub.appending(path: name)
  }

  @Test(arguments: seedNames)
  func crlfAndUTF16GiveTheSameRecordAsUTF8(_ name: String) throws {
    let text = try seedText(name)
    let dir = try directory()
    let utf8 = try write(Data(text.utf8), as: name, in: "utf8", under: dir)
    let variants = [
      try write(Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8), as: name, in: "crlf", under: dir),
      try write(Data([0xFF, 0xFE]) + (text.data(using: .utf16LittleEndian) ?? Data()), as: name, in: "le", under: dir),
      try write(Data([0xFE, 0xFF]) + (text.data(using: .utf16BigEndian) ?? Data()), as: name, in: "be", under: dir),
    ]
    let expected = try #require(content(load(utf8).trials.first))
    for url in variants {
      let result = load(url)
      #expect(result.diagnostics.isEmpty, "\(url.path)")
      #expect(content(result.trials.first) == expected, "\(url.path)")
    }
  }

  @Test(arguments: ["002_93cb189ce42015ad.txt", "004_178c2bec843b439b.txt"])
  func windowsLatin1GivesTheSameRecordAsUTF8(_ name: String) throws {
    let text = try seedText(name)
    let dir = try directory()
    let utf8 = try write(Data(text.utf8), as: name, in: "utf8", under: dir)
    let latin1 = try write(try #require(text.data(using: .windowsCP1252)), as: name, in: "latin1", under: dir)
    #expect(content(load(latin1).trials.first) == content(load(utf8).trials.first))
  }

  @Test func latin1AccentsAndWindowsQuotesAreDecoded() throws {
    let dir = try directory()
    let url = dir.appending(path: "page.txt")
    // "Title: Cirrhose traitée – “cellules”" in Windows-1252, plus an unassigned byte (0x81).
    let bytes: [UInt8] =
      Array("Title: Cirrhose trait".utf8) + [0xE9, 0x65, 0x20, 0x96, 0x20, 0x93] + Array("cellules".utf8) + [
        0x94, 0x81,
      ]
      + Array("\nNCT ID: NCT00000001\n".utf8)
    try Data(bytes).write(to: url)
    let trial = try #require(load(url).trials.first)
    #expect(trial.title == "Cirrhose traitée – “cellules”\u{81}")
    #expect(trial.id == "NCT00000001")
  }

  @Test func emptyBinaryAndForeignZipAreRefusedByName() throws {
    let dir = try directory()
    try Data().write(to: dir.appending(path: "empty.txt"))
    try Data("  \n\r\n\t\n".utf8).write(to: dir.appending(path: "blank.txt"))
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
    try Data(png + Array(repeating: 0, count: 64)).write(to: dir.appending(path: "picture.png"))
    let archive = try Archive(url: dir.appending(path: "notes.zip"), accessMode: .create)
    let note = Data("just a note".utf8)
    try archive.addEntry(with: "note.txt", type: .file, uncompressedSize: Int64(note.count)) { position, size in
      note.subdata(in: Int(position)..<Int(position) + size)
    }
    try Data(try seedText(Self.seedNames[3]).utf8).write(to: dir.appending(path: "seed.txt"))
    let result = load(dir)
    #expect(result.trials.map(\.id) == ["NCT01724398"])
    let reasons = reasons(result)
    #expect(reasons["empty.txt"] == "the file is empty")
    #expect(reasons["blank.txt"] == "the file is empty")
    #expect(reasons["picture.png"] == "not a text document (binary content)")
    #expect(reasons["notes.zip"] == "a zip without study JSON files (not a registry download)")
    #expect(result.diagnostics.count == 4)
  }

  @Test func oversizedDocumentsAreRefusedBeforeReading() throws {
    let dir = try directory()
    let limits = ReadLimits(textDocument: 5000, jsonDocument: 3000, study: 1500)
    try Data(String(repeating: "x", count: 6000).utf8).write(to: dir.appending(path: "long.txt"))
    try Data(("{\"a\": \"" + String(repeating: "x", count: 3000) + "\"}").utf8).write(
      to: dir.appending(path: "long.json"))
    try Data(try seedText(Self.seedNames[2]).utf8).write(to: dir.appending(path: "seed.txt"))
    let result = load(dir, limits: limits)
    #expect(result.trials.count == 1)
    #expect(result.diagnostics.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["long.json", "long.txt"])
    #expect(result.diagnostics[0].reason.hasPrefix("too large to read as one document (3 KB; JSON documents"))
    #expect(
      result.diagnostics[1].reason == "too large to read as one document (6 KB; text documents are read up to 5 KB)")
  }

  @Test func anOverlongJSONLineIsSkippedAndTheOthersLoad() throws {
    let study = try #require(RecordReaderTests.study)
    let one = try compact(study.replacingOccurrences(of: "NCT04207047", with: "NCT00000001"))
    let two = try compact(study.replacingOccurrences(of: "NCT04207047", with: "NCT00000002"))
    let dir = try directory()
    let url = dir.appending(path: "lines.jsonl")
    let long = "{\"x\": \"" + String(repeating: "y", count: 100_000) + "\"}"
    try Data("\(one)\n\(long)\n\(two)\n".utf8).write(to: url)
    var trials: [Trial] = []
    var diagnostics: [Diagnostic] = []
    let sink = RecordSink(record: { trials.append($0.trial) }, diagnostic: { diagnostics.append($0) })
    RecordReader(limits: ReadLimits(textDocument: 1 << 20, jsonDocument: 1 << 20, study: 50_000)).read(
      paths: [url.path], into: sink)
    #expect(trials.map(\.id) == ["NCT00000001", "NCT00000002"])
    #expect(diagnostics.map(\.path) == ["\(url.path):2"])
    #expect(diagnostics.first?.reason == "line too long for one study (98 KB; the limit is 49 KB); skipped")
  }

  /// A first line of several hundred kilobytes (a study with results) is still recognised as
  /// JSON Lines, not read as one document.
  @Test func aJSONLinesFileWithALongFirstLineIsStillStreamed() throws {
    let study = try #require(RecordReaderTests.study)
    let long = study.replacingOccurrences(of: "NCT04207047", with: "NCT00000001")
      .replacingOccurrences(
        of: "\"briefTitle\": \"", with: "\"briefTitle\": \"" + String(repeating: "long ", count: 80_000))
    let one = try compact(long)
    let two = try compact(study.replacingOccurrences(of: "NCT04207047", with: "NCT00000002"))
    #expect(one.utf8.count > 300_000)
    let dir = try directory()
    let url = dir.appending(path: "lines.jsonl")
    try Data("\(one)\n\(two)\n".utf8).write(to: url)
    // Small document limits: read as one document, the file would be refused.
    let result = load(url, limits: ReadLimits(textDocument: 1000, jsonDocument: 1000, study: 1 << 20))
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    #expect(result.trials.map(\.id) == ["NCT00000001", "NCT00000002"])
  }

  @Test func forEachLineKeepsNoMoreThanTheLimitOfAnOverlongLine() throws {
    let dir = try directory()
    let url = dir.appending(path: "lines.jsonl")
    try Data(("{}\n" + String(repeating: "z", count: 10_000) + "\n{\"b\": 1}").utf8).write(to: url)
    let handle = try FileHandle(forReadingFrom: url)
    var seen: [String] = []
    let ok = JSONLines.forEachLine(handle, chunkSize: 64, maxLine: 100) { line in
      switch line {
      case .text(let data, let number, _): seen.append("\(number): \(String(decoding: data, as: UTF8.self))")
      case .tooLong(let number, let bytes): seen.append("\(number): \(bytes) bytes skipped")
      }
    }
    #expect(ok)
    #expect(seen == ["1: {}", "2: 10001 bytes skipped", "3: {\"b\": 1}"])
  }

  @Test func jsonCutOffOrOfTheWrongShapeIsNamed() throws {
    let dir = try directory()
    try Data("{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT0".utf8).write(
      to: dir.appending(path: "cut-string.json"))
    try Data("[{\"protocolSection\": {\"identificationModule\": {}}".utf8).write(
      to: dir.appending(path: "cut-array.json"))
    try Data("[1, \"two\"]".utf8).write(to: dir.appending(path: "numbers.json"))
    try Data("{\"studies\": {\"a\": 1}}".utf8).write(to: dir.appending(path: "page.json"))
    let result = load(dir)
    #expect(result.trials.isEmpty)
    let lines = result.diagnostics.map { "\(URL(fileURLWithPath: $0.path).lastPathComponent): \($0.reason)" }
    #expect(lines.contains("cut-string.json: JSON cut off: the data ends after 60 bytes inside a string"))
    #expect(
      lines.contains(
        "cut-array.json: JSON cut off: the data ends after 49 bytes inside an object"))
    #expect(lines.contains { $0.hasPrefix("numbers.json[0]: JSON of the wrong shape") })
    #expect(lines.contains { $0.hasPrefix("numbers.json[1]: JSON of the wrong shape") })
    #expect(lines.contains { $0.hasPrefix("page.json: JSON of the wrong shape") })
    #expect(lines.allSatisfy { !$0.contains("\n") })
  }

  @Test func aCorruptZipEntryIsSkippedAndTheOthersLoad() throws {
    let study = try #require(RecordReaderTests.study)
    let dir = try directory()
    let url = dir.appending(path: "ctg-studies.json.zip")
    let ids = ["NCT00000001", "NCT00000002", "NCT00000003"]
    do {
      let archive = try Archive(url: url, accessMode: .create)
      for id in ids {
        let data = Data(study.replacingOccurrences(of: "NCT04207047", with: id).utf8)
        try archive.addEntry(
          with: "NCT0000xxxx/\(id).json", type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
        ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
      }
    }
    // Flip bytes in the middle of the second entry's compressed data.
    // The local header (30 bytes, then the name, then the extra field) comes first in the file.
    var bytes = try Data(contentsOf: url)
    let name = try #require(bytes.firstRange(of: Data("NCT0000xxxx/NCT00000002.json".utf8)))
    let extra = Int(bytes[name.lowerBound - 2]) | Int(bytes[name.lowerBound - 1]) << 8
    let start = name.upperBound + extra + 20
    for i in start..<start + 200 { bytes[i] ^= 0x5A }
    try bytes.write(to: url)
    let result = load(url)
    #expect(result.trials.map(\.id) == ["NCT00000001", "NCT00000003"])
    #expect(result.diagnostics.map(\.path) == ["\(url.path):NCT0000xxxx/NCT00000002.json"])
    #expect(result.diagnostics.first?.reason.hasPrefix("corrupt zip entry (") == true)
  }

  /// An entry bigger than a study can be (a zip bomb: megabytes of spaces compress to almost
  /// nothing) is skipped without being held in memory; the other entries load.
  @Test func aZipEntryLargerThanAStudyIsSkipped() throws {
    let study = try #require(RecordReaderTests.study)
    let dir = try directory()
    let url = dir.appending(path: "ctg-studies.json.zip")
    do {
      let archive = try Archive(url: url, accessMode: .create)
      let bomb = Data(("{\"protocolSection\": \"" + String(repeating: " ", count: 3 << 20) + "\"}").utf8)
      let entries = [("NCT00000001.json", Data(study.utf8)), ("bomb.json", bomb)]
      for (name, data) in entries {
        try archive.addEntry(
          with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
        ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
      }
    }
    #expect(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0 < 100_000)
    let result = load(url, limits: ReadLimits(textDocument: 1 << 20, jsonDocument: 1 << 20, study: 1 << 20))
    #expect(result.trials.map(\.id) == ["NCT04207047"])
    #expect(result.diagnostics.map(\.path) == ["\(url.path):bomb.json"])
    #expect(result.diagnostics.first?.reason == "zip entry too large for one study (the limit is 1.0 MB); skipped")
  }

  @Test func aZipCutOffMidDownloadIsOneLine() throws {
    let study = try #require(RecordReaderTests.study)
    let dir = try directory()
    let url = dir.appending(path: "ctg-studies.json.zip")
    do {
      let archive = try Archive(url: url, accessMode: .create)
      let data = Data(study.utf8)
      try archive.addEntry(with: "NCT04207047.json", type: .file, uncompressedSize: Int64(data.count)) {
        position, size in
        data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    let bytes = try Data(contentsOf: url)
    try bytes.prefix(bytes.count / 2).write(to: url)
    let result = load(url)
    #expect(result.trials.isEmpty)
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics.first?.reason.hasPrefix("not a readable zip archive") == true)
  }

  @Test func theSameTrialTwiceIsOneRecordWithBothSources() throws {
    let dir = try directory()
    let text = try seedText(Self.seedNames[4])
    try Data(text.utf8).write(to: dir.appending(path: "a.txt"))
    try Data(text.utf8).write(to: dir.appending(path: "b.txt"))
    let result = load(dir)
    #expect(result.diagnostics.isEmpty)
    #expect(result.trials.count == 1)
    #expect(result.trials.first?.conflicts.isEmpty == true)
    // The same file named twice is read twice and still merges into one.
    let twice = Library.load(paths: [dir.appending(path: "a.txt").path, dir.appending(path: "a.txt").path])
    #expect(twice.trials.count == 1)
  }

  @Test func pipesBrokenLinksAndUnlistableFoldersAreReportedNotWaitedOn() throws {
    let dir = try directory()
    try Data(try seedText(Self.seedNames[1]).utf8).write(to: dir.appending(path: "seed.txt"))
    #expect(mkfifo(dir.appending(path: "pipe.txt").path, 0o644) == 0)
    try FileManager.default.createSymbolicLink(
      atPath: dir.appending(path: "gone.txt").path, withDestinationPath: "/nonexistent/x")
    // A link back to the folder itself is followed once, not forever.
    try FileManager.default.createSymbolicLink(atPath: dir.appending(path: "again").path, withDestinationPath: dir.path)
    let result = load(dir)
    #expect(result.trials.count == 1)
    let reasons = reasons(result)
    #expect(reasons["pipe.txt"] == "not a regular file (a named pipe); skipped")
    #expect(reasons["gone.txt"] == "a symbolic link to nothing")
    #expect(result.diagnostics.count == 2)
  }

  /// Root reads files whatever their mode, so this needs an ordinary user; the end-to-end test
  /// runs the binary as `nobody` to cover it under root.
  @Test(.enabled(if: getuid() != 0, "root reads files whatever their permissions"))
  func unreadableFilesAndFoldersAreNamed() throws {
    let dir = try directory()
    try Data(try seedText(Self.seedNames[1]).utf8).write(to: dir.appending(path: "seed.txt"))
    let locked = dir.appending(path: "locked.txt")
    try Data("Title: x".utf8).write(to: locked)
    chmod(locked.path, 0)
    let closed = dir.appending(path: "closed")
    try FileManager.default.createDirectory(at: closed, withIntermediateDirectories: true)
    chmod(closed.path, 0)
    defer { chmod(closed.path, 0o755) }
    let result = load(dir)
    #expect(result.trials.count == 1)
    let reasons = reasons(result)
    #expect(reasons["locked.txt"] == "cannot be read (permission denied)")
    #expect(reasons["closed"] == "directory cannot be listed (permission denied)")
  }

  @Test func aFileThatChangesWhileLoadingGivesARecordOrADiagnostic() throws {
    let dir = try directory()
    let page = dir.appending(path: "page.txt")
    let lines = dir.appending(path: "lines.jsonl")
    let text = Data(try seedText(Self.seedNames[3]).utf8)
    let study = try compact(try #require(RecordReaderTests.study))
    let jsonl = Data(String(repeating: study + "\n", count: 20).utf8)
    try text.write(to: page)
    try jsonl.write(to: lines)
    let stop = ManagedAtomicFlag()
    // Truncates, rewrites and appends to both files as fast as it can while they are read.
    let writer = Thread {
      var round = 0
      while !stop.isSet {
        round += 1
        for (url, data) in [(page, text), (lines, jsonl)] {
          guard let handle = try? FileHandle(forWritingTo: url) else { continue }
          switch round % 3 {
          case 0: try? handle.truncate(atOffset: 0)
          case 1: try? handle.truncate(atOffset: UInt64(data.count / 2))
          default:
            try? handle.seekToEnd()
            try? handle.write(contentsOf: data)
          }
          try? handle.close()
        }
      }
    }
    writer.start()
    for _ in 0..<60 {
      for url in [page, lines] {
        let result = load(url)
        #expect(!result.trials.isEmpty || !result.diagnostics.isEmpty, "\(url.lastPathComponent): neither")
        #expect(result.diagnostics.allSatisfy { $0.path.hasPrefix(url.path) && !$0.reason.contains("\n") })
      }
    }
    stop.set()
  }

  private func compact(_ json: String) throws -> String {
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
    return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
  }
}

/// A flag one thread sets and another reads.
private final class ManagedAtomicFlag: @unchecked Sendable {
  private let lock = NSLock()
  private var value = false
  var isSet: Bool { lock.withLock { value } }
  func set() { lock.withLock { value = true } }
}
