import Foundation

/// The benchmark's peer for search: SQLite FTS5 over the same fields the index searches (title,
/// official title, conditions, interventions, sponsor, sites, the first words of the summary),
/// built from the same library, answering the same words with a prefix on the last.
public final class FullTextPeer {
  private let database: SQLiteDatabase
  private let query: SQLiteDatabase.Statement
  private let path: URL

  /// Builds the FTS5 table in a temporary database from every trial of `library`.
  public init(library: TrialLibrary) throws {
    path = FileManager.default.temporaryDirectory.appending(path: "livertrials-fts-\(UUID().uuidString).sqlite")
    database = try SQLiteDatabase(path: path.path)
    try database.execute(
      """
      PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
      CREATE VIRTUAL TABLE fts USING fts5(title, conditions, interventions, sponsor, sites, summary,
        tokenize = 'unicode61 remove_diacritics 2');
      BEGIN;
      """)
    let insert = try database.prepare(
      "INSERT INTO fts(rowid, title, conditions, interventions, sponsor, sites, summary) VALUES (?, ?, ?, ?, ?, ?, ?)")
    let rows = try library.database.prepare("SELECT rowid, key, merged FROM trials ORDER BY rowid")
    while try rows.step() {
      let trial = try library.derive(key: rows.text(1) ?? "", merged: rows.data(2), depth: .index)
      insert.bind(1, rows.int(0))
      insert.bind(2, [trial.id, trial.title, trial.officialTitle ?? ""].joined(separator: " "))
      insert.bind(3, trial.conditions.joined(separator: "; "))
      insert.bind(4, trial.interventions.map(\.name).joined(separator: "; "))
      insert.bind(5, trial.sponsor)
      insert.bind(
        6,
        trial.locations.map { [$0.facility, $0.city, $0.region, $0.country].compactMap { $0 }.joined(separator: " ") }
          .joined(separator: "; "))
      insert.bind(7, TextFolding.words(trial.summary ?? "").prefix(IndexEntry.summaryWordLimit).joined(separator: " "))
      try insert.step()
      insert.reset()
    }
    try database.execute("COMMIT")
    query = try database.prepare("SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rank")
  }

  deinit { try? FileManager.default.removeItem(at: path) }

  /// The number of matches for `typed` (every word, the last as a prefix unless followed by a
  /// space), read row by row in rank order as a list would.
  public func count(_ typed: String) -> Int {
    let words = TextFolding.words(typed)
    guard !words.isEmpty else { return 0 }
    let prefix = !(typed.last?.isWhitespace ?? true)
    let terms = words.enumerated().map { offset, word in
      "\"\(word)\"" + (prefix && offset == words.count - 1 ? "*" : "")
    }
    query.bind(1, terms.joined(separator: " "))
    var count = 0
    while (try? query.step()) == true { count += 1 }
    query.reset()
    return count
  }
}
