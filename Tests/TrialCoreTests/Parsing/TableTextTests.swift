import Testing

@testable import TrialCore

/// Tables and lists that lost their separators when a page was saved as text.
@Suite struct TableTextTests {
  @Test(arguments: [
    ("Survival rate and time48 weeks", "Survival rate and time", "48 weeks"),
    (
      "Liver function evaluation using Child-Pugh score and MELD score24 weeks after treatment",
      "Liver function evaluation using Child-Pugh score and MELD score", "24 weeks after treatment"
    ),
    (
      "Immune function improvement [including Th1/Th2]24 weeks after treatment",
      "Immune function improvement [including Th1/Th2]", "24 weeks after treatment"
    ),
    (
      "The occurrence of complications [including body temperature, tetter and allergy]Between 0 to 8 hours after UC-MSCs transfusion",
      "The occurrence of complications [including body temperature, tetter and allergy]",
      "Between 0 to 8 hours after UC-MSCs transfusion"
    ),
    (
      "change in immune function,liver function in blood before and one to 12 weeks after therapy",
      "change in immune function,liver function in blood", "before and one to 12 weeks after therapy"
    ),
    ("Change in HbA1c12 months", "Change in HbA1c", "12 months"),
    ("MELD scoreWeek 24", "MELD score", "Week 24"),
  ])
  func splitsMeasureAndTimeFrame(row: String, measure: String, timeFrame: String) {
    let (m, t) = OutcomeRows.split(row)
    #expect(m == measure)
    #expect(t == timeFrame)
  }

  @Test func rowWithoutTimeFrameKeepsEverythingAsMeasure() {
    let (m, t) = OutcomeRows.split("Incidence of adverse events")
    #expect(m == "Incidence of adverse events")
    #expect(t == nil)
  }

  @Test func headerRowsAreNotOutcomes() {
    #expect(OutcomeRows.parse(["Name Time Method"]).isEmpty)
    #expect(
      OutcomeRows.parse(["NameTimeMethod", "Survival rate48 weeks"]) == [
        Outcome(measure: "Survival rate", timeFrame: "48 weeks")
      ])
  }

  @Test func splitsGluedConditions() {
    #expect(
      Prose.splitGluedItems(
        "Child-Pugh ScoreLiver Function in BloodImmune Function in BloodVariation of AscitesCharacters of Quality of Life"
      )
        == [
          "Child-Pugh Score", "Liver Function in Blood", "Immune Function in Blood", "Variation of Ascites",
          "Characters of Quality of Life",
        ])
    #expect(Prose.splitGluedItems("HBsAg-positive Cirrhosis") == ["HBsAg-positive Cirrhosis"])
    #expect(Prose.splitGluedItems("iPSC-derived Hepatocytes") == ["iPSC-derived Hepatocytes"])
  }

  @Test func splitsGluedInterventions() {
    let list = InterventionList.parse([
      "Biological: autologous bone marrow mesenchymal stem cells transplantationBiological: autologous bone marrow msenchymal stem cells transplantation"
    ])
    #expect(
      list == [
        Intervention(type: "biological", name: "autologous bone marrow mesenchymal stem cells transplantation"),
        Intervention(type: "biological", name: "autologous bone marrow msenchymal stem cells transplantation"),
      ])
    #expect(
      InterventionList.parse(["Drug: Standard medical careProcedure: Plasma exchange"]).map(\.type) == [
        "drug", "procedure",
      ])
  }

  @Test func readsRelatedTrialsAndNoticesACutOffRow() {
    let table = RelatedTrialsTable(lines: [
      "---|---|---|---|", "Recruiting |", "NCT05871463 -", "Effect of Exosomes", "|", "Phase 2 | |",
      "Completed |", "NCT03472742 -", "A Follow-Up Study", "|", "||", "Recruiting |", "NCT04801290 -",
      "TIPS in Cirrhosis", "|",
    ])
    #expect(
      table.trials == [
        RelatedTrial(id: "NCT05871463", title: "Effect of Exosomes", status: .recruiting, phases: [.phase2]),
        RelatedTrial(id: "NCT03472742", title: "A Follow-Up Study", status: .completed, phases: []),
        RelatedTrial(id: "NCT04801290", title: "TIPS in Cirrhosis", status: .recruiting, phases: []),
      ])
    #expect(table.warnings == ["the related-trials table is cut off at NCT04801290"])
  }

  @Test func completeTableHasNoWarning() {
    let table = RelatedTrialsTable(lines: ["Recruiting |", "NCT05871463 -", "Effect", "|", "Phase 1/Phase 2 | |"])
    #expect(table.trials.first?.phases == [.phase1, .phase2])
    #expect(table.warnings.isEmpty)
  }

  @Test(arguments: [
    ("Phase 1", [Phase.phase1]), ("PHASE2", [.phase2]), ("Phase 1/Phase 2", [.phase1, .phase2]),
    ("Phase I/II", [.phase1, .phase2]),
    ("Early Phase 1", [.earlyPhase1]), ("N/A", [.notApplicable]), ("Not Applicable", [.notApplicable]),
    ("Recruiting", []),
  ])
  func readsPhases(text: String, phases: [Phase]) {
    #expect(Phase.parseList(text) == phases)
  }

  @Test func readsStatusSpellings() {
    #expect(TrialStatus(registryText: "UNKNOWN") == .unknown)
    #expect(TrialStatus(registryText: "Unknown status") == .unknown)
    #expect(TrialStatus(registryText: "NOT_YET_RECRUITING") == .notYetRecruiting)
    #expect(TrialStatus(registryText: "Active, not recruiting") == .activeNotRecruiting)
    #expect(TrialStatus(registryText: "Phase 2") == nil)
  }
}
