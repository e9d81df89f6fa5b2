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
    readDocument(data, firstByte: firstByte, source: path, into: sink)
  }

  /// Reads one document already in memory, as `read(paths:)` reads a file that holds it:
  /// JSON Lines, a JSON document or text. Zips need a file. `source` names the document.
  public func read(document data: Data, source: String, into sink: RecordSink) {
    let firstByte = data.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
    if firstByte == UInt8(ascii: "{"), JSONLines.looksLikeLines(data) {
      var pipeline = DecodePipeline(depth: depth, sink: sink, progress: progress)
      JSONLines.forEachLine(in: data) { line, number in pipeline.add(line, source: "\(source):\(number)") }
      pipeline.finish()
    } else {
      readDocument(data, firstByte: firstByte, source: source, into: sink)
    }
  }

  /// A JSON document or text, told apart by the first byte that is not white space or a BOM.
  private func readDocument(_ data: Data, firstByte: UInt8?, source: String, into sink: RecordSink) {
    if firstByte == UInt8(ascii: "{") || firstByte == UInt8(ascii: "[") {
      readJSONDocument(data, source: source, into: sink)
    } else if source.lowercased().hasSuffix(".json") || source.lowercased().hasSuffix(".jsonl") {
      sink.diagnostic(Diagnostic(path: source, reason: "invalid JSON (the file does not start with { or [)"))
    } else {
      readText(data, source: source, into: sink)
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

  /// A single study, an API page or an array.
  private func readJSONDocument(_ data: Data, source: String, into sink: RecordSink) {
    let container: StudyContainer
    do {
      container = try JSONDecoder().decode(StudyContainer.self, from: data)
    } catch {
      sink.diagnostic(Diagnostic(path: source, reason: JSONProblem.describe(error)))
      return
    }
    for (offset, element) in container.elements.enumerated() {
      let name = container.isSingleStudy ? source : "\(source)[\(offset)]"
      switch element.study {
      case .success(let study) where study.protocolSection != nil:
        // A page's elements cannot be cut out as bytes; they are kept as read, in full.
        sink.record(
          SourceRecord(trial: TrialReader.finish(CTGovStudyMapper.trial(study, source: name), depth: .full), raw: nil))
        progress?.advance(bytes: 0, records: 1)
      case .success:
        sink.diagnostic(Diagnostic(path: name, reason: "JSON of the wrong shape: no \"protocolSection\""))
      case .failure(let error):
        sink.diagnostic(Diagnostic(path: name, reason: JSONProblem.describe(error)))
      }
    }
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
