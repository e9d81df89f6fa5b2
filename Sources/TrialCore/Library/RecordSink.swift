import Foundation

/// Where a reader delivers what it finds: records (with the bytes they came from, when those
/// can be read again) and one-line diagnostics.
public struct RecordSink {
  /// Called with each record, in input order.
  public var record: (SourceRecord) -> Void
  /// Called with each input (or part of one) that could not be read.
  public var diagnostic: (Diagnostic) -> Void

  /// Creates a sink.
  public init(record: @escaping (SourceRecord) -> Void, diagnostic: @escaping (Diagnostic) -> Void) {
    self.record = record
    self.diagnostic = diagnostic
  }
}

/// A record as a reader found it.
public struct SourceRecord: Sendable {
  /// The record, read to the depth the reader was asked for.
  public var trial: Trial
  /// The document it was read from, when it can be read again to full depth later.
  public var raw: RawDocument?
  /// The index entry, when the reader prepared it (imports do, on every core).
  public var indexEntry: IndexEntry?

  /// Creates a found record.
  public init(trial: Trial, raw: RawDocument?, indexEntry: IndexEntry? = nil) {
    self.trial = trial
    self.raw = raw
    self.indexEntry = indexEntry
  }
}

/// The bytes of one source document, kept so that a library can re-read it in full on demand.
public enum RawDocument: Sendable, Equatable {
  /// One API v2 study as JSON.
  case studyJSON(Data)
  /// A text document (mirror page, legacy XML, anything else).
  case text(String)
}

/// How much of a record to read: everything, or what the index needs (ids, titles, facets,
/// searchable words) — the fast path for importing the whole registry.
public enum ReadDepth: Sendable {
  case full
  case index
}
