import ArgumentParser
import TrialCore

/// `livertrials summary ID...`: a one-page summary of each trial.
struct SummaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary", abstract: "Print a one-page summary of the trials with the given ids.")

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json
  }

  @Argument(help: "Trial ids (NCT ids, or file names for records without one).")
  var ids: [String]

  @Option(
    name: .customLong("data"),
    help: "A file or directory to read (repeatable; default: the library, else the bundled seeds).")
  var dataPaths: [String] = []

  @OptionGroup var source: DataOptions

  @Option(name: .shortAndLong, help: "Output format: text, markdown or json (the contract record).")
  var format: Format = .text

  @Option(name: .long, help: "Wrap text to this many columns (default: the terminal's width, or 80).")
  var width: Int?

  func validate() throws {
    guard !ids.isEmpty else { throw ValidationError("give at least one trial id") }
    if let width, width < 20 { throw ValidationError("--width must be at least 20") }
  }

  func run() throws {
    let loaded = try source.trials(ids: ids, paths: dataPaths)
    let trials = loaded.trials
    switch format {
    case .text: print(SummaryRenderer.render(trials, width: width ?? Terminal.columns ?? 80))
    case .markdown: print(MarkdownSummaryRenderer.render(trials))
    case .json: print(trials.count == 1 ? try TrialJSON.object(trials[0]) : try TrialJSON.array(trials))
    }
    if loaded.hadErrors { throw ExitCode(1) }
  }
}
