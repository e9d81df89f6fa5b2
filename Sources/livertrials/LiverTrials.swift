import ArgumentParser

/// The `livertrials` command.
@main
struct LiverTrials: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "livertrials",
    abstract: "Browse and extract clinical trials of stem-cell therapy in liver disease.",
    discussion: """
      With no PATH, commands open the library (livertrials import; --library DIR) when one exists,
      else the seed documents bundled in the binary (--seeds forces them).
      PATH may be a file or a directory (read recursively).
      """,
    subcommands: [
      BrowseCommand.self, ListCommand.self, SummaryCommand.self, CompareCommand.self, ExportCommand.self,
      ImportCommand.self, BenchCommand.self, BenchOpenCommand.self, BenchTUICommand.self,
    ],
    defaultSubcommand: BrowseCommand.self
  )
}
