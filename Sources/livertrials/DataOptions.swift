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
      do {
        return (try TrialLibrary(directory: directory).openIndex(), false)
      } catch {
        throw CommandFailure("cannot open the library in \(directory.path): \(error); run `livertrials import` again")
      }
    }
    let loaded = LoadedData.trials(paths)
    return (TrialIndex(trials: loaded.trials), loaded.hadErrors)
  }

  /// The library folder to open, or nil to fall back to the seeds.
  private func libraryDirectory() throws -> URL? {
    if let library {
      let url = URL(fileURLWithPath: library)
      guard TrialLibrary.exists(at: url) else {
        throw CommandFailure("no library in \(library); create one with `livertrials import PATH --library \(library)`")
      }
      return url
    }
    let url = TrialLibrary.defaultDirectory
    return TrialLibrary.exists(at: url) ? url : nil
  }
}

/// A one-line error for stderr with exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
  let description: String
  init(_ message: String) { description = message }
}
