import Foundation

/// Writes the files the browser is asked for (`w` in a preview) into the current directory and
/// words the result for the status line.
enum FileWriter {
  static func write(_ files: [WrittenFile]) -> String {
    var written: [String] = []
    for file in files {
      do {
        try file.contents.write(toFile: file.name, atomically: true, encoding: .utf8)
        written.append(file.name)
      } catch {
        return "Could not write \(file.name): \((error as NSError).localizedDescription)"
      }
    }
    let directory = FileManager.default.currentDirectoryPath
    return written.count == 1
      ? "Wrote \(written[0]) in \(directory)." : "Wrote \(written.count) files (\(written[0]), …) in \(directory)."
  }
}
