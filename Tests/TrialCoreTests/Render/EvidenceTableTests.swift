import Foundation
import SwiftCSV
import Testing

@testable import TrialCore

/// The evidence table: goldens for the seeds, and every value reads back from the CSV text
/// (with SwiftCSV) exactly as it was written.
@Suite struct EvidenceTableTests {
  @Test func seedTableMatchesGolden() throws {
    try Snapshot.assertMatches(EvidenceTable.csv(RenderFixtures.seeds), named: "render/export/seeds.csv")
    try Snapshot.assertMatches(
      EvidenceTable.csv(RenderFixtures.seeds, perArm: true), named: "render/export/seeds-per-arm.csv")
  }

  @Test(arguments: [false, true])
  func csvReadsBackToTheSameValues(perArm: Bool) throws {
    let trials = RenderFixtures.seeds + [RenderFixtures.hostile]
    let text = EvidenceTable.csv(trials, perArm: perArm)
    let parsed = try EnumeratedCSV(string: text, delimiter: .comma, loadColumns: false)
    #expect(parsed.header == (perArm ? EvidenceTable.perArmColumns : EvidenceTable.columns))
    let expected = EvidenceTable.rows(trials, perArm: perArm)
    #expect(parsed.rows.count == expected.count)
    for (row, want) in zip(parsed.rows, expected) {
      #expect(row == want)
    }
  }

  @Test func rowsHaveOneCellPerColumn() {
    for row in EvidenceTable.rows(RenderFixtures.seeds) { #expect(row.count == EvidenceTable.columns.count) }
    for row in EvidenceTable.rows(RenderFixtures.seeds, perArm: true) {
      #expect(row.count == EvidenceTable.perArmColumns.count)
    }
  }

  @Test func perArmTableHasOneRowPerArm() {
    let rows = EvidenceTable.rows(RenderFixtures.seeds, perArm: true)
    // 3 arms (000), 2 arms (004), one whole-record row for each of the three records without arms.
    #expect(rows.count == 8)
  }

  @Test func valuesAreTheRecordsOwn() throws {
    let rows = EvidenceTable.rows(RenderFixtures.seeds)
    let columns = EvidenceTable.columns
    func value(_ id: String, _ column: String) -> String? {
      guard let row = rows.first(where: { $0[0] == id }), let index = columns.firstIndex(of: column) else { return nil }
      return row[index]
    }
    #expect(value("NCT01854125", "dose_per_kg") == "1000000")
    #expect(value("NCT01854125", "routes") == "hepatic-artery")
    #expect(value("002_93cb189ce42015ad", "infusions") == "4; 2")
    #expect(value("002_93cb189ce42015ad", "dose_per_kg") == "1500000")
    #expect(value("NCT01724697", "control_type") == "active comparator: conventional treatment")
    #expect(value("NCT01724697", "phases") == "phase1; phase2")
    #expect(value("NCT01724398", "countries") == "China")
    #expect(value("NCT01724398", "primary_time_frames") == "48 weeks")
    #expect(value("001_085dc59f04c4a279", "routes") == "hepatic-artery; peripheral-vein")
  }

  @Test func quotingFollowsRFC4180() {
    #expect(CSVWriter.field("plain") == "plain")
    #expect(CSVWriter.field("a,b") == "\"a,b\"")
    #expect(CSVWriter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(CSVWriter.field("two\nlines") == "\"two\nlines\"")
    #expect(CSVWriter.field("crlf\r\nhere") == "\"crlf\r\nhere\"")
    #expect(CSVWriter.field(" padded") == "\" padded\"")
    #expect(CSVWriter.document([["a", "b"], ["1", "2"]]) == "a,b\r\n1,2\r\n")
  }
}
