import Foundation
import Testing

@testable import TrialCore

/// Any bytes yield records or diagnostics, and every parser gives a record or a `ParseError`:
/// never a trap. Inputs are the seeds, fixtures and samples damaged by a seeded generator, and
/// random text built from the words the layouts look for. A failure names the seed that
/// reproduces it.
@Suite struct NeverTrapsTests {
  static let mutationsPerDocument = 4

  /// What reading `data` as a file produced.
  struct Outcome {
    var trials: [Trial] = []
    var diagnostics: [Diagnostic] = []
  }

  static func readAsFile(_ data: Data, source: String) -> Outcome {
    var outcome = Outcome()
    RecordReader().read(
      document: data, source: source,
      into: RecordSink(record: { outcome.trials.append($0.trial) }, diagnostic: { outcome.diagnostics.append($0) }))
    return outcome
  }

  /// Reads `data` every way TrialCore can and checks what must hold whatever the input.
  static func check(_ data: Data, source: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let outcome = readAsFile(data, source: source)
    let first = data.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
    if first != UInt8(ascii: "{") && first != UInt8(ascii: "[") {
      // Text is one document: one record or one diagnostic, never both, never neither.
      #expect(outcome.trials.count + outcome.diagnostics.count == 1, "\(source)", sourceLocation: sourceLocation)
    }
    for diagnostic in outcome.diagnostics {
      #expect(diagnostic.path.hasPrefix(source), "\(diagnostic)", sourceLocation: sourceLocation)
      #expect(!diagnostic.reason.isEmpty && !diagnostic.reason.contains("\n"), sourceLocation: sourceLocation)
    }
    // Every parser must survive any text, not only the text the sniffer gives it; the one the
    // sniffer picks already ran above.
    let text = TextDecoder.decode(data)
    let chosen = LayoutSniffer.parser(for: text).layout
    var records = outcome.trials
    for parser in ParserRegistry.all {
      let score = parser.sniff(text[...])
      #expect((0...1).contains(score), "\(parser.layout) scored \(score) on \(source)", sourceLocation: sourceLocation)
      guard parser.layout != chosen else { continue }
      do {
        records.append(Enricher.enrich(try parser.init().parse(text, source: source)))
      } catch {
        #expect(error.description.hasPrefix(source), sourceLocation: sourceLocation)
      }
    }
    for trial in records {
      #expect(!trial.id.isEmpty && !trial.title.isEmpty, "\(source)", sourceLocation: sourceLocation)
      RoundTripTests.expectRoundTrip(trial, sourceLocation: sourceLocation)
    }
    // The parsers' records of one input share an id and disagree: merging keeps every source.
    let merged = TrialMerger.merge(records)
    #expect(merged.map(\.sources.count).reduce(0, +) == records.count, sourceLocation: sourceLocation)
    for trial in merged { RoundTripTests.expectRoundTrip(trial, sourceLocation: sourceLocation) }
  }

  @Test(arguments: PropertyCorpus.documents.map(\.name))
  func damagedDocumentsNeverTrap(name: String) throws {
    let document = try #require(PropertyCorpus.documents.first { $0.name == name })
    var mutator = InputMutator(
      generator: SeededGenerator(seed: Self.seed(for: name)), donors: PropertyCorpus.documents.map(\.data))
    for round in 0..<Self.mutationsPerDocument {
      let (data, kinds) = mutator.mutate(document.data)
      Self.check(data, source: "\(name)#\(round)[\(kinds.map(\.rawValue).joined(separator: ","))]")
    }
  }

  @Test func randomTextFromLayoutWordsNeverTraps() {
    var generator = SeededGenerator(seed: 6)
    let words = [
      "MedPath", "Registration Number", "Lead Sponsor", "Arm && Interventions", "Group Intervention Description",
      "Name Time Method", "Status and phase", "Treatments", "Identifiers", "Volunteers", "participants in",
      "patient groups", "Clinical Trial", "Official title:", "|", "NCT01854125", "Biological:", "Title:", "Phase 2",
      "Locations (3)", "Inclusion Criteria", "-", "1x106", "10^999", "per kg", "via liver artery", "autologous",
      "\n", "\n\n", ":", "\u{1B}[2J", "\u{202E}", "\u{0}", "18~65 years", "99999999999999999999 years",
    ]
    for round in 0..<300 {
      let text = (0..<Int.random(in: 0...80, using: &generator)).map { _ in words.randomElement(using: &generator) ?? ""
      }
      .joined(separator: Bool.random(using: &generator) ? " " : "\n")
      Self.check(Data(text.utf8), source: "words#\(round)")
    }
  }

  @Test func randomBytesNeverTrap() {
    var generator = SeededGenerator(seed: 7)
    for round in 0..<300 {
      let bytes = (0..<Int.random(in: 0...512, using: &generator)).map { _ in
        UInt8.random(in: 0...255, using: &generator)
      }
      Self.check(Data(bytes), source: "bytes#\(round)")
    }
  }

  @Test func deepNestingIsRefusedWithADiagnostic() {
    for depth in [600, 20_000] {
      let json = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
      #expect(Self.readAsFile(Data(json.utf8), source: "deep.json").diagnostics.count == 1)
      let xml = "<clinical_study>" + String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
      Self.check(Data((xml + "</clinical_study>").utf8), source: "deep.xml")
    }
  }

  /// FNV-1a of the name: a seed per document that does not change between runs.
  static func seed(for name: String) -> UInt64 {
    name.utf8.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 }
  }
}
