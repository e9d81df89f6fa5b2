import Foundation

/// Decodes batches of study JSON documents on every core. A batch is started in the
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
  static func start(_ batch: [(Data, String)], depth: ReadDepth) -> Job {
    let job = Job(count: batch.count)
    guard !batch.isEmpty else { return job }
    DispatchQueue.global().async(group: job.group) {
      DispatchQueue.concurrentPerform(iterations: batch.count) { i in
        let (data, source) = batch[i]
        do throws(ParseError) {
          let trial = try TrialReader.read(studyJSON: data, source: source, depth: depth)
          let entry = depth == .index ? IndexEntry(trial) : nil
          job.results.set(i, .success(SourceRecord(trial: trial, raw: .studyJSON(data), indexEntry: entry)))
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
  private var batch: [(Data, String)] = []
  private var inFlight: ParallelDecode.Job?
  let depth: ReadDepth
  let sink: RecordSink
  let progress: ImportProgress?

  init(depth: ReadDepth, sink: RecordSink, progress: ImportProgress?) {
    self.depth = depth
    self.sink = sink
    self.progress = progress
  }

  mutating func add(_ data: Data, source: String) {
    batch.append((data, source))
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
private final class UnsafeResults: @unchecked Sendable {
  private(set) var values: [Result<SourceRecord, Diagnostic>?]

  init(count: Int) { values = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: Result<SourceRecord, Diagnostic>) {
    values.withUnsafeMutableBufferPointer { $0[index] = value }
  }
}
