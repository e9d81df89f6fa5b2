import Foundation
import Testing

/// Screen goldens under `Tests/TrialTUITests/Goldens`, named with the size. Run with
/// `LIVERTRIALS_RECORD=1` to rewrite them; a recording run fails on purpose.
enum Golden {
  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appending(path: "Goldens")

  static var isRecording: Bool { ProcessInfo.processInfo.environment["LIVERTRIALS_RECORD"] == "1" }

  /// Compares `actual` with the golden file `name`, or records it.
  static func assertMatches(
    _ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  )
    throws
  {
    let url = directory.appending(path: name)
    if isRecording {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try (actual + "\n").write(to: url, atomically: true, encoding: .utf8)
      Issue.record("recorded \(name); run again without LIVERTRIALS_RECORD", sourceLocation: sourceLocation)
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record("no golden file \(name); run with LIVERTRIALS_RECORD=1 to create it", sourceLocation: sourceLocation)
      return
    }
    let left = expected.components(separatedBy: "\n")
    let right = (actual + "\n").components(separatedBy: "\n")
    for line in 0..<max(left.count, right.count) {
      let l = line < left.count ? left[line] : "<end>"
      let r = line < right.count ? right[line] : "<end>"
      if l != r {
        Issue.record("\(name) differs at line \(line + 1):\n- \(l)\n+ \(r)", sourceLocation: sourceLocation)
        return
      }
    }
  }
}
