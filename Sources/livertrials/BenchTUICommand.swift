import ArgumentParser
import Foundation
import TrialCore
import TrialTUI

/// `livertrials bench-tui`: key-to-frame time of the browser over a synthetic registry.
struct BenchTUICommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench-tui",
    abstract: "Time from key to drawn frame with a synthetic registry-sized library.",
    shouldDisplay: false
  )

  @Option(help: "Synthetic trials to index.")
  var trials = 600_000

  @Option(help: "Terminal size, COLUMNSxROWS.")
  var size = "120x40"

  @Option(help: "Times the key script is run.")
  var repeats = 3

  func run() throws {
    let parts = size.split(separator: "x").compactMap { Int($0) }
    guard parts.count == 2 else { throw ValidationError("size must look like 120x40") }
    let start = Date()
    let index = TrialIndex(trials: SyntheticTrials.make(count: trials))
    // As a library's saved index does: sort orders are part of opening, not of a key press.
    index.prepareOrders()
    let seconds = Date().timeIntervalSince(start)
    let report = KeyToFrameBenchmark.run(
      index: index, size: Size(rows: parts[1], columns: parts[0]), indexSeconds: seconds, repeats: repeats)
    print(report.text)
  }
}
