import Foundation
import Testing

@testable import TrialCore

/// Found by fuzzing: one damaged number in seed 000's glued arm table ("1x106" became
/// "1.5x10E-400x106") leaves no cheap cut, and the row search used its whole budget of 400,000
/// steps at up to 25 µs each — ten seconds for one page in a debug build. Each step now costs
/// a fraction of that (groups kept as the search goes, names compared as integers, row starts
/// computed once).
@Suite struct DamagedArmTableTests {
  static func damagedSeed() throws -> String {
    let seed = try String(
      contentsOf: Snapshot.repositoryRoot.appending(path: "seeds/000_64587587229b2673.txt"), encoding: .utf8)
    let damaged = try #require(seed.range(of: "given 1x106 MSCs", options: .backwards))
    return seed.replacingCharacters(in: damaged, with: "given 1.5x10E-400x106 MSCs")
  }

  @Test func aDamagedArmTableIsReadInBoundedTime() throws {
    let text = try Self.damagedSeed()
    let before = Self.threadCPUTime()
    let trial = try TrialReader.read(text, source: "seeds/000_damaged.txt")
    let spent = Self.threadCPUTime() - before
    // Before the fix this took about 10 s of CPU in a debug build; now under 2 s.
    #expect(spent < .seconds(4), "reading took \(spent) of CPU time")
    #expect(trial.id == "NCT01854125")
  }

  /// CPU time of this thread: unlike the wall clock, it does not grow when other tests or
  /// processes share the cores.
  static func threadCPUTime() -> Duration {
    var now = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
    return .seconds(now.tv_sec) + .nanoseconds(now.tv_nsec)
  }
}
