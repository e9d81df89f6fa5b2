import Foundation

/// Writes one source document at a time: keeps the newer of two documents of the same trial in
/// the same layout, and re-merges a trial whose sources are several.
final class ImportWriter {
  enum Outcome {
    /// A new trial, with what the index needs of it.
    case added(Trial)
    case updated
    case unchanged
  }

  private let library: TrialLibrary
  private let findSource: SQLiteDatabase.Statement
  private let putSource: SQLiteDatabase.Statement
  private let allSources: SQLiteDatabase.Statement
  private let findTrial: SQLiteDatabase.Statement
  private let putTrial: SQLiteDatabase.Statement
  private let decoder = JSONDecoder()
  /// When the library started empty, a key not yet seen in this import has nothing to compare
  /// with or merge into: it is written straight away.
  private let startedEmpty: Bool
  private var seen = Set<String>()

  init(library: TrialLibrary) throws {
    self.library = library
    startedEmpty = try library.count() == 0
    let db = library.database
    findSource = try db.prepare("SELECT updated, raw FROM sources WHERE key = ? AND format = ?")
    putSource = try db.prepare(
      "INSERT OR REPLACE INTO sources(key, format, path, updated, kind, raw) VALUES (?, ?, ?, ?, ?, ?)")
    allSources = try db.prepare("SELECT kind, raw, path FROM sources WHERE key = ? ORDER BY rowid")
    findTrial = try db.prepare("SELECT 1 FROM trials WHERE key = ?")
    putTrial = try db.prepare(
      "INSERT INTO trials(key, id, merged) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET id = excluded.id, merged = excluded.merged"
    )
  }

  func store(_ found: SourceRecord) throws -> Outcome {
    let trial = found.trial
    let key = trial.id.hasPrefix("NCT") ? trial.id : "\(trial.id) \(trial.source.path)"
    let source = try StoredSource(found, encoder: library.encode)
    if startedEmpty && seen.insert(key).inserted {
      try insertSource(key: key, trial: trial, source: source)
      putTrial.bind(1, key)
      putTrial.bind(2, trial.id)
      putTrial.bind(3, nil as String?)
      try putTrial.step()
      putTrial.reset()
      return .added(trial)
    }
    findSource.bind(1, key)
    findSource.bind(2, trial.source.format.rawValue)
    if try findSource.step() {
      let updated = findSource.text(0) ?? ""
      let previous = findSource.data(1)
      findSource.reset()
      if previous == source.raw || updated > (trial.lastUpdated ?? "") { return .unchanged }
    } else {
      findSource.reset()
    }
    try insertSource(key: key, trial: trial, source: source)

    allSources.bind(1, key)
    var sources: [StoredSource] = []
    while try allSources.step() {
      sources.append(
        StoredSource(kind: allSources.text(0) ?? "", raw: allSources.data(1), path: allSources.text(2) ?? key))
    }
    allSources.reset()
    var merged: Trial?
    if sources.count > 1 {
      merged = TrialMerger.merged(try sources.map { try $0.trial(depth: .full, decoder: decoder) })
    }
    findTrial.bind(1, key)
    let existed = try findTrial.step()
    findTrial.reset()
    putTrial.bind(1, key)
    putTrial.bind(2, merged?.id ?? trial.id)
    if let merged { putTrial.bind(3, try library.encode(merged)) } else { putTrial.bind(3, nil as String?) }
    try putTrial.step()
    putTrial.reset()
    return existed ? .updated : .added(merged ?? trial)
  }

  private func insertSource(key: String, trial: Trial, source: StoredSource) throws {
    putSource.bind(1, key)
    putSource.bind(2, trial.source.format.rawValue)
    putSource.bind(3, trial.source.path)
    putSource.bind(4, trial.lastUpdated)
    putSource.bind(5, source.kind)
    putSource.bind(6, source.raw)
    try putSource.step()
    putSource.reset()
  }
}
