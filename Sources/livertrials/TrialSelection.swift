import ArgumentParser
import Foundation
import TrialCore

/// Picks the trials a command names by id, and writes output that brings its own line ends.
enum TrialSelection {
  /// The trials with `ids`, in that order. An unknown id prints an error naming the closest
  /// ids and ends the command with status 1.
  static func select(_ ids: [String], from trials: [Trial]) throws -> [Trial] {
    try ids.map { id in
      guard let trial = TrialLookup.find(id, in: trials) else {
        reportUnknown(id, closest: TrialLookup.closest(to: id, in: trials))
        throw ExitCode(1)
      }
      return trial
    }
  }

  /// "no trial with id X; closest: A, B, C" on stderr.
  static func reportUnknown(_ id: String, closest: [String]) {
    Terminal.standardError(
      "livertrials: no trial with id \(SafeText.clean(id))"
        + (closest.isEmpty ? "" : "; closest: " + closest.map(SafeText.clean).joined(separator: ", ")))
  }

  /// Writes `text` to stdout unchanged (CSV brings its own CRLF line ends).
  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }
}
