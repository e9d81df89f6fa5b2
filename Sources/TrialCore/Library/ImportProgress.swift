import Foundation

/// A progress line on stderr for long imports — records, rate, bytes and time left — drawn only
/// when stderr is a terminal, at most ten times a second.
public final class ImportProgress: @unchecked Sendable {
  private let totalBytes: Int
  private var bytes = 0
  private var records = 0
  private let start = Date()
  private var lastDraw = Date.distantPast
  private let enabled: Bool
  private let lock = NSLock()

  /// A progress line for inputs of `totalBytes`; silent unless stderr is a terminal.
  public init(totalBytes: Int, enabled: Bool = isatty(STDERR_FILENO) == 1) {
    self.totalBytes = max(totalBytes, 1)
    self.enabled = enabled
  }

  /// Counts bytes read and records finished.
  public func advance(bytes: Int, records: Int) {
    lock.lock()
    defer { lock.unlock() }
    self.bytes += bytes
    self.records += records
    // The first line waits half a second, so quick loads draw none.
    guard enabled, Date().timeIntervalSince(start) > 0.5, Date().timeIntervalSince(lastDraw) > 0.1 else { return }
    lastDraw = Date()
    draw(final: false)
  }

  /// Draws the last line and moves to the next — only when a line was drawn: a quick load
  /// leaves stderr quiet.
  public func finish() {
    lock.lock()
    defer { lock.unlock() }
    guard enabled, lastDraw != .distantPast else { return }
    draw(final: true)
  }

  /// Records finished so far.
  public var recordCount: Int {
    lock.lock()
    defer { lock.unlock() }
    return records
  }

  private func draw(final: Bool) {
    let elapsed = max(Date().timeIntervalSince(start), 0.001)
    let fraction = min(Double(bytes) / Double(totalBytes), 1)
    let rate = Double(records) / elapsed
    let left = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
    let width = 24
    let filled = Int(fraction * Double(width))
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    let line = String(
      format: "\r%@ %3.0f%%  %d records  %.0f/s  %@ left ", bar, fraction * 100, records, rate,
      final ? "0s" : Self.duration(left))
    FileHandle.standardError.write(Data((line + (final ? "\n" : "")).utf8))
  }

  private static func duration(_ seconds: Double) -> String {
    let s = Int(seconds.rounded())
    return s >= 3600 ? "\(s / 3600)h\(s % 3600 / 60)m" : s >= 60 ? "\(s / 60)m\(s % 60)s" : "\(s)s"
  }
}
