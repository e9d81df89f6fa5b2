import Foundation
import TrialCore

/// Loads the records a command works on and reports unreadable inputs on stderr.
enum LoadedData {
  /// The trials from `paths`, or the bundled seeds when there are none. Each unreadable input
  /// prints one line on stderr; the rest still load.
  static func trials(_ paths: [String]) -> (trials: [Trial], hadErrors: Bool) {
    let progress = paths.isEmpty ? nil : ImportProgress(totalBytes: Library.totalBytes(paths))
    let result = paths.isEmpty ? Library.seeds() : Library.load(paths: paths, progress: progress)
    progress?.finish()
    report(result.diagnostics)
    return (result.trials, !result.diagnostics.isEmpty)
  }

  static func report(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics {
      Terminal.standardError("livertrials: \(SafeText.clean(diagnostic.description))")
    }
  }
}

/// Writing to the standard streams.
enum Terminal {
  /// Writes `line`; messages quote paths, ids and queries, so it is made safe here once for all.
  static func standardError(_ line: String) {
    FileHandle.standardError.write(Data((SafeText.clean(line) + "\n").utf8))
  }

  static var isInteractiveOutput: Bool { isatty(STDOUT_FILENO) == 1 }

  /// The terminal's width, or nil when stdout is not a terminal.
  static var columns: Int? {
    guard isInteractiveOutput else { return nil }
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }
}
