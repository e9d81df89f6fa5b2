import Foundation
import TrialCore

/// Import throughput against `jq -c` extracting id, title and conditions from the same file.
struct ImportBench {
  let corpus: String
  let directory: URL

  func run(into report: inout BenchReport) throws {
    report.section("Import (JSON Lines → library with index)")
    let bytes = Library.totalBytes([corpus])
    var jqSeconds: Double?
    if let jq = Subprocess.which("jq") {
      let filter =
        "{id: .protocolSection.identificationModule.nctId, title: .protocolSection.identificationModule.briefTitle, conditions: .protocolSection.conditionsModule.conditions}"
      let devNull = FileHandle(forWritingAtPath: "/dev/null")
      jqSeconds = try Subprocess.run(jq, ["-c", filter, corpus], stdout: devNull).seconds
    }
    try? FileManager.default.removeItem(at: directory)
    let (summary, seconds) = try Clock.time { try TrialLibrary(directory: directory).importRecords(paths: [corpus]) }
    let megabytes = Double(bytes) / 1_048_576
    report.line(
      "livertrials import: \(summary.total) trials, \(BenchReport.seconds(seconds)), \(String(format: "%.0f", megabytes / seconds)) MB/s, \(String(format: "%.0f", Double(summary.total) / seconds)) studies/s"
    )
    if let jqSeconds {
      report.line(
        "jq -c (id, title, conditions): \(BenchReport.seconds(jqSeconds)), \(String(format: "%.0f", megabytes / jqSeconds)) MB/s"
      )
      report.line(String(format: "ratio jq time / import time: %.2f× (goal ≥ 1, stretch 2)", jqSeconds / seconds))
    } else {
      report.line("jq not found: no peer measured")
    }
    if !summary.diagnostics.isEmpty {
      report.line("diagnostics: \(summary.diagnostics.count) (first: \(summary.diagnostics[0]))")
    }
  }
}
