import ArgumentParser
import TrialCore

/// `livertrials export`: the records in the JSON contract, or the evidence table as CSV.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Print trial records as JSON (an array), JSON Lines, or an evidence table (CSV).")

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json, jsonl, csv
  }

  @Option(name: .shortAndLong, help: "Output format: json, jsonl or csv.")
  var format: Format = .json

  @Flag(name: .long, help: "With --format csv: one row per arm instead of one per trial.")
  var perArm = false

  @Argument(help: "Files or directories to read (default: the library, else the bundled seeds).")
  var paths: [String] = []

  @OptionGroup var data: DataOptions

  func validate() throws {
    if perArm && format != .csv { throw ValidationError("--per-arm needs --format csv") }
  }

  func run() throws {
    let loaded = try data.allTrials(paths: paths)
    switch format {
    case .json: print(try TrialJSON.array(loaded.trials))
    case .jsonl: if !loaded.trials.isEmpty { print(try TrialJSON.lines(loaded.trials)) }
    case .csv: TrialSelection.write(EvidenceTable.csv(loaded.trials, perArm: perArm))
    }
    if loaded.hadErrors { throw ExitCode(1) }
  }
}
