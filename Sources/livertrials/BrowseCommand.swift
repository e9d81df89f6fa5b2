import ArgumentParser
import Foundation
import TrialCore
import TrialTUI

/// `livertrials [PATH...]`: the full-screen browser (the default command).
struct BrowseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "browse",
    abstract: "Browse trials in the terminal: filter, read each tab, print summaries (the default).",
    discussion: "Keys: ? in the browser, or docs/keys.md. Summaries printed with p go to stdout on exit."
  )

  @Argument(help: "Files or directories to read (default: the library, else the bundled seeds).")
  var paths: [String] = []

  @OptionGroup var data: DataOptions

  func run() throws {
    let (index, _) = try data.index(paths: paths)
    let outcome: BrowserSession.Outcome
    do {
      outcome = try BrowserSession.run(index: index, environment: ProcessInfo.processInfo.environment)
    } catch {
      Terminal.standardError(error.description)
      throw ExitCode(2)
    }
    for text in outcome.printed { print(text + "\n") }
    if outcome.status != 0 { throw ExitCode(outcome.status) }
  }
}
