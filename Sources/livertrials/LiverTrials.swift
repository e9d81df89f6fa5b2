import ArgumentParser

#if os(Linux)
  import CMalloc
#endif

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

  static func main() {
    keepFreedMemory()
    main(nil)
  }

  /// A search at registry scale returns arrays of a few megabytes. By default glibc maps each
  /// such block afresh and unmaps it when freed, so every keystroke pays page faults for
  /// memory it just gave back. Keeping blocks up to 32 MB on the heap, and freed memory with
  /// the process, lets the next keystroke reuse pages already touched.
  private static func keepFreedMemory() {
    #if os(Linux)
      _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)
      _ = mallopt(M_TRIM_THRESHOLD, 256 << 20)
    #endif
  }
}
