import Foundation
import Testing
import ZIPFoundation

/// Broken, odd and oversized inputs given to the real binary: one line on stderr per problem,
/// naming the file and the reason; everything else still loads; exit status 1.
@Suite struct BadInputCommandTests {
  static let seeds = CommandRunner.repositoryRoot.appending(path: "seeds")
  static let samples = CommandRunner.repositoryRoot.deletingLastPathComponent().appending(path: "shared/samples")

  private func seed(_ name: String) throws -> Data {
    try Data(contentsOf: Self.seeds.appending(path: name))
  }

  /// One study as a single line of JSON with `id`.
  private func studyLine(_ id: String) throws -> String {
    let text = try String(contentsOf: Self.samples.appending(path: "v2json/NCT04207047.json"), encoding: .utf8)
    let object = try JSONSerialization.jsonObject(
      with: Data(text.replacingOccurrences(of: "NCT04207047", with: id).utf8))
    return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
  }

  /// stderr lines as (file name, reason).
  private func problems(_ stderr: String) -> [(file: String, reason: String)] {
    stderr.split(separator: "\n").map { line in
      let text = line.hasPrefix("livertrials: ") ? String(line.dropFirst(13)) : String(line)
      let parts = text.components(separatedBy: ": ")
      return ((parts[0] as NSString).lastPathComponent, parts.dropFirst().joined(separator: ": "))
    }
  }

  @Test func everyBadFileIsOneLineAndTheRestLoads() throws {
    let dir = try CommandRunner.temporaryDirectory()
    let data = dir.appending(path: "data")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    func put(_ bytes: Data, _ name: String) throws { try bytes.write(to: data.appending(path: name)) }
    // Loads: a page as saved on Windows (CRLF, Windows-1252), as UTF-16 with a BOM, twice over.
    let veeva = try String(decoding: seed("004_178c2bec843b439b.txt"), as: UTF8.self)
    try put(try #require(veeva.replacingOccurrences(of: "\n", with: "\r\n").data(using: .windowsCP1252)), "windows.txt")
    try put(try seed("004_178c2bec843b439b.txt"), "same-trial-again.txt")
    let medpath = try String(decoding: seed("003_9448936c7e9f0408.txt"), as: UTF8.self)
    try put(Data([0xFF, 0xFE]) + (medpath.data(using: .utf16LittleEndian) ?? Data()), "utf16.txt")
    // Refused, each with its reason.
    try put(Data(), "empty.txt")
    try put(
      Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]), "picture.png")
    try put(Data("{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT0".utf8), "cut.json")
    try put(Data("{\"results\": [1, 2]}".utf8), "shape.json")
    let notes = try Archive(url: data.appending(path: "notes.zip"), accessMode: .create)
    let note = Data("a note".utf8)
    try notes.addEntry(with: "note.txt", type: .file, uncompressedSize: Int64(note.count)) { position, size in
      note.subdata(in: Int(position)..<Int(position) + size)
    }
    #expect(mkfifo(data.appending(path: "pipe.txt").path, 0o644) == 0)
    try FileManager.default.createSymbolicLink(
      atPath: data.appending(path: "gone.txt").path, withDestinationPath: "/nonexistent/page.txt")

    let output = try CommandRunner.run(["export", "--format", "jsonl", "data", "missing.txt"], in: dir)
    #expect(output.status == 1)
    let ids = output.stdout.split(separator: "\n").compactMap {
      (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["id"] as? String
    }
    #expect(ids.sorted() == ["NCT01724398", "NCT01724697"])
    let found = problems(output.stderr)
    #expect(output.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix("livertrials: ") })
    let expected: [(String, String)] = [
      ("cut.json", "JSON cut off: the data ends after 60 bytes inside a string"),
      ("empty.txt", "the file is empty"),
      ("gone.txt", "a symbolic link to nothing"),
      ("notes.zip", "a zip without study JSON files (not a registry download)"),
      ("picture.png", "not a text document (binary content)"),
      ("pipe.txt", "not a regular file (a named pipe); skipped"),
      ("shape.json", "JSON of the wrong shape: neither a study nor a page of studies"),
      ("missing.txt", "no such file or directory"),
    ]
    #expect(found.count == expected.count, "\(output.stderr)")
    for (file, reason) in expected {
      #expect(found.contains { $0.file == file && $0.reason == reason }, "\(file): \(reason)\n\(output.stderr)")
    }
  }

