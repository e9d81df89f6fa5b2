import Foundation

/// Lists the files under a directory, sorted, hidden ones skipped. A subdirectory that cannot be
/// listed and a symbolic link that leads nowhere are reported, never skipped in silence; links
/// to directories are followed once (a link back to a parent is not a loop forever).
enum LibraryFiles {
  static func list(directory path: String, diagnostics: (Diagnostic) -> Void) -> [String] {
    var found: [String] = []
    var visited: Set<DirectoryIdentity> = []
    walk(path, into: &found, visited: &visited, diagnostics: diagnostics)
    return found.sorted()
  }

  /// A directory as the file system knows it, to notice the same one reached twice.
  private struct DirectoryIdentity: Hashable {
    var device: UInt64
    var inode: UInt64
  }

  private static func walk(
    _ path: String, into found: inout [String], visited: inout Set<DirectoryIdentity>,
    diagnostics: (Diagnostic) -> Void
  ) {
    var info = stat()
    guard stat(path, &info) == 0 else {
      diagnostics(Diagnostic(path: path, reason: "directory cannot be listed (\(describe(errno)))"))
      return
    }
    guard visited.insert(DirectoryIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted else {
      return
    }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: path)
    } catch {
      let reason = access(path, R_OK | X_OK) == 0 ? "cannot be listed" : "cannot be listed (permission denied)"
      diagnostics(Diagnostic(path: path, reason: "directory \(reason)"))
      return
    }
    for name in names where !name.hasPrefix(".") {
      let full = (path as NSString).appendingPathComponent(name)
      var entry = stat()
      if stat(full, &entry) != 0 {
        var link = stat()
        let dangling = lstat(full, &link) == 0 && link.st_mode & S_IFMT == S_IFLNK
        diagnostics(Diagnostic(path: full, reason: dangling ? "a symbolic link to nothing" : describe(errno)))
      } else if entry.st_mode & S_IFMT == S_IFDIR {
        walk(full, into: &found, visited: &visited, diagnostics: diagnostics)
      } else {
        // Pipes, sockets and devices are listed too: reading them reports what they are.
        found.append(full)
      }
    }
  }

  private static func describe(_ code: Int32) -> String {
    String(cString: strerror(code)).lowercased()
  }

  /// Total size of the files under `paths`, for the progress line.
  static func totalBytes(_ paths: [String]) -> Int {
    var total = 0
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
      let files = isDirectory.boolValue ? list(directory: path) { _ in } : [path]
      for file in files {
        var info = stat()
        if stat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG { total += Int(info.st_size) }
      }
    }
    return total
  }
}
