import ArgumentParser
import TrialCore

/// `livertrials compare ID ID...`: trials side by side.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Compare trials side by side: cells, dose, schedule, route per arm, control, outcomes, follow-up.")

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, csv
  }

  @Argument(help: "Two or more trial ids.")
  var ids: [String]

  @Option(name: .shortAndLong, help: "Output format: text, markdown or csv.")
  var format: Format = .text

  @OptionGroup var options: IDCommandOptions

  func validate() throws {
    guard ids.count >= 2 else { throw ValidationError("give at least two trial ids") }
  }

  func run() throws {
    let loaded = try options.trials(ids)
    let trials = loaded.trials
    switch format {
    case .text: print(CompareRenderer.text(trials, width: options.columns))
    case .markdown: print(CompareRenderer.markdown(trials))
    case .csv: TrialSelection.write(CompareRenderer.csv(trials))
    }
    if loaded.hadErrors { throw ExitCode(1) }
  }
}
