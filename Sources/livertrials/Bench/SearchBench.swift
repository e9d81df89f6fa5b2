import Foundation
import TrialCore

/// A search per keystroke (with facet counts) over the whole library, against SQLite FTS5
/// answering the same words over the same fields.
struct SearchBench {
  let directory: URL
  let rounds: Int
  let peer: Bool

  static let queries = [
    "cirrhosis mesenchymal", "hepatic artery", "umbilical cord liver failure", "stem cells decompensated",
    "hepatitis b", "liver transplantation",
  ]

  func run(into report: inout BenchReport) throws {
    report.section("Search per keystroke (search + facet counts, whole library: all:yes)")
    let index = try TrialLibrary(directory: directory).openIndex()
    var ours: [Double] = []
    var keystrokes: [String] = []
    var matches: [String: Int] = [:]
    for _ in 0..<rounds {
      for query in Self.queries {
        for end in query.indices.dropFirst() + [query.endIndex] {
          let typed = "all:yes " + query[..<end]
          let (result, seconds) = Clock.time { index.search(TrialQuery(parsing: typed)) }
          ours.append(seconds)
          keystrokes.append(typed)
          matches[typed] = result.positions.count
        }
      }
    }
    report.line(
      "livertrials: median \(BenchReport.seconds(median(ours))), worst \(BenchReport.seconds(ours.max() ?? 0)) over \(ours.count) keystrokes (goal ≤ 2 ms median, ≤ 10 ms worst)"
    )
    let slowest = zip(keystrokes, ours).sorted { $0.1 > $1.1 }.prefix(3).map {
      "\"\($0.0)\" \(BenchReport.seconds($0.1))"
    }
    report.line("slowest: " + slowest.joined(separator: ", "))
    guard peer else { return }
    let fts = try FullTextPeer(library: TrialLibrary(directory: directory))
    var peer: [Double] = []
    var peerMatches: [String: Int] = [:]
    for _ in 0..<rounds {
      for query in Self.queries {
        for end in query.indices.dropFirst() + [query.endIndex] {
          let typed = String(query[..<end])
          let (count, seconds) = Clock.time { fts.count(typed) }
          peer.append(seconds)
          peerMatches["all:yes " + typed] = count
        }
      }
    }
    report.line(
      "SQLite FTS5 (same words, prefix on the last, ranked): median \(BenchReport.seconds(median(peer))), worst \(BenchReport.seconds(peer.max() ?? 0))"
    )
    report.line(String(format: "ratio FTS5 median / livertrials median: %.1f×", median(peer) / max(median(ours), 1e-9)))
    let agree = matches.keys.filter { matches[$0] == peerMatches[$0] }.count
    report.line(
      "result counts equal to FTS5 on \(agree) of \(matches.count) keystrokes (tokenisers differ at word edges)")
    let topic = Clock.time { index.search(TrialQuery(parsing: "cirrhosis")) }
    report.line(
      "default view (stem-cell liver subset): \"cirrhosis\" → \(topic.0.positions.count) trials in \(BenchReport.seconds(topic.1))"
    )
  }

  private func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
  }
}
