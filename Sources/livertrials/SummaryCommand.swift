import ArgumentParser
import TrialCore

/// `livertrials summary ID`: a readable summary of one trial.
struct SummaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary", abstract: "Print a readable summary of the trials with the given ids.")

  @Argument(help: "Trial ids (NCT ids, or file names for records without one).")
  var ids: [String]

  @Option(name: .long, help: "A file or directory to read (repeatable; default: the bundled seeds).")
  var data: [String] = []

  @Option(name: .long, help: "Wrap to this many columns (default: the terminal's width, or 80).")
  var width: Int?

  func validate() throws {
    guard !ids.isEmpty else { throw ValidationError("give at least one trial id") }
  }

  func run() throws {
    let loaded = LoadedData.trials(data)
    let renderer = SummaryRenderer(width: width ?? Terminal.columns ?? 80)
    var pieces: [String] = []
    for id in ids {
      guard let trial = TrialLookup.find(id, in: loaded.trials) else {
        let close = TrialLookup.closest(to: id, in: loaded.trials)
        Terminal.standardError(
          "livertrials: no trial with id \(SafeText.clean(id))"
            + (close.isEmpty ? "" : "; closest: " + close.joined(separator: ", ")))
        throw ExitCode(1)
      }
      pieces.append(renderer.render(trial))
    }
    print(pieces.joined(separator: "\n\n"))
  }
}
