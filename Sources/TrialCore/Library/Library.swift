import Foundation

/// Loads trial records from files, directories, registry downloads or the bundled seeds, and
/// merges the records of one trial by registry id. Every input that cannot be read becomes one
/// diagnostic; the rest still load.
public enum Library {
  /// What a load produced.
  public struct Result: Sendable {
    /// The records, one per trial, in input order (directories in name order).
    public var trials: [Trial] = []
    /// One line per input that could not be read.
    public var diagnostics: [Diagnostic] = []
  }

  /// The bundled seed documents.
  public static func seeds() -> Result {
    var trials: [Trial] = []
    var diagnostics: [Diagnostic] = []
    for (name, data) in BundledSeeds.documents {
      do {
        trials.append(try TrialReader.read(TextDecoder.decode(data), source: "seeds/\(name)"))
      } catch {
        diagnostics.append(Diagnostic(path: "seeds/\(name)", reason: error.reason))
      }
    }
    return Result(trials: TrialMerger.merge(trials), diagnostics: diagnostics)
  }

  /// Loads `paths` (files, directories, JSON, JSON Lines, zips) and merges by registry id.
  public static func load(paths: [String], progress: ImportProgress? = nil) -> Result {
    var trials: [Trial] = []
    var diagnostics: [Diagnostic] = []
    RecordReader(progress: progress).read(
      paths: paths, into: RecordSink(record: { trials.append($0.trial) }, diagnostic: { diagnostics.append($0) }))
    return Result(trials: TrialMerger.merge(trials), diagnostics: diagnostics)
  }

  /// Total size in bytes of the files under `paths`, for progress lines.
  public static func totalBytes(_ paths: [String]) -> Int { LibraryFiles.totalBytes(paths) }
}
