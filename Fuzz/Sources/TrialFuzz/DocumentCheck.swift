import Foundation
import TrialCore

/// Feeds one input through the ways TrialCore reads a document.
enum DocumentCheck {
  /// The path a file takes: bytes told apart as JSON Lines, JSON or text, decoded, sniffed,
  /// parsed, enriched and linted. Unreadable input must end as a diagnostic, not a trap.
  static func readAsFile(_ data: Data) -> [Trial] {
    var trials: [Trial] = []
    RecordReader().read(
      document: data, source: "fuzz-input",
      into: RecordSink(record: { trials.append($0.trial) }, diagnostic: { _ in }))
    return trials
  }

  /// Every other parser on the same text: a parser must survive any text, since sniffing
  /// looks only at the start of a document. (The sniffer's pick already ran in `readAsFile`.)
  /// Each record is also enriched at both depths.
  static func parseWithEveryLayout(_ text: String) -> [Trial] {
    var trials: [Trial] = []
    let chosen = LayoutSniffer.parser(for: text)
    for parser in ParserRegistry.all where parser.layout != chosen.layout {
      _ = parser.sniff(text[...])
      guard let trial = try? parser.init().parse(text, source: "fuzz-input") else { continue }
      _ = Enricher.enrich(trial, depth: .index)
      trials.append(Enricher.enrich(trial, depth: .full))
    }
    return trials
  }
}
