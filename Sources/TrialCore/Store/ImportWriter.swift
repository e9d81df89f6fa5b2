import Foundation

/// Writes one source record at a time: keeps the newer of two records of the same trial from
/// the same layout, and re-merges the trial's sources when it has more than one.
final class ImportWriter {
  enum Outcome {
    case added(Trial)
    case updated(Trial)
    case unchanged
  }

  private let library: TrialLibrary
  private let findSource: SQLiteDatabase.Statement
  private let putSource: SQLiteDatabase.Statement
  private let allSources: SQLiteDatabase.Statement
  private let findTrial: SQLiteDatabase.Statement
  private let putTrial: SQLiteDatabase.Statement

  init(library: TrialLibrary) throws {
    self.library = library
    let db = library.database
    findSource = try db.prepare("SELECT updated, record FROM sources WHERE trial = ? AND format = ?")
    putSource = try db.prepare(
      "INSERT OR REPLACE INTO sources(trial, format, path, updated, record) VALUES (?, ?, ?, ?, ?)")
    allSources = try db.prepare("SELECT record FROM sources WHERE trial = ? ORDER BY rowid")
    findTrial = try db.prepare("SELECT 1 FROM trials WHERE id = ?")
    putTrial = try db.prepare(
      "INSERT INTO trials(id, record) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET record = excluded.record")
  }

  func store(_ trial: Trial) throws -> Outcome {
    let key = trial.id.hasPrefix("NCT") ? trial.id : "\(trial.id) \(trial.source.path)"
    let encoded = try library.encode(trial)
    findSource.bind(1, key)
    findSource.bind(2, trial.source.format.rawValue)
    if try findSource.step() {
      let updated = findSource.text(0) ?? ""
      let previous = findSource.data(1)
      findSource.reset()
      if previous == encoded || updated > (trial.lastUpdated ?? "") { return .unchanged }
    } else {
      findSource.reset()
    }
    putSource.bind(1, key)
    putSource.bind(2, trial.source.format.rawValue)
    putSource.bind(3, trial.source.path)
    putSource.bind(4, trial.lastUpdated)
    putSource.bind(5, encoded)
    try putSource.step()
    putSource.reset()

    allSources.bind(1, key)
    var records: [Data] = []
    while try allSources.step() { records.append(allSources.data(0)) }
    allSources.reset()
    let merged = records.count > 1 ? TrialMerger.merged(try records.map(library.decode)) : trial
    findTrial.bind(1, merged.id)
    let existed = try findTrial.step()
    findTrial.reset()
    putTrial.bind(1, merged.id)
    putTrial.bind(2, records.count > 1 ? try library.encode(merged) : encoded)
    try putTrial.step()
    putTrial.reset()
    return existed ? .updated(merged) : .added(merged)
  }
}
