import Testing

@testable import TrialCore

@Suite struct FallbackParserTests {
  @Test func readsLabelledLinesAndTheOnlyNCTId() throws {
    let text = """
      # UC-MSC for decompensated cirrhosis
      Sponsor: Beijing 302 Hospital
      Status: Recruiting
      Phase: Phase 1/Phase 2
      Enrollment: 200 (estimated)
      Registry: NCT03945487
      Cells are infused via peripheral vein at 1.0x10^6 cells/kg.
      """
    let trial = try TrialReader.read(text, source: "notes/trial.md")
    #expect(trial.source.format == .fallback)
    #expect(trial.title == "UC-MSC for decompensated cirrhosis")
    #expect(trial.id == "NCT03945487")
    #expect(trial.sponsor == "Beijing 302 Hospital")
    #expect(trial.status == .recruiting)
    #expect(trial.phases == [.phase1, .phase2])
    #expect(trial.enrollment == Enrollment(count: 200, type: "estimated"))
    #expect(trial.warnings.contains { $0.hasPrefix("layout not recognised") })
  }

  @Test func severalNCTIdsNameNoTrial() throws {
    let trial = try TrialReader.read("Reading list\nNCT01854125 and NCT01724398 compared", source: "list.txt")
    #expect(trial.id == "list")
    #expect(trial.warnings.contains { $0.contains("several NCT ids") })
  }

  @Test func anyTextBecomesARecord() throws {
    let trial = try TrialReader.read("x", source: "tiny.txt")
    #expect(trial.title == "x")
    #expect(trial.id == "tiny")
  }
}
