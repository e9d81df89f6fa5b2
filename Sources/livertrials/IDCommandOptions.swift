import ArgumentParser
import TrialCore

/// The options shared by commands that take trial ids: where the data comes from and how wide
/// to print.
struct IDCommandOptions: ParsableArguments {
  @Option(
    name: .customLong("data"),
    help: "A file or directory to read (repeatable; default: the library, else the bundled seeds).")
  var dataPaths: [String] = []

  @OptionGroup var source: DataOptions

  @Option(name: .long, help: "Fit text to this many columns (default: the terminal's width, or 80).")
  var width: Int?

  func validate() throws {
    if let width, width < 20 { throw ValidationError("--width must be at least 20") }
  }

  /// The width to print at.
  var columns: Int { width ?? Terminal.columns ?? 80 }

  /// The records with `ids`; an unknown id names the closest and exits 1.
  func trials(_ ids: [String]) throws -> (trials: [Trial], hadErrors: Bool) {
    try source.trials(ids: ids, paths: dataPaths)
  }
}
