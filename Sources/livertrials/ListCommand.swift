import ArgumentParser
import TrialCore

/// `livertrials list`: one line per trial.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List trials: id, phase, status, routes, cell source, enrollment, title.")

  @Argument(help: "Files or directories to read (default: the bundled seeds).")
  var paths: [String] = []

  func run() throws {
    let loaded = LoadedData.trials(paths)
    let width = Terminal.columns ?? 200
    for trial in loaded.trials {
      print(ListRow.render(trial, width: width))
    }
    if loaded.hadErrors { throw ExitCode(1) }
  }
}
