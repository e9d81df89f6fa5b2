import Foundation
import TrialCore

/// Loads the records a command works on and reports unreadable inputs on stderr.
enum LoadedData {
  /// The trials from `paths`, or the bundled seeds when there are none. Each unreadable input
  /// prints one line on stderr; the rest still load.
  static func trials(_ paths: [String]) -> (trials: [Trial], hadErrors: Bool) {
    let result = Library.load(pathsOrSeeds: paths)
    for diagnostic in result.diagnostics {
      Terminal.standardError("livertrials: \(SafeText.clean(diagnostic.description))")
    }
    return (result.trials, !result.diagnostics.isEmpty)
  }
}

/// Writing to the standard streams.
enum Terminal {
  static func standardError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
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
