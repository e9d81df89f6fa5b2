import Foundation

/// Loads trial records from files, directories or the bundled seeds. Every input that cannot be
/// read becomes one diagnostic; the rest still load.
public enum Library {
  /// What a load produced.
  public struct Result: Sendable {
    /// The records, in input order (directories in name order).
    public var trials: [Trial] = []
    /// One line per input that could not be read.
    public var diagnostics: [Diagnostic] = []
  }

  /// The bundled seed documents.
  public static func seeds() -> Result {
    var result = Result()
    for (name, data) in BundledSeeds.documents {
      result.add(TextDecoder.decode(data), source: "seeds/\(name)")
    }
    return result
  }

  /// Loads `paths`; directories are walked recursively, hidden files skipped.
  public static func load(paths: [String]) -> Result {
    var result = Result()
    for path in paths {
      for file in files(at: path, diagnostics: &result.diagnostics) {
        guard let data = FileManager.default.contents(atPath: file) else {
          result.diagnostics.append(Diagnostic(path: file, reason: "cannot be read (permission denied or vanished)"))
          continue
        }
        result.add(TextDecoder.decode(data), source: file)
      }
    }
    return result
  }

  /// The bundled seeds when `paths` is empty, else the paths.
  public static func load(pathsOrSeeds paths: [String]) -> Result {
    paths.isEmpty ? seeds() : load(paths: paths)
  }

  private static func files(at path: String, diagnostics: inout [Diagnostic]) -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      diagnostics.append(Diagnostic(path: path, reason: "no such file or directory"))
      return []
    }
    guard isDirectory.boolValue else { return [path] }
    guard let enumerator = FileManager.default.enumerator(atPath: path) else {
      diagnostics.append(Diagnostic(path: path, reason: "directory cannot be listed"))
      return []
    }
    var found: [String] = []
    while let relative = enumerator.nextObject() as? String {
      let name = (relative as NSString).lastPathComponent
      if name.hasPrefix(".") {
        enumerator.skipDescendants()
        continue
      }
      let full = (path as NSString).appendingPathComponent(relative)
      var childIsDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: full, isDirectory: &childIsDirectory), !childIsDirectory.boolValue {
        found.append(full)
      }
    }
    return found.sorted()
  }
}

extension Library.Result {
  /// Reads one document into the result, or records why it could not be read.
  mutating func add(_ text: String, source: String) {
    do {
      trials.append(try TrialReader.read(text, source: source))
    } catch {
      diagnostics.append(
        Diagnostic(path: source, reason: error.description.replacingOccurrences(of: "\(source): ", with: "")))
    }
  }
}
