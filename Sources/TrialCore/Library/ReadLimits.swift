/// The largest pieces of input read into memory at once. A text page or a JSON document must be
/// parsed whole, so a file over its limit is refused with a diagnostic before it is read; JSON
/// Lines files and registry zips are streamed and only each study in them has a limit. Memory
/// therefore stays bounded by these figures, whatever the size of the files.
public struct ReadLimits: Sendable, Equatable {
  /// A mirror page, a legacy XML record or any other text document. Real pages are under
  /// 200 KB; a bigger "page" is a log, a dump or a mistake, and parsing it would take minutes.
  public var textDocument: Int
  /// A JSON study, API page or array read whole. An API page of 1,000 studies is about 30 MB.
  public var jsonDocument: Int
  /// One study inside a stream: a line of a JSON Lines file, an entry of a registry zip. The
  /// largest registry records (with results) are a few megabytes.
  public var study: Int

  /// Creates limits, in bytes.
  public init(textDocument: Int, jsonDocument: Int, study: Int) {
    self.textDocument = textDocument
    self.jsonDocument = jsonDocument
    self.study = study
  }

  /// 8 MB per text document, 64 MB per JSON document, 16 MB per streamed study.
  public static let standard = ReadLimits(textDocument: 8 << 20, jsonDocument: 64 << 20, study: 16 << 20)

  /// "200.0 MB", "512 KB", "300 bytes": sizes in diagnostics.
  static func describe(_ bytes: Int) -> String {
    if bytes >= 1 << 20 { return String(format: "%.1f MB", Double(bytes) / Double(1 << 20)) }
    if bytes >= 1 << 10 { return "\((bytes + 512) >> 10) KB" }
    return "\(bytes) bytes"
  }
}
