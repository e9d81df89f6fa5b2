import Foundation

/// A persistent library of trials: every source record and the merged record per trial in
/// SQLite (`trials.sqlite`), and the search index beside it (`index.bin`), so the next start
/// opens in a moment instead of re-reading gigabytes. Importing a newer download replaces that
/// source's records of the same trials and re-merges them in place.
public final class TrialLibrary: @unchecked Sendable {
  /// The library's folder.
  public let directory: URL
  let database: SQLiteDatabase
  private let decoder = JSONDecoder()
  /// Sorted keys: the same record always encodes to the same bytes, so "unchanged" is a byte
  /// comparison.
  private let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return encoder
  }()

  /// What an import did.
  public struct ImportSummary: Sendable {
    /// Trials seen for the first time.
    public var added = 0
    /// Trials whose records changed.
    public var updated = 0
    /// Records older than or equal to what the library has.
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
        trial TEXT NOT NULL, format TEXT NOT NULL, path TEXT NOT NULL, updated TEXT, record BLOB NOT NULL,
        PRIMARY KEY(trial, format));
      CREATE TABLE IF NOT EXISTS trials(id TEXT NOT NULL UNIQUE, record BLOB NOT NULL);
      """)
  }

  /// The number of trials stored.
  public func count() throws -> Int {
    let statement = try database.prepare("SELECT count(*) FROM trials")
    return try statement.step() ? statement.int(0) : 0
  }

  /// Reads `paths` into the library and rebuilds the index.
  public func importRecords(paths: [String], progress: ImportProgress? = nil) throws -> ImportSummary {
    var summary = ImportSummary()
    let wasEmpty = try count() == 0
    var builder = wasEmpty ? TrialIndexBuilder() : nil
    var failure: (any Error)?
    let writer = try ImportWriter(library: self)
    try database.execute("BEGIN")
    RecordReader(progress: progress).read(
      paths: paths,
      into: RecordSink(
        record: { trial in
          guard failure == nil else { return }
          do {
            switch try writer.store(trial) {
            case .added(let merged):
              summary.added += 1
              builder?.add(merged)
            case .updated:
              summary.updated += 1
              builder = nil
            case .unchanged: summary.unchanged += 1
            }
            if (summary.added + summary.updated) % 20_000 == 0 {
              try self.database.execute("COMMIT; BEGIN")
            }
          } catch {
            failure = error
          }
        },
        diagnostic: { summary.diagnostics.append($0) }))
    try database.execute("COMMIT")
    progress?.finish()
    if let failure { throw failure }
    let index = try builder ?? rebuildIndexBuilder()
    try IndexFile.write(
      columns: index.columns, postings: index.postings.build(), to: directory.appending(path: "index.bin"))
    summary.total = try count()
    return summary
  }

  /// Reads every merged record in library order into a fresh builder.
  private func rebuildIndexBuilder() throws -> TrialIndexBuilder {
    var builder = TrialIndexBuilder()
    let statement = try database.prepare("SELECT record FROM trials ORDER BY rowid")
    while try statement.step() {
      builder.add(try decoder.decode(Trial.self, from: statement.data(0)))
    }
    return builder
  }

  /// Opens the saved index; full records are read from the database when asked for.
  public func openIndex() throws -> TrialIndex {
    let (columns, postings) = try IndexFile.read(from: directory.appending(path: "index.bin"))
    return TrialIndex(columns: columns, postings: postings, store: SQLiteTrialStore(library: self))
  }

  /// The merged record of `id`.
  func record(id: String) -> Trial? {
    guard let statement = try? database.prepare("SELECT record FROM trials WHERE id = ?") else { return nil }
    statement.bind(1, id)
    guard (try? statement.step()) == true else { return nil }
    return try? decoder.decode(Trial.self, from: statement.data(0))
  }

  func encode(_ trial: Trial) throws -> Data { try encoder.encode(trial) }
  func decode(_ data: Data) throws -> Trial { try decoder.decode(Trial.self, from: data) }
}

/// Full records from the library's database, one query per record.
struct SQLiteTrialStore: TrialStore {
  let library: TrialLibrary
  private let lock = NSLock()

  init(library: TrialLibrary) { self.library = library }

  func record(at position: Int, id: String) -> Trial? {
    lock.lock()
    defer { lock.unlock() }
    return library.record(id: id)
  }
}
