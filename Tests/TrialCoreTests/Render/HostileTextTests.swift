import Foundation
import Testing

@testable import TrialCore

/// The hostile fixtures (`Tests/HostileFixtures`: escape sequences, OSC 52 and OSC 8, BEL, C1
/// controls, bidi overrides and isolates in every field) through every text renderer: no
/// character a terminal could act on comes out, and the replacements are visible. JSON and CSV
/// keep the exact text, escaped by their own rules.
@Suite struct HostileTextTests {
  static let folder = Snapshot.repositoryRoot.appending(path: "Tests/HostileFixtures")
  static let loaded = Library.load(paths: [
    folder.appending(path: "hostile_medpath.txt").path, folder.appending(path: "hostile_study.json").path,
  ])

  /// Characters a terminal may act on, defined here from the issue, independently of `SafeText`.
  static func forbidden(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (value < 0x20 && value != 0x0A) || value == 0x7F || (0x80...0x9F).contains(value)
      || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
  }

  /// Every forbidden character in `output`, described, with the line it is on.
  static func violations(_ output: String, allowTabs: Bool = false) -> [String] {
    var found: [String] = []
    for (number, line) in output.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      for scalar in line.unicodeScalars where forbidden(scalar) && !(allowTabs && scalar == "\t") {
        found.append(String(format: "line %d: U+%04X in %@", number + 1, scalar.value, String(line.prefix(80))))
      }
    }
    return found
  }

  private func trials() throws -> [Trial] {
    #expect(Self.loaded.diagnostics.isEmpty)
    let trials = Self.loaded.trials
    try #require(trials.map(\.id) == ["NCT09999901", "NCT09999902"])
    return trials
  }

  /// The fixtures really are hostile, in every kind of field: otherwise the scans prove nothing.
  @Test func theFixturesCarryEverySequenceIntoTheRecords() throws {
    for trial in try trials() {
      let fields: [(String, String)] = [
        ("title", trial.title), ("sponsor", trial.sponsor ?? ""), ("conditions", trial.conditions.joined()),
        ("criteria", (trial.eligibility.inclusion + trial.eligibility.exclusion).joined()),
        ("outcomes", (trial.outcomes.primary + trial.outcomes.secondary).map(\.measure).joined()),
        ("sites", trial.locations.map { "\($0.facility ?? "")\($0.city ?? "")" }.joined()),
      ]
      for (name, value) in fields {
        #expect(value.unicodeScalars.contains(where: Self.forbidden), "\(trial.id) \(name): \(value.debugDescription)")
      }
      let all = fields.map(\.1).joined() + (trial.detailedDescription ?? "")
      for needle in ["\u{1B}[", "\u{1B}]52;", "\u{1B}]8;;", "\u{07}", "\u{9B}", "\u{202E}", "\u{2066}"] {
        #expect(all.contains(needle), "\(trial.id) lacks \(needle.debugDescription)")
      }
    }
    let study = try #require(try trials().last)
    #expect(study.arms.map(\.label).joined().contains("\u{1B}["))
    #expect(study.arms.compactMap(\.description).joined().contains("\u{1B}]52;"))
  }

  @Test func textAndMarkdownShowReplacementsAndNothingRaw() throws {
    let trials = try trials()
    var outputs: [(String, String)] = [
      ("summary markdown", MarkdownSummaryRenderer.render(trials)),
      ("compare markdown", CompareRenderer.markdown(trials)),
    ]
    for width in [20, 40, 80, 200] {
      outputs.append(("summary text \(width)", SummaryRenderer.render(trials, width: width)))
      outputs.append(("compare text \(width)", CompareRenderer.text(trials, width: width)))
    }
    for (name, output) in outputs {
      #expect(Self.violations(output).isEmpty, "\(name): \(Self.violations(output).prefix(5))")
      #expect(output.contains("␛"), "\(name) shows no ESC placeholder")
    }
  }

  @Test func listRowsStayOneLineAndSafe() throws {
    let index = TrialIndex(trials: try trials())
    for position in 0..<index.count {
      let row = index.row(position)
      for width in [40, 120, 400] {
        let line = ListRow.render(row, width: width)
        #expect(!line.contains("\n"))
        #expect(Self.violations(line).isEmpty, "\(Self.violations(line))")
      }
      let tsv = ListRow.tsv(row)
      #expect(tsv.split(separator: "\t", omittingEmptySubsequences: false).count == 9)
      #expect(Self.violations(tsv, allowTabs: true).isEmpty, "\(Self.violations(tsv, allowTabs: true))")
    }
  }

  @Test func jsonEscapesEveryControlAndDecodesToTheExactText() throws {
    let trials = try trials()
    for output in [try TrialJSON.array(trials), try TrialJSON.lines(trials)] {
      #expect(Self.violations(output).isEmpty, "\(Self.violations(output).prefix(5))")
      for escape in ["\\u001b", "\\u0007", "\\u009b", "\\u202e", "\\u2066"] {
        #expect(output.contains(escape), "no \(escape)")
      }
    }
    let decoded = try #require(
      try JSONSerialization.jsonObject(with: Data(try TrialJSON.array(trials).utf8)) as? [[String: Any]])
    for (trial, object) in zip(trials, decoded) {
      #expect(object["title"] as? String == trial.title)
      #expect(object["sponsor"] as? String == trial.sponsor)
      #expect(object["conditions"] as? [String] == trial.conditions)
    }
  }

  @Test func csvKeepsTheExactTextInsideQuotes() throws {
    let trials = try trials()
    let csv = EvidenceTable.csv(trials, perArm: false)
    for trial in trials {
      #expect(csv.contains(CSVWriter.field(trial.title)))
      #expect(CSVWriter.field(trial.title) == "\"" + trial.title.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
    }
    // A lone control character is enough to quote a field.
    #expect(CSVWriter.field("a\u{1B}b") == "\"a\u{1B}b\"")
    #expect(CSVWriter.field("a\u{202E}b") == "\"a\u{202E}b\"")
    #expect(CSVWriter.field("plain") == "plain")
  }

  @Test(arguments: [
    ("\u{1B}[31m", "␛[31m"), ("\u{07}", "�"), ("\u{9B}1m", "�1m"), ("\u{85}", "�"), ("\u{7F}", "�"),
    ("\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}", "�����"), ("\u{2066}\u{2067}\u{2068}\u{2069}", "����"),
    ("\u{200E}\u{200F}\u{061C}", "���"), ("a\tb\nc\r", "a b\nc�"), ("plain ünïcödé 幹細胞", "plain ünïcödé 幹細胞"),
  ])
  func safeTextReplacesEachClassVisibly(_ input: String, _ expected: String) {
    #expect(SafeText.clean(input) == expected)
  }
}
