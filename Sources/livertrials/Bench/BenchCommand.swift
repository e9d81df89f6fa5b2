import ArgumentParser
import Foundation
import TrialCore

/// `livertrials bench`: the performance targets of the library, each measured against a peer
/// in the same run and reported as a ratio.
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Measure import, opening and search against jq and SQLite FTS5 on a JSON Lines corpus.",
    discussion: """
      Generate a corpus with ../shared/tools/gen_ctgov_corpus.py -n 100000 --format jsonl -o DIR, then run
      `livertrials bench DIR/studies.jsonl`. Build with -c release first: debug builds measure the compiler.
      """
  )

  @Argument(help: "A JSON Lines file of ClinicalTrials.gov API v2 studies.")
  var corpus: String

  @Option(name: .long, help: "Where to build the library (default: a temporary folder, removed afterwards).")
  var library: String?

  @Option(name: .long, help: "Keystroke rounds per query (each round types every prefix of the query).")
  var rounds = 5

  @Flag(name: .long, help: "With --library: measure an existing library instead of importing again.")
  var reuse = false

  @Flag(name: .long, help: "Skip the SQLite FTS5 peer (quicker; no search ratio).")
  var noPeer = false

  func run() throws {
    let directory =
      library.map { URL(fileURLWithPath: $0) }
      ?? FileManager.default.temporaryDirectory.appending(path: "livertrials-bench-\(UUID().uuidString)")
    defer { if library == nil { try? FileManager.default.removeItem(at: directory) } }
    var report = BenchReport(corpus: corpus)
    if reuse && library != nil && TrialLibrary.exists(at: directory) {
      report.section("Import: skipped (--reuse)")
    } else {
      try ImportBench(corpus: corpus, directory: directory).run(into: &report)
    }
    try OpenBench(directory: directory).run(into: &report)
    try SearchBench(directory: directory, rounds: rounds, peer: !noPeer).run(into: &report)
    print(report.text)
  }
}

/// `livertrials bench-open`: opens a library in a fresh process and reports time to the first
/// result and resident memory as JSON (used by `bench`).
struct BenchOpenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "bench-open", shouldDisplay: false)

  @Argument var library: String

  func run() throws {
    let start = Date()
    let index = try TrialLibrary(directory: URL(fileURLWithPath: library)).openIndex()
    let result = index.search(TrialQuery())
    let first = result.positions.first.map { index.row(Int($0)).id } ?? ""
    let seconds = Date().timeIntervalSince(start)
    print(
      "{\"seconds\": \(seconds), \"rssBytes\": \(ProcessMemory.residentBytes()), \"trials\": \(index.count), \"first\": \"\(first)\"}"
    )
  }
}
