import ArgumentParser
import Foundation
import TrialCore

/// Where a command's trials come from: the PATHs given, else the persistent library when one
/// exists, else the seeds bundled in the binary.
struct DataOptions: ParsableArguments {
  @Option(name: .long, help: "The library folder (default: $XDG_DATA_HOME/livertrials).")
  var library: String?

  @Flag(name: .long, help: "Use the bundled seed documents even when a library exists.")
  var seeds = false

  /// The chosen data, as an index over its records.
  func index(paths: [String]) throws -> (index: TrialIndex, hadErrors: Bool) {
    if paths.isEmpty && !seeds, let directory = try libraryDirectory() {
      return (try openLibrary(directory), false)
    }
    let loaded = LoadedData.trials(paths)
    return (TrialIndex(trials: loaded.trials), loaded.hadErrors)
  }

  /// Every record of the chosen data, in order.
  func allTrials(paths: [String]) throws -> (trials: [Trial], hadErrors: Bool) {
    if paths.isEmpty && !seeds, let directory = try libraryDirectory() {
      let index = try openLibrary(directory)
      return ((0..<index.count).compactMap { index.record($0) }, false)
    }
    return LoadedData.trials(paths)
  }

  /// The records with `ids`, in that order; an unknown id names the closest and exits 1.
  func trials(ids: [String], paths: [String]) throws -> (trials: [Trial], hadErrors: Bool) {
    if paths.isEmpty && !seeds, let directory = try libraryDirectory() {
      let index = try openLibrary(directory)
      let found = try ids.map { id in
        guard let position = index.position(of: id), let trial = index.record(position) else {
          TrialSelection.reportUnknown(id, closest: TrialLookup.closest(to: id, among: index.ids))
          throw ExitCode(1)
        }
        return trial
      }
      return (found, false)
    }
    let loaded = LoadedData.trials(paths)
    return (try TrialSelection.select(ids, from: loaded.trials), loaded.hadErrors)
  }

  private func openLibrary(_ directory: URL) throws -> TrialIndex {
    do {
      return try TrialLibrary(directory: directory).openIndex()
    } catch {
      throw commandFailure("cannot open the library in \(directory.path): \(error); run `livertrials import` again")
    }
  }

  /// The library folder to open, or nil to fall back to the seeds.
  private func libraryDirectory() throws -> URL? {
    if let library {
      let url = URL(fileURLWithPath: library)
      guard TrialLibrary.exists(at: url) else {
        throw commandFailure("no library in \(library); create one with `livertrials import PATH --library \(library)`")
      }
      return url
    }
    let url = TrialLibrary.defaultDirectory
    return TrialLibrary.exists(at: url) ? url : nil
  }
}

/// Prints "livertrials: message" on stderr and ends the command with status 1.
func commandFailure(_ message: String) -> ExitCode {
  Terminal.standardError("livertrials: \(message)")
  return ExitCode(1)
}
