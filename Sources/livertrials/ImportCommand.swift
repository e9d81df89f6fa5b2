import ArgumentParser
import Foundation
import TrialCore

/// `livertrials import`: reads downloads into the persistent library.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Store trials in the persistent library so later starts need not re-read them.",
    discussion: """
      PATH may be ClinicalTrials.gov data (a study JSON, an API page, a JSON array, JSON Lines, the \
      bulk ctg-studies.json.zip or its unpacked folders, legacy XML) or saved mirror pages. Importing \
      a newer download updates changed trials in place.
      """
  )

  @Argument(help: "Files or directories to import.")
  var paths: [String]

  @Option(name: .long, help: "The library folder (default: $XDG_DATA_HOME/livertrials).")
  var library: String?

  func run() throws {
    let directory = library.map { URL(fileURLWithPath: $0) } ?? TrialLibrary.defaultDirectory
    let progress = ImportProgress(totalBytes: Library.totalBytes(paths))
    let summary = try TrialLibrary(directory: directory).importRecords(paths: paths, progress: progress)
    LoadedData.report(summary.diagnostics)
    Terminal.standardError(
      "livertrials: \(summary.added) added, \(summary.updated) updated, \(summary.unchanged) unchanged; "
        + "\(summary.total) trials in \(directory.path)")
    if !summary.diagnostics.isEmpty { throw ExitCode(1) }
  }
}
