import Foundation
import TrialCore

/// Measures the time from a key to a drawn frame with the real keymap, reducer, search, render
/// and screen diff (everything but the terminal's own write), over a script of keys a person
/// would press.
public struct KeyToFrameBenchmark {
  /// Timings of one run, in milliseconds.
  public struct Report: Sendable {
    /// Trials in the index.
    public var trials: Int
    /// Seconds to build the index.
    public var indexSeconds: Double
    /// Each key's label and its time.
    public var samples: [(key: String, milliseconds: Double)]
    /// Of each key's time, the part spent in render and diff (the rest is the reducer and search).
    public var drawing: [Double] = []

    /// The median time.
    public var median: Double { percentile(0.5) }
    /// The 95th percentile.
    public var p95: Double { percentile(0.95) }
    /// The slowest key.
    public var worst: Double { samples.map(\.milliseconds).max() ?? 0 }

    private func percentile(_ p: Double) -> Double {
      let sorted = samples.map(\.milliseconds).sorted()
      guard !sorted.isEmpty else { return 0 }
      return sorted[min(Int(Double(sorted.count - 1) * p + 0.5), sorted.count - 1)]
    }

    /// The report as lines for a person, with ratios against the frame budgets.
    public var text: String {
      let slowest = samples.sorted { $0.milliseconds > $1.milliseconds }.prefix(5)
      return [
        "trials: \(trials)  (index built in \(String(format: "%.1f", indexSeconds)) s)",
        "keys: \(samples.count)",
        String(format: "median: %.2f ms  = %.2f × the 16 ms budget", median, median / 16),
        String(format: "p95:    %.2f ms", p95),
        String(format: "worst:  %.2f ms  = %.2f × the 33 ms budget", worst, worst / 33),
        String(
          format: "render + diff alone: median %.2f ms, worst %.2f ms", drawing.sorted()[drawing.count / 2],
          drawing.max() ?? 0),
        "slowest keys: "
          + slowest.map { String(format: "%@ %.1f ms", $0.key, $0.milliseconds) }.joined(separator: ", "),
      ]
      .joined(separator: "\n")
    }
  }

  /// The keys pressed, in order: movement, route cycling, typing a search, tabs, sort, menu.
  public static let script: [Key] = {
    var keys: [Key] = [.down, .down, .down, .pageDown, .pageDown, .end, .home]
    keys += Array(repeating: Key.character("r"), count: 4)
    keys.append(.character("/"))
    keys += "cirrho".map(Key.character)
    keys += [.backspace, .enter, .character("s"), .character("s"), .character("s"), .tab]
    keys += "234561".map(Key.character)
    keys += [.down, .pageDown, .escape, .character("f"), .down, .enter, .down, .enter, .escape, .character("R")]
    keys.append(.character("/"))
    keys += "all:yes umbilical cord".map(Key.character)
    keys += [.enter, .character("r"), .character("n"), .character("s"), .character("R"), .character("/")]
    keys += "all:yes diab".map(Key.character)
    keys += [.escape, .character("?"), .escape, .character("G"), .character("g")]
    return keys
  }()

  /// Runs `script` over `index` at `size` and times every key.
  public static func run(index: TrialIndex, size: Size, indexSeconds: Double, repeats: Int = 3) -> Report {
    var samples: [(String, Double)] = []
    var drawing: [Double] = []
    for _ in 0..<repeats {
      var state = BrowserState(index: index, size: size)
      var previous: Screen? = render(state, size: size)
      for key in script {
        let start = DispatchTime.now().uptimeNanoseconds
        if let action = Keymap.action(for: key, in: state.mode) { _ = state.apply(action) }
        let applied = DispatchTime.now().uptimeNanoseconds
        let screen = render(state, size: size)
        let runs = screen.changes(from: previous)
        let end = DispatchTime.now().uptimeNanoseconds
        precondition(runs.count >= 0)
        previous = screen
        samples.append((key.label, Double(end - start) / 1_000_000))
        drawing.append(Double(end - applied) / 1_000_000)
      }
    }
    return Report(trials: index.count, indexSeconds: indexSeconds, samples: samples, drawing: drawing)
  }
}
