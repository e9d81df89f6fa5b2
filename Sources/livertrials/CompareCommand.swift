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

  @Option(
    name: .customLong("data"),
    help: "A file or directory to read (repeatable; default: the library, else the bundled seeds).")
  var dataPaths: [String] = []

  @OptionGroup var source: DataOptions

  @Option(name: .shortAndLong, help: "Output format: text, markdown or csv.")
  var format: Format = .text

  @Option(name: .long, help: "Fit text to this many columns (default: the terminal's width, or 80).")
  var width: Int?

  func validate() throws {
    guard ids.count >= 2 else { throw ValidationError("give at least two trial ids") }
    if let width, width < 20 { throw ValidationError("--width must be at least 20") }
  }

  func run() throws {
    let loaded = try source.trials(ids: ids, paths: dataPaths)
    let trials = loaded.trials
    switch format {
    case .text: print(CompareRenderer.text(trials, width: width ?? Terminal.columns ?? 80))
    case .markdown: print(CompareRenderer.markdown(trials))
    case .csv: TrialSelection.write(CompareRenderer.csv(trials))
    }
    if loaded.hadErrors { throw ExitCode(1) }
  }
}
