import ArgumentParser
import TrialCore

/// `livertrials export`: the records in the JSON contract.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Print trial records as JSON (an array) or JSON Lines.")

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json, jsonl
  }

  @Option(name: .shortAndLong, help: "Output format: json or jsonl.")
  var format: Format = .json

  @Argument(help: "Files or directories to read (default: the bundled seeds).")
  var paths: [String] = []

  func run() throws {
    let loaded = LoadedData.trials(paths)
    switch format {
    case .json: print(try TrialJSON.array(loaded.trials))
    case .jsonl: if !loaded.trials.isEmpty { print(try TrialJSON.lines(loaded.trials)) }
    }
    if loaded.hadErrors { throw ExitCode(1) }
  }
}
