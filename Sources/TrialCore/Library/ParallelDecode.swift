import Foundation

/// A document waiting in a batch: the bytes of one registry study, or of one text page.
enum PendingDocument {
  case studyJSON(Data)
  case text(Data)
}

/// Decodes batches of study JSON documents and text pages on every core. A batch is started in the
/// background and delivered later, in input order, so the caller can store one batch while the
/// next is being decoded.
enum ParallelDecode {
  static let batchSize = 1024

  /// A batch being decoded.
  final class Job: @unchecked Sendable {
    fileprivate let results: UnsafeResults
    fileprivate let group = DispatchGroup()

    fileprivate init(count: Int) { results = UnsafeResults(count: count) }

    /// Waits for the batch and hands its records and diagnostics to `sink`, in input order.
    func deliver(to sink: RecordSink, progress: ImportProgress?) {
      group.wait()
      for result in results.values {
        switch result {
        case .success(let record):
          sink.record(record)
          progress?.advance(bytes: 0, records: 1)
        case .failure(let diagnostic): sink.diagnostic(diagnostic)
        case nil: break
        }
      }
    }
  }

  /// Starts decoding `batch` in the background.
  static func start(_ batch: [(PendingDocument, String)], depth: ReadDepth) -> Job {
    let job = Job(count: batch.count)
    guard !batch.isEmpty else { return job }
    DispatchQueue.global().async(group: job.group) {
      DispatchQueue.concurrentPerform(iterations: batch.count) { i in
        let (document, source) = batch[i]
        do throws(ParseError) {
          let found: SourceRecord
          switch document {
          case .studyJSON(let data):
            let trial = try TrialReader.read(studyJSON: data, source: source, depth: depth)
            found = SourceRecord(trial: trial, raw: .studyJSON(data))
          case .text(let data):
            // Pages are small: they are always read in full.
            let text = TextDecoder.decode(data)
            found = SourceRecord(trial: try TrialReader.read(text, source: source), raw: .text(text))
          }
          var record = found
          if depth == .index { record.indexEntry = IndexEntry(record.trial) }
          job.results.set(i, .success(record))
        } catch {
          job.results.set(i, .failure(Diagnostic(path: source, reason: error.reason)))
        }
      }
    }
    return job
  }
}

/// Feeds batches to `ParallelDecode`, keeping one batch in flight while the previous one is
/// delivered.
struct DecodePipeline {
  private var batch: [(PendingDocument, String)] = []
  private var inFlight: ParallelDecode.Job?
  let depth: ReadDepth
  let sink: RecordSink
  let progress: ImportProgress?

  init(depth: ReadDepth, sink: RecordSink, progress: ImportProgress?) {
    self.depth = depth
    self.sink = sink
    self.progress = progress
  }

  mutating func add(_ document: PendingDocument, source: String) {
    batch.append((document, source))
    if batch.count >= ParallelDecode.batchSize { flush() }
  }

  /// Starts the gathered batch and delivers the one before it.
  mutating func flush() {
    let next = ParallelDecode.start(batch, depth: depth)
    batch.removeAll(keepingCapacity: true)
    inFlight?.deliver(to: sink, progress: progress)
    inFlight = next
  }

  /// Delivers everything still pending.
  mutating func finish() {
    flush()
    inFlight?.deliver(to: sink, progress: progress)
    inFlight = nil
  }
}

/// Slots written by distinct iterations of `concurrentPerform`, read after they finish.
/// Slots written by distinct iterations of `concurrentPerform`, read after they all finish.
/// The slots live in memory allocated once: an `Array` cannot be written from several threads
/// at once, because `withUnsafeMutableBufferPointer` moves the array out of its variable for
/// the length of the call, and a second thread then copies it.
private final class UnsafeResults: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<Result<SourceRecord, Diagnostic>?>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  func set(_ index: Int, _ value: Result<SourceRecord, Diagnostic>) {
    slots[index] = value
  }

  /// Every slot, in order (call only after every write has finished).
  var values: UnsafeMutableBufferPointer<Result<SourceRecord, Diagnostic>?> { slots }
}
