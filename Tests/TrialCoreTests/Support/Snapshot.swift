import Foundation
import Testing

/// Golden files under `Tests/TrialCoreTests/Snapshots`. Run with `LIVERTRIALS_RECORD=1` to
/// rewrite them; a recording run fails on purpose so it can never pass silently.
enum Snapshot {
  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let directory = repositoryRoot.appending(path: "Tests/TrialCoreTests/Snapshots")

  static var isRecording: Bool { ProcessInfo.processInfo.environment["LIVERTRIALS_RECORD"] == "1" }

  /// Compares `actual` with the golden file `name`, or records it.
  static func assertMatches(
    _ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = directory.appending(path: name)
    if isRecording {
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try (actual + "\n").write(to: url, atomically: true, encoding: .utf8)
      Issue.record("recorded \(name); run again without LIVERTRIALS_RECORD", sourceLocation: sourceLocation)
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record("no golden file \(name); run with LIVERTRIALS_RECORD=1 to create it", sourceLocation: sourceLocation)
      return
    }
    if expected != actual + "\n" {
      let diff = firstDifference(expected, actual + "\n")
      Issue.record(
        "\(name) differs from its golden file at line \(diff.line):\n- \(diff.expected)\n+ \(diff.actual)",
        sourceLocation: sourceLocation)
    }
  }

  private static func firstDifference(_ a: String, _ b: String) -> (line: Int, expected: String, actual: String) {
    let left = a.components(separatedBy: "\n")
    let right = b.components(separatedBy: "\n")
    for index in 0..<max(left.count, right.count) {
      let l = index < left.count ? left[index] : "<end>"
      let r = index < right.count ? right[index] : "<end>"
      if l != r { return (index + 1, l, r) }
    }
    return (0, "", "")
  }

  /// The files in a folder of the repository, sorted, hidden ones skipped.
  static func files(in folder: String) -> [URL] {
    let url = repositoryRoot.appending(path: folder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted().map { url.appending(path: $0) }
  }
}
