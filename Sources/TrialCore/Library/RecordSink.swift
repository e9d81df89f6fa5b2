/// Where a reader delivers what it finds: finished records and one-line diagnostics.
public struct RecordSink {
  /// Called with each record, in input order.
  public var record: (Trial) -> Void
  /// Called with each input (or part of one) that could not be read.
  public var diagnostic: (Diagnostic) -> Void

  /// Creates a sink.
  public init(record: @escaping (Trial) -> Void, diagnostic: @escaping (Diagnostic) -> Void) {
    self.record = record
    self.diagnostic = diagnostic
  }
}
