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

  /// The largest pieces read into memory at once.
  public var limits: ReadLimits

  /// Creates a reader.
  public init(progress: ImportProgress? = nil, depth: ReadDepth = .full, limits: ReadLimits = .standard) {
    self.progress = progress
    self.depth = depth
    self.limits = limits
  }

  /// Reads every record under `paths` into `sink`.
  public func read(paths: [String], into sink: RecordSink) {
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        sink.diagnostic(Diagnostic(path: path, reason: "no such file or directory"))
        continue
      }
      var pipeline = DecodePipeline(depth: depth, sink: sink, progress: progress)
      if isDirectory.boolValue {
        for file in LibraryFiles.list(directory: path, diagnostics: sink.diagnostic) {
          readFile(file, into: sink, pipeline: &pipeline)
        }
      } else {
        readFile(path, into: sink, pipeline: &pipeline)
      }
      pipeline.finish()
    }
  }

  /// Reads one file, choosing how by its first bytes. Text pages and one-study JSON files (the
  /// unpacked bulk download: a hundred folders of `NCT….json`) join `pipeline` and are decoded
  /// in parallel batches; anything else is read after the batch before it is delivered, so
  /// records keep the order of their files.
  private func readFile(_ path: String, into sink: RecordSink, pipeline: inout DecodePipeline) {
    let file: InputFile
    switch InputFile.open(path) {
    case .success(let opened): file = opened
    case .failure(let diagnostic):
      pipeline.finish()
      sink.diagnostic(diagnostic)
      return
    }
    let head: Data
    do {
      // Enough to hold the first line of a JSON Lines file (a study with results can be
      // hundreds of kilobytes) and so to recognise it.
      head = try file.read(upTo: 4 << 20)
    } catch {
      pipeline.finish()
      sink.diagnostic(Diagnostic(path: path, reason: "read error (\(error.localizedDescription))"))
      return
    }
    let kind = DocumentKind(head: head, name: path)
    switch kind {
    case .zip:
      pipeline.finish()
      readZip(path, into: sink)
      return
    case .jsonLines:
      pipeline.finish()
      readJSONLines(file, path: path, into: sink)
      return
    case .misnamedJSON:
      pipeline.finish()
      sink.diagnostic(Self.notJSON(path))
      return
    case .json, .text: break
    }
    let isJSON = kind == .json
    let limit = isJSON ? limits.jsonDocument : limits.textDocument
    let data: Data
    switch readWhole(file, head: head, limit: limit, isJSON: isJSON, path: path) {
    case .success(let read): data = read
    case .failure(let diagnostic):
      pipeline.finish()
      sink.diagnostic(diagnostic)
      return
    }
    progress?.advance(bytes: data.count, records: 0)
    readDocument(data, isJSON: isJSON, source: path, into: sink, pipeline: &pipeline)
  }

  /// A document read whole: one study, a JSON page or array, or a text page.
  private func readDocument(
    _ data: Data, isJSON: Bool, source: String, into sink: RecordSink, pipeline: inout DecodePipeline
  ) {
    if isJSON, StudyJSON.isSingleStudy(data), data.count <= limits.study {
      pipeline.add(.studyJSON(data), source: source)
    } else if isJSON {
      pipeline.finish()
      readJSONDocument(data, source: source, into: sink)
    } else {
      pipeline.add(.text(data), source: source)
    }
  }

  private static func notJSON(_ path: String) -> Diagnostic {
    Diagnostic(path: path, reason: "invalid JSON (the file does not start with { or [)")
  }

  /// Reads one document already in memory, as `read(paths:)` reads a file that holds it:
  /// JSON Lines, a JSON document or text. Zips need a file. `source` names the document.
  public func read(document data: Data, source: String, into sink: RecordSink) {
    var pipeline = DecodePipeline(depth: depth, sink: sink, progress: progress)
    switch DocumentKind(head: data, name: source) {
    case .jsonLines:
      JSONLines.forEachLine(in: data, maxLine: limits.study) { line in
        switch line {
        case .text(let line, let number, _): pipeline.add(.studyJSON(line), source: "\(source):\(number)")
        case .tooLong(let number, let bytes): sink.diagnostic(tooLongLine("\(source):\(number)", bytes: bytes))
        }
      }
    case .misnamedJSON: sink.diagnostic(Self.notJSON(source))
    case .json: readDocument(data, isJSON: true, source: source, into: sink, pipeline: &pipeline)
    // A zip needs a file; its bytes in memory are read (and refused) as any other binary.
    case .zip, .text: readDocument(data, isJSON: false, source: source, into: sink, pipeline: &pipeline)
    }
    pipeline.finish()
  }

  private func tooLongLine(_ path: String, bytes: Int) -> Diagnostic {
    Diagnostic(
      path: path,
      reason:
        "line too long for one study (\(ReadLimits.describe(bytes)); the limit is \(ReadLimits.describe(limits.study))); skipped"
    )
  }

  /// The rest of a document that must be parsed whole, or why not: a file over `limit` is
  /// refused by its size before reading, and the read stops at the limit in case the file
  /// grows meanwhile.
  private func readWhole(
    _ file: InputFile, head: Data, limit: Int, isJSON: Bool, path: String
  ) -> Result<
    Data, Diagnostic
  > {
    func tooLarge(_ size: Int) -> Diagnostic {
      let advice =
        isJSON
        ? "JSON documents are read up to \(ReadLimits.describe(limit)); write one study per line (JSON Lines) to stream it"
        : "text documents are read up to \(ReadLimits.describe(limit))"
      return Diagnostic(
        path: path, reason: "too large to read as one document (\(ReadLimits.describe(size)); \(advice))")
    }
    if file.size > limit { return .failure(tooLarge(file.size)) }
    var data = head
    do {
      data.append(try file.read(upTo: limit + 1 - head.count))
    } catch {
      return .failure(Diagnostic(path: path, reason: "read error (\(error.localizedDescription))"))
    }
    return data.count > limit ? .failure(tooLarge(data.count)) : .success(data)
  }

  /// A single study, an API page or an array: each study is cut out as bytes and read like a
  /// line of JSON Lines.
  private func readJSONDocument(_ data: Data, source: String, into sink: RecordSink) {
    let container = StudyContainer(data)
    var pipeline = DecodePipeline(depth: depth, sink: sink, progress: progress)
    for (offset, range) in container.studies.enumerated() {
      let name = container.isSingleStudy ? source : "\(source)[\(offset)]"
      let start = data.startIndex
      pipeline.add(.studyJSON(data.subdata(in: (start + range.lowerBound)..<(start + range.upperBound))), source: name)
    }
    pipeline.finish()
    if let problem = container.problem { sink.diagnostic(Diagnostic(path: source, reason: problem.reason)) }
  }

  /// One study per line, read in chunks and decoded in parallel batches. A line longer than
  /// a study can be is skipped with a diagnostic, without being kept in memory.
  private func readJSONLines(_ file: InputFile, path: String, into sink: RecordSink) {
    // The head was read to recognise the file; start again from the beginning.
    do {
      try file.handle.seek(toOffset: 0)
    } catch {
      sink.diagnostic(Diagnostic(path: path, reason: "read error (\(error.localizedDescription))"))
      return
    }
    var pipeline = DecodePipeline(depth: depth, sink: sink, progress: progress)
    var lines = 0
    let ok = JSONLines.forEachLine(file.handle, maxLine: limits.study) { line in
      lines += 1
      switch line {
      case .text(let data, let number, let bytes):
        progress?.advance(bytes: bytes, records: 0)
        pipeline.add(.studyJSON(data), source: "\(path):\(number)")
      case .tooLong(let number, let bytes):
        progress?.advance(bytes: bytes, records: 0)
        sink.diagnostic(tooLongLine("\(path):\(number)", bytes: bytes))
      }
    }
    pipeline.finish()
    if !ok {
      sink.diagnostic(Diagnostic(path: path, reason: "read error part-way through the file"))
    } else if lines == 0 {
      // It had a line when it was recognised: it was emptied while being read.
      sink.diagnostic(Diagnostic(path: path, reason: "the file is empty"))
    }
  }

  /// The bulk download: one `NCT….json` per study, read from the archive without unpacking.
  /// A damaged entry, or one larger than a study can be (a zip bomb), is reported and skipped;
  /// the others still load.
  private func readZip(_ path: String, into sink: RecordSink) {
    let archive: Archive
    do {
      archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    } catch {
      sink.diagnostic(Diagnostic(path: path, reason: "not a readable zip archive (\(ZipProblem.describe(error)))"))
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
        guard entry.uncompressedSize <= UInt64(limits.study) else { throw ZipProblem.entryTooLarge }
        _ = try archive.extract(entry, skipCRC32: false) { chunk in
          // The stated size may lie; stop as soon as the data outgrows it.
          guard data.count + chunk.count <= limits.study else { throw ZipProblem.entryTooLarge }
          data.append(chunk)
        }
      } catch ZipProblem.entryTooLarge {
        pipeline.finish()
        sink.diagnostic(
          Diagnostic(
            path: name,
            reason: "zip entry too large for one study (the limit is \(ReadLimits.describe(limits.study))); skipped"))
        continue
      } catch {
        pipeline.finish()
        sink.diagnostic(Diagnostic(path: name, reason: "corrupt zip entry (\(ZipProblem.describe(error))); skipped"))
        continue
      }
      progress?.advance(bytes: Int(entry.compressedSize), records: 0)
      pipeline.add(.studyJSON(data), source: name)
    }
    pipeline.finish()
    if !sawJSON {
      sink.diagnostic(Diagnostic(path: path, reason: "a zip without study JSON files (not a registry download)"))
    }
  }
}

/// What a document is, told from its first bytes (and its name, for JSON that is not).
private enum DocumentKind {
  case zip, jsonLines, json, misnamedJSON, text

  init(head: Data, name: String) {
    if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
      self = .zip
      return
    }
    let firstByte = head.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
    let lower = name.lowercased()
    if firstByte == UInt8(ascii: "{"), JSONLines.looksLikeLines(head) {
      self = .jsonLines
    } else if firstByte == UInt8(ascii: "{") || firstByte == UInt8(ascii: "[") {
      self = .json
    } else if lower.hasSuffix(".json") || lower.hasSuffix(".jsonl") {
      self = .misnamedJSON
    } else {
      self = .text
    }
  }
}
