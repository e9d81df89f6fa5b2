import Foundation

@testable import TrialCore

/// The seed records and a hostile record for the renderer tests.
enum RenderFixtures {
  /// The bundled seeds, parsed once.
  static let seeds: [Trial] = Library.seeds().trials

  /// The three seed trials that give cells through the hepatic artery.
  static let hepaticArtery: [Trial] = ["NCT01854125", "001_085dc59f04c4a279", "NCT01724697"].compactMap { id in
    seeds.first { $0.id == id }
  }

  /// The golden-file stem of a seed record: its source file's name without ".txt".
  static func stem(_ trial: Trial) -> String {
    SourceName.stem(of: (trial.source.path as NSString).lastPathComponent)
  }

  /// A record whose text tries to act on a terminal, break a table and a CSV, and overflow.
  static let hostile: Trial = {
    var trial = Trial(
      id: "NCT99999999", title: "Evil \u{1B}[2J title | with pipes, \"quotes\" and 幹細胞治療幹細胞治療幹細胞治療 👩‍⚕️",
      source: SourceReference(path: "x/evil.txt", format: .fallback))
    trial.sponsor = "Sponsor\u{1B}]0;owned\u{07}, Inc.\nsecond line"
    trial.conditions = ["=HYPERLINK(\"x\")", "a|b", "Supercalifragilisticexpialidociousanditgoesonandonandonforever"]
    trial.arms = [
      Arm(
        label: "MSC | arm", type: "experimental",
        description: "Three times at 3-week intervals, 1 × 10^6 cells/kg via hepatic artery", routes: [.hepaticArtery])
    ]
    trial.routes = [.hepaticArtery]
    trial.outcomes.primary = [Outcome(measure: "MELD *score* <b>", timeFrame: "6 months")]
    trial.warnings = ["line\r\nbreak", "tab\there"]
    return trial
  }()
}
