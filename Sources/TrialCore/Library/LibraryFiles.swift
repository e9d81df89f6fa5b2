import Foundation

/// Lists the files under a directory, sorted, hidden ones skipped.
enum LibraryFiles {
  static func list(directory path: String, diagnostics: (Diagnostic) -> Void) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: path) else {
      diagnostics(Diagnostic(path: path, reason: "directory cannot be listed"))
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
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
        found.append(full)
      }
    }
    return found.sorted()
  }

  /// Total size of the files under `paths`, for the progress line.
  static func totalBytes(_ paths: [String]) -> Int {
    var total = 0
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
      let files = isDirectory.boolValue ? list(directory: path) { _ in } : [path]
      for file in files {
        total += ((try? FileManager.default.attributesOfItem(atPath: file)[.size]) as? Int) ?? 0
      }
    }
    return total
  }
}
