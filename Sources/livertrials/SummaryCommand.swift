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

  @Option(name: .shortAndLong, help: "Output format: text, markdown or json (the contract record).")
  var format: Format = .text

  @OptionGroup var options: IDCommandOptions

  func validate() throws {
    guard !ids.isEmpty else { throw ValidationError("give at least one trial id") }
  }

  func run() throws {
    let loaded = try options.trials(ids)
    let trials = loaded.trials
    switch format {
    case .text: print(SummaryRenderer.render(trials, width: options.columns))
    case .markdown: print(MarkdownSummaryRenderer.render(trials))
    case .json: print(trials.count == 1 ? try TrialJSON.object(trials[0]) : try TrialJSON.array(trials))
    }
    if loaded.hadErrors { throw ExitCode(1) }
  }
}
