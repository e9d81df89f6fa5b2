import Foundation
import TrialCore

/// Opening an imported library to the first result, in a fresh process, against the sqlite3
/// shell opening the same database and reading its first trial.
struct OpenBench {
  let directory: URL

  func run(into report: inout BenchReport) throws {
    report.section("Open (fresh process, library → first result)")
    let executable =
      CommandLine.arguments[0].hasPrefix("/")
      ? CommandLine.arguments[0] : FileManager.default.currentDirectoryPath + "/" + CommandLine.arguments[0]
    let (output, wall) = try Subprocess.run(executable, ["bench-open", directory.path])
    guard let json = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any],
      let seconds = json["seconds"] as? Double, let rss = json["rssBytes"] as? Int
    else {
      report.line("bench-open failed: \(output)")
      return
    }
    report.line(
      "livertrials: first result after \(BenchReport.seconds(seconds)) in-process (\(BenchReport.seconds(wall)) with process start), resident \(rss / 1_048_576) MB"
    )
    report.line(
      String(format: "budget ratios: time %.2f of 2 s, memory %.2f of 1.5 GB", seconds / 2, Double(rss) / 1_610_612_736)
    )
    if let sqlite = Subprocess.which("sqlite3") {
      let database = directory.appending(path: "trials.sqlite").path
      let peer = try Subprocess.run(sqlite, [database, "SELECT key FROM trials WHERE rowid = 1;"])
      report.line(
        "sqlite3 shell opening the same database for its first row: \(BenchReport.seconds(peer.seconds)) with process start"
      )
    }
  }
}
