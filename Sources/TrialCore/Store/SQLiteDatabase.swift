import CSQLite
import Foundation

/// A thin wrapper over the system SQLite: open, run statements, bind and read columns.
/// Errors carry the database path and SQLite's own message.
final class SQLiteDatabase {
  private(set) var handle: OpaquePointer?
  let path: String

  struct Failure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
  }

  init(path: String, readOnly: Bool = false) throws(Failure) {
    self.path = path
    let flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
    if sqlite3_open_v2(path, &handle, flags | SQLITE_OPEN_NOMUTEX, nil) != SQLITE_OK {
      let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
      sqlite3_close(handle)
      handle = nil
      throw Failure(message: "\(path): \(message)")
    }
  }

  deinit { sqlite3_close(handle) }

  /// Runs one or more statements without results.
  func execute(_ sql: String) throws(Failure) {
    var error: UnsafeMutablePointer<CChar>?
    if sqlite3_exec(handle, sql, nil, nil, &error) != SQLITE_OK {
      let message = error.map { String(cString: $0) } ?? "error"
      sqlite3_free(error)
      throw Failure(message: "\(path): \(message)")
    }
  }

  /// A prepared statement.
  func prepare(_ sql: String) throws(Failure) -> Statement {
    var statement: OpaquePointer?
    guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
      throw Failure(message: "\(path): \(String(cString: sqlite3_errmsg(handle)))")
    }
    return Statement(statement: statement, database: self)
  }

  /// A statement with positional parameters (1-based).
  final class Statement {
    private let statement: OpaquePointer
    private unowned let database: SQLiteDatabase

    init(statement: OpaquePointer, database: SQLiteDatabase) {
      self.statement = statement
      self.database = database
    }

    deinit { sqlite3_finalize(statement) }

    func bind(_ index: Int32, _ text: String?) {
      if let text {
        sqlite3_bind_text(statement, index, text, -1, csqlite_transient())
      } else {
        sqlite3_bind_null(statement, index)
      }
    }

    func bind(_ index: Int32, _ data: Data) {
      data.withUnsafeBytes { raw in
        _ = sqlite3_bind_blob(statement, index, raw.baseAddress, Int32(raw.count), csqlite_transient())
      }
    }

    func bind(_ index: Int32, _ value: Int) { sqlite3_bind_int64(statement, index, Int64(value)) }

    /// Steps once; true when a row is available.
    @discardableResult
    func step() throws(Failure) -> Bool {
      let result = sqlite3_step(statement)
      if result == SQLITE_ROW { return true }
      if result == SQLITE_DONE { return false }
      throw Failure(message: "\(database.path): \(String(cString: sqlite3_errmsg(database.handle)))")
    }

    func reset() {
      sqlite3_reset(statement)
      sqlite3_clear_bindings(statement)
    }

    func text(_ column: Int32) -> String? {
      guard let pointer = sqlite3_column_text(statement, column) else { return nil }
      return String(cString: pointer)
    }

    func data(_ column: Int32) -> Data {
      let count = Int(sqlite3_column_bytes(statement, column))
      guard count > 0, let pointer = sqlite3_column_blob(statement, column) else { return Data() }
      return Data(bytes: pointer, count: count)
    }

    func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(statement, column)) }
  }
}
