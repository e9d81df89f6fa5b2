import Foundation
import ZIPFoundation

/// Finds the records in files, directories and registry zips and reads them, in parallel where
/// a file holds many (JSON Lines, pages, zips), streaming so that a 10 GB download never sits in
/// memory at once.
public struct RecordReader {
  /// Reports bytes and records as they are read.
  public var progress: ImportProgress?
  /// How much of each registry study to read now.
  public var depth: ReadDepth

  /// Creates a reader.
  public init(progress: ImportProgress? = nil, depth: ReadDepth = .full) {
    self.progress = progress
    self.depth = depth
  }

  /// Reads every record under `paths` into `sink`.
  public func read(paths: [String], into sink: RecordSink) {
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        sink.diagnostic(Diagnostic(path: path, reason: "no such file or directory"))
        continue
      }
      if isDirectory.boolValue {
        readDirectory(path, into: sink)
      } else {
        readFile(path, into: sink)
      }
    }
  }

  /// Reads a folder. One-study JSON files (the unpacked bulk download: a hundred folders of
  /// `NCT….json`) are decoded in parallel batches; anything else file by file, in name order.
  private func readDirectory(_ path: String, into sink: RecordSink) {
    var pipeline = DecodePipeline(depth: depth, sink: sink, progress: progress)
    for file in LibraryFiles.list(directory: path, diagnostics: sink.diagnostic) {
      if file.lowercased().hasSuffix(".json"), let data = FileManager.default.contents(atPath: file),
        StudyJSON.isSingleStudy(data)
      {
        progress?.advance(bytes: data.count, records: 0)
        pipeline.add(data, source: file)
      } else {
        pipeline.finish()
        readFile(file, into: sink)
      }
    }
    pipeline.finish()
  }

  /// Reads one file, choosing how by its first bytes.
  func readFile(_ path: String, into sink: RecordSink) {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      sink.diagnostic(Diagnostic(path: path, reason: "cannot be read (permission denied)"))
      return
    }
    let head = (try? handle.read(upToCount: 4 << 20)) ?? Data()
    try? handle.close()
    if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
      readZip(path, into: sink)
      return
    }
    let firstByte = head.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
    if firstByte == UInt8(ascii: "{"), JSONLines.looksLikeLines(head) {
      readJSONLines(path, into: sink)
      return
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      sink.diagnostic(Diagnostic(path: path, reason: "cannot be read (permission denied or vanished)"))
      return
    }
    progress?.advance(bytes: data.count, records: 0)
    if firstByte == UInt8(ascii: "{") || firstByte == UInt8(ascii: "[") {
      readJSONDocument(data, source: path, into: sink)
    } else if path.lowercased().hasSuffix(".json") || path.lowercased().hasSuffix(".jsonl") {
      sink.diagnostic(Diagnostic(path: path, reason: "invalid JSON (the file does not start with { or [)"))
    } else {
      readText(data, source: path, into: sink)
    }
  }

  private func readText(_ data: Data, source: String, into sink: RecordSink) {
    do {
      let text = TextDecoder.decode(data)
      sink.record(SourceRecord(trial: try TrialReader.read(text, source: source), raw: .text(text)))
      progress?.advance(bytes: 0, records: 1)
    } catch {
      sink.diagnostic(Diagnostic(path: source, reason: error.reason))
    }
  }

  /// A single study, an API page or an array: each study is cut out as bytes and read like a
  /// line of JSON Lines.
  private func readJSONDocument(_ data: Data, source: String, into sink: RecordSink) {
    let container = StudyContainer(data)
    var pipeline = DecodePipeline(depth: depth, sink: sink, progress: progress)
    for (offset, range) in container.studies.enumerated() {
      let name = container.isSingleStudy ? source : "\(source)[\(offset)]"
      let start = data.startIndex
      pipeline.add(data.subdata(in: (start + range.lowerBound)..<(start + range.upperBound)), source: name)
    }
    pipeline.finish()
    if let problem = container.problem { sink.diagnostic(Diagnostic(path: source, reason: problem.reason)) }
  }

  /// One study per line, read in chunks and decoded in parallel batches.
  private func readJSONLines(_ path: String, into sink: RecordSink) {
    var pipeline = DecodePipeline(depth: depth, sink: sink, progress: progress)
    let ok = JSONLines.forEachLine(path: path) { line, number, bytes in
      progress?.advance(bytes: bytes, records: 0)
      pipeline.add(line, source: "\(path):\(number)")
    }
    pipeline.finish()
    if !ok { sink.diagnostic(Diagnostic(path: path, reason: "read error part-way through the file")) }
  }

  /// The bulk download: one `NCT….json` per study, read from the archive without unpacking.
  private func readZip(_ path: String, into sink: RecordSink) {
    let archive: Archive
    do {
      archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    } catch {
      sink.diagnostic(Diagnostic(path: path, reason: "not a readable zip archive (\(error))"))
      return
    }
    var pipeline = DecodePipeline(depth: depth, sink: sink, progress: progress)
    var sawJSON = false
    for entry in archive where entry.type == .file {
      let name = "\(path):\(entry.path)"
      guard entry.path.lowercased().hasSuffix(".json") else { continue }
      sawJSON = true
      var data = Data()
      do {
        _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
      } catch {
        sink.diagnostic(Diagnostic(path: name, reason: "corrupt zip entry (\(error))"))
        continue
      }
      progress?.advance(bytes: Int(entry.compressedSize), records: 0)
      pipeline.add(data, source: name)
    }
    pipeline.finish()
    if !sawJSON {
      sink.diagnostic(Diagnostic(path: path, reason: "a zip without study JSON files (not a registry download)"))
    }
  }
}
