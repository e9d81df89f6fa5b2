import Foundation

/// A persistent library of trials: the imported source documents, as imported, in SQLite
/// (`trials.sqlite`), and the search index beside it (`index.bin`), so the next start opens in
/// a moment instead of re-reading gigabytes.
///
/// A registry study is read at index depth during import (ids, titles, facets, words) and in
/// full when its record is asked for. A trial with several sources keeps its merged record.
/// Importing a newer download replaces that source's documents and re-merges in place.
public final class TrialLibrary: @unchecked Sendable {
  /// The library's folder.
  public let directory: URL
  let database: SQLiteDatabase
  private let decoder = JSONDecoder()
  /// Sorted keys: the same record always encodes to the same bytes.
  private let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return encoder
  }()
  private let lock = NSLock()

  /// What an import did.
  public struct ImportSummary: Sendable {
    /// Trials seen for the first time.
    public var added = 0
    /// Trials whose records changed.
    public var updated = 0
    /// Records the library already had, or had in a newer version.
    public var unchanged = 0
    /// Inputs that could not be read.
    public var diagnostics: [Diagnostic] = []
    /// Trials in the library after the import.
    public var total = 0
  }

  /// `$XDG_DATA_HOME/livertrials`, else `~/.local/share/livertrials`.
  public static var defaultDirectory: URL {
    let environment = ProcessInfo.processInfo.environment
    if let data = environment["XDG_DATA_HOME"], !data.isEmpty {
      return URL(fileURLWithPath: data).appending(path: "livertrials")
    }
    return FileManager.default.homeDirectoryForCurrentUser.appending(path: ".local/share/livertrials")
  }

  /// Whether a library with an index exists in `directory`.
  public static func exists(at directory: URL) -> Bool {
    FileManager.default.fileExists(atPath: directory.appending(path: "index.bin").path)
      && FileManager.default.fileExists(atPath: directory.appending(path: "trials.sqlite").path)
  }

  /// Opens (creating if needed) the library in `directory`.
  public init(directory: URL) throws {
    self.directory = directory
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    database = try SQLiteDatabase(path: directory.appending(path: "trials.sqlite").path)
    try database.execute(
      """
      PRAGMA journal_mode=WAL;
      PRAGMA synchronous=NORMAL;
      CREATE TABLE IF NOT EXISTS sources(
        key TEXT NOT NULL, format TEXT NOT NULL, path TEXT NOT NULL, updated TEXT, kind TEXT NOT NULL,
        raw BLOB NOT NULL, PRIMARY KEY(key, format));
      CREATE TABLE IF NOT EXISTS trials(key TEXT NOT NULL UNIQUE, id TEXT NOT NULL, merged BLOB);
      """)
  }

  /// The number of trials stored.
  public func count() throws -> Int {
    let statement = try database.prepare("SELECT count(*) FROM trials")
    return try statement.step() ? statement.int(0) : 0
  }

  /// Reads `paths` into the library and saves a new index.
  public func importRecords(paths: [String], progress: ImportProgress? = nil) throws -> ImportSummary {
    var summary = ImportSummary()
    var builder: TrialIndexBuilder? = try count() == 0 ? TrialIndexBuilder() : nil
    var failure: (any Error)?
    let writer = try ImportWriter(library: self)
    // A write-ahead log writes every page twice (log, then checkpoint). An import mostly
    // appends new pages, which a rollback journal does not copy at all, so it runs with one
    // when it can (not while another connection, such as an open browser, has the library).
    try? database.execute("PRAGMA journal_mode=DELETE")
    try database.execute("BEGIN")
    RecordReader(progress: progress, depth: .index).read(
      paths: paths,
      into: RecordSink(
        record: { found in
          guard failure == nil else { return }
          do {
            switch try writer.store(found) {
            case .added(let indexed):
              summary.added += 1
              builder?.add(found.indexEntry ?? IndexEntry(indexed))
            case .updated:
              summary.updated += 1
              builder = nil
            case .unchanged: summary.unchanged += 1
            }
            if (summary.added + summary.updated + 1) % 20_000 == 0 { try self.database.execute("COMMIT; BEGIN") }
          } catch {
            failure = error
          }
        },
        diagnostic: { summary.diagnostics.append($0) }))
    try database.execute("COMMIT")
    try? database.execute("PRAGMA journal_mode=WAL")
    progress?.finish()
    if let failure { throw failure }
    var finished = try builder ?? rebuildIndex()
    builder = nil
    // The word lists are emptied as they are flattened into `postings`.
    let postings = finished.postings.finish(documentCount: finished.columns.count)
    let index = TrialIndex(columns: finished.columns, postings: postings, store: MemoryTrialStore([]))
    var orders: [SortKey: [Int32]] = [:]
    for key in TrialIndex.savedOrders { orders[key] = index.globalOrder(key) }
    try IndexFile.write(
      columns: finished.columns, postings: postings, orders: orders, to: directory.appending(path: "index.bin"))
    summary.total = try count()
    return summary
  }

  /// Reads every trial at index depth, in library order.
  private func rebuildIndex() throws -> TrialIndexBuilder {
    var builder = TrialIndexBuilder()
    let statement = try database.prepare("SELECT rowid, key, merged FROM trials ORDER BY rowid")
    while try statement.step() {
      guard statement.int(0) == builder.count + 1 else {
        throw SQLiteDatabase.Failure(message: "library rows are out of order")
      }
      builder.add(try derive(key: statement.text(1) ?? "", merged: statement.data(2), depth: .index))
    }
    return builder
  }

  /// Opens the saved index; full records are read from the database when asked for.
  public func openIndex() throws -> TrialIndex {
    let (columns, postings, orders) = try IndexFile.read(from: directory.appending(path: "index.bin"))
    return TrialIndex(columns: columns, postings: postings, store: SQLiteTrialStore(library: self), orders: orders)
  }

  /// The full record at index position `position`.
  func record(position: Int) -> Trial? {
    lock.lock()
    defer { lock.unlock() }
    if recordByRow == nil { recordByRow = try? database.prepare("SELECT key, merged FROM trials WHERE rowid = ?") }
    guard let statement = recordByRow else { return nil }
    defer { statement.reset() }
    statement.bind(1, position + 1)
    guard (try? statement.step()) == true, let key = statement.text(0) else { return nil }
    return try? derive(key: key, merged: statement.data(1), depth: .full)
  }

  /// Prepared once: the detail pane asks for a record on every selection change, and a rebuild
  /// reads every trial.
  private var recordByRow: SQLiteDatabase.Statement?
  private var sourceByKey: SQLiteDatabase.Statement?

  /// A trial's record: its merged record when it has one, else its only source read again.
  func derive(key: String, merged: Data, depth: ReadDepth) throws -> Trial {
    if !merged.isEmpty { return try decoder.decode(Trial.self, from: merged) }
    if sourceByKey == nil {
      sourceByKey = try database.prepare("SELECT kind, raw, path FROM sources WHERE key = ? LIMIT 1")
    }
    guard let statement = sourceByKey else { throw SQLiteDatabase.Failure(message: "no statement") }
    defer { statement.reset() }
    statement.bind(1, key)
    guard try statement.step() else { throw SQLiteDatabase.Failure(message: "no source for \(key)") }
    return try StoredSource(kind: statement.text(0) ?? "", raw: statement.data(1), path: statement.text(2) ?? key)
      .trial(depth: depth, decoder: decoder)
  }

  func encode(_ trial: Trial) throws -> Data { try encoder.encode(trial) }
}

/// Full records from the library's database.
struct SQLiteTrialStore: TrialStore {
  let library: TrialLibrary

  func record(at position: Int, id: String) -> Trial? { library.record(position: position) }
}