  @Test func aCorruptZipEntryIsNamedAndTheOtherEntriesLoad() throws {
    let dir = try CommandRunner.temporaryDirectory()
    let url = dir.appending(path: "ctg-studies.json.zip")
    do {
      let archive = try Archive(url: url, accessMode: .create)
      for id in ["NCT00000001", "NCT00000002", "NCT00000003"] {
        let bytes = Data(try studyLine(id).utf8)
        try archive.addEntry(
          with: "NCT0000xxxx/\(id).json", type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate
        ) { position, size in bytes.subdata(in: Int(position)..<Int(position) + size) }
      }
    }
    var bytes = try Data(contentsOf: url)
    let name = try #require(bytes.firstRange(of: Data("NCT0000xxxx/NCT00000002.json".utf8)))
    let extra = Int(bytes[name.lowerBound - 2]) | Int(bytes[name.lowerBound - 1]) << 8
    for i in (name.upperBound + extra + 20)..<(name.upperBound + extra + 220) { bytes[i] ^= 0x5A }
    try bytes.write(to: url)
    let output = try CommandRunner.run(["list", "--format", "tsv", "-q", "all:yes", url.path], in: dir)
    #expect(output.status == 1)
    #expect(
      output.stdout.split(separator: "\n").dropFirst().map { String($0.prefix(11)) } == ["NCT00000001", "NCT00000003"])
    let lines = output.stderr.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(
      lines.first?.hasPrefix("livertrials: \(url.path):NCT0000xxxx/NCT00000002.json: corrupt zip entry (") == true)
  }

  /// A 200 MB page of one line, a 200 MB JSON document and a JSON Lines file with a 200 MB line
  /// between two studies: the first two are refused by their size before being read, the line is
  /// skipped while streaming, and memory stays far below the file sizes.
  @Test func twoHundredMegabyteLinesAreRefusedWithMemoryBounded() throws {
    let dir = try CommandRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let megabyte = Data(String(repeating: "liver cell ", count: 95_326).utf8.prefix(1 << 20))
    func write(_ name: String, head: String, megabytes: Int, tail: String) throws {
      let url = dir.appending(path: name)
      FileManager.default.createFile(atPath: url.path, contents: Data(head.utf8))
      let handle = try FileHandle(forWritingTo: url)
      try handle.seekToEnd()
      for _ in 0..<megabytes { try handle.write(contentsOf: megabyte) }
      try handle.write(contentsOf: Data(tail.utf8))
      try handle.close()
    }
    try write("page.txt", head: "Title: ", megabytes: 200, tail: "")
    try write(
      "lines.jsonl", head: try studyLine("NCT00000001") + "\n{\"x\": \"", megabytes: 200,
      tail: "\"}\n" + (try studyLine("NCT00000002")) + "\n")
    // The JSON document is refused by its size alone, so a sparse file of that size will do.
    FileManager.default.createFile(
      atPath: dir.appending(path: "page.json").path, contents: Data("{\"studies\": [\"".utf8))
    let sparse = try FileHandle(forWritingTo: dir.appending(path: "page.json"))
    try sparse.truncate(atOffset: 200 << 20)
    try sparse.close()

    let run = try MeasuredRun.run(
      ["list", "--format", "tsv", "-q", "all:yes", "page.txt", "page.json", "lines.jsonl"], in: dir)
    #expect(run.status == 1)
    #expect(
      run.stdout.split(separator: "\n").dropFirst().map { String($0.prefix(11)) } == ["NCT00000001", "NCT00000002"])
    #expect(
      run.stderr.split(separator: "\n") == [
        "livertrials: page.txt: too large to read as one document (200.0 MB; text documents are read up to 8.0 MB)",
        "livertrials: page.json: too large to read as one document (200.0 MB; JSON documents are read up to 64.0 MB; write one study per line (JSON Lines) to stream it)",
        "livertrials: lines.jsonl:2: line too long for one study (200.0 MB; the limit is 16.0 MB); skipped",
      ])
    #expect(run.peakMegabytes < 120, "peak memory \(run.peakMegabytes) MB")
    #expect(run.seconds < 30, "took \(run.seconds) s")
  }

  @Test func tenThousandSmallFilesLoadInReasonableTime() throws {
    // Creating 10,000 files costs 6 s of system time on some container disks and 0.3 s in
    // memory: the folder goes to /dev/shm when there is one, so the test times the program.
    let shm = URL(fileURLWithPath: "/dev/shm")
    let dir = (access(shm.path, W_OK) == 0 ? shm : FileManager.default.temporaryDirectory)
      .appending(path: "livertrials-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    for i in 0..<10_000 {
      let id = String(format: "NCT%08d", i)
      let page = Array("Title: Stem cells in cirrhosis, page \(i)\nNCT ID: \(id)\nSponsor: Hospital \(i % 7)\n".utf8)
      let descriptor = open(dir.appending(path: "\(id).txt").path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      try #require(descriptor >= 0)
      #expect(write(descriptor, page, page.count) == page.count)
      close(descriptor)
    }
    let run = try MeasuredRun.run(["list", "--format", "tsv", "-q", "all:yes", "."], in: dir)
    #expect(run.status == 0)
    #expect(run.stderr.isEmpty)
    #expect(run.stdout.split(separator: "\n").count == 10_001)
    // About 3 s for a debug build on a busy two-core machine; a quadratic step would be minutes.
    #expect(run.seconds < 60, "took \(run.seconds) s")
  }

  /// Root reads every file whatever its mode, so under root the binary runs as `nobody`
  /// (setpriv) to meet a real "permission denied"; without setpriv the test says so and stops.
  @Test func unreadableFilesAndFoldersAreNamed() throws {
    let dir = try CommandRunner.temporaryDirectory()
    chmod(dir.path, 0o755)
    try seed("001_085dc59f04c4a279.txt").write(to: dir.appending(path: "page.txt"))
    let locked = dir.appending(path: "locked.txt")
    try Data("Title: locked".utf8).write(to: locked)
    chmod(locked.path, 0)
    let closed = dir.appending(path: "closed")
    try FileManager.default.createDirectory(at: closed, withIntermediateDirectories: true)
    try Data("Title: inside".utf8).write(to: closed.appending(path: "inside.txt"))
    chmod(closed.path, 0)
    defer { chmod(closed.path, 0o755) }
    let arguments = ["export", "--format", "jsonl", dir.path]
    let output: CommandRunner.Output
    if getuid() == 0 {
      let setpriv = URL(fileURLWithPath: "/usr/bin/setpriv")
      try #require(FileManager.default.isExecutableFile(atPath: setpriv.path), "running as root without setpriv")
      output = try CommandRunner.run(
        ["--reuid=65534", "--regid=65534", "--clear-groups", CommandRunner.binary.path] + arguments, binary: setpriv)
    } else {
      output = try CommandRunner.run(arguments)
    }
    #expect(output.status == 1)
    #expect(output.stdout.split(separator: "\n").count == 1)
    #expect(
      output.stderr.split(separator: "\n").sorted() == [
        "livertrials: \(closed.path): directory cannot be listed (permission denied)",
        "livertrials: \(locked.path): cannot be read (permission denied)",
      ])
  }

  @Test func aFileRewrittenWhileTheBinaryReadsItNeverCrashesIt() throws {
    let dir = try CommandRunner.temporaryDirectory()
    let url = dir.appending(path: "lines.jsonl")
    let full = Data(String(repeating: try studyLine("NCT00000001") + "\n", count: 300).utf8)
    try full.write(to: url)
    let done = Flag()
    let writer = Thread {
      var round = 0
      while !done.isSet {
        round += 1
        guard let handle = try? FileHandle(forWritingTo: url) else { continue }
        if round % 2 == 0 {
          try? handle.truncate(atOffset: UInt64(full.count / 3 + round % 1000))
        } else {
          try? handle.seekToEnd()
          try? handle.write(contentsOf: full.prefix(full.count / 2))
        }
        try? handle.close()
        Thread.sleep(forTimeInterval: 0.002)
      }
    }
    writer.start()
    defer { done.set() }
    for _ in 0..<4 {
      let output = try CommandRunner.run(["list", "--format", "tsv", "-q", "all:yes", url.path], in: dir)
      #expect(output.status == 0 || output.status == 1, "status \(output.status): \(output.stderr)")
      #expect(output.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix("livertrials: \(url.path)") })
    }
  }
}

/// A flag one thread sets and another reads.
private final class Flag: @unchecked Sendable {
  private let lock = NSLock()
  private var value = false
  var isSet: Bool { lock.withLock { value } }
  func set() { lock.withLock { value = true } }
}
