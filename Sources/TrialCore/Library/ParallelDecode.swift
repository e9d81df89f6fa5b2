import Foundation

/// Decodes a batch of study JSON documents on every core, delivering results in input order.
enum ParallelDecode {
  static let batchSize = 1024

  static func studies(_ batch: [(Data, String)], into sink: RecordSink, progress: ImportProgress?) {
    guard !batch.isEmpty else { return }
    let results = UnsafeResults(count: batch.count)
    DispatchQueue.concurrentPerform(iterations: batch.count) { i in
      let (data, source) = batch[i]
      do throws(ParseError) {
        results.set(i, .success(try TrialReader.read(studyJSON: data, source: source)))
      } catch {
        results.set(i, .failure(Diagnostic(path: source, reason: error.reason)))
      }
    }
    for result in results.values {
      switch result {
      case .success(let trial):
        sink.record(trial)
        progress?.advance(bytes: 0, records: 1)
      case .failure(let diagnostic): sink.diagnostic(diagnostic)
      case nil: break
      }
    }
  }
}

/// Slots written by distinct iterations of `concurrentPerform`, read after it returns.
private final class UnsafeResults: @unchecked Sendable {
  private(set) var values: [Result<Trial, Diagnostic>?]

  init(count: Int) { values = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: Result<Trial, Diagnostic>) {
    values.withUnsafeMutableBufferPointer { $0[index] = value }
  }
}
