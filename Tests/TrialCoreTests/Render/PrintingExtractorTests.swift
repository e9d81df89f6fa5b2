import Testing

@testable import TrialCore

/// Table tests of the extractors behind the printed outputs, on real notations.
@Suite struct PrintingExtractorTests {
  @Test(arguments: [
    (
      "Four times of MSC infusion (1.5x10E6 cells/kg body weight) via peripheral vein will be given to the group 1(once every 4 days), and two times of MSC infusion once every 7 days to the group 2.",
      ["group 1: 4 infusions, once every 4 days", "group 2: 2 infusions, once every 7 days"]
    ),
    ("UC-MSCs were infused three times at 3-week intervals.", ["3 infusions, every 3 weeks"]),
    ("Patients receive a single intravenous infusion of 1×10^6 cells/kg.", ["1 infusion"]),
    ("MSCs will be given 4 doses, weekly.", ["4 infusions, weekly"]),
    ("Cells are infused every 2 weeks.", ["every 2 weeks"]),
    ("Patients attend weekly follow-up visits.", []),
    ("Previous studies have shown that three infusions are safe.", []),
    ("Every patient is given 1x106 MSCs per kg infused via liver artery", []),
  ])
  func schedules(text: String, expected: [String]) {
    #expect(ScheduleExtractor.find(in: text).map(FactText.schedule) == expected)
  }

  @Test(arguments: [
    ("before and one to 12 weeks after therapy", "12 weeks"),
    ("one year", "1 year"),
    ("Between 0 to 8 hours after UC-MSCs transfusion", "8 hours"),
    ("48 weeks after treatment", "48 weeks"),
    ("6-month", "6 months"),
  ])
  func followUpFromTimeFrames(frame: String, expected: String) {
    var trial = Trial(id: "x", title: "x", source: SourceReference(path: "x", format: .fallback))
    trial.outcomes.primary = [Outcome(measure: "m", timeFrame: frame)]
    #expect(FollowUpExtractor.find(in: trial)?.text == expected)
  }

  @Test func followUpFromProseNeedsATieToTheTreatment() {
    var trial = Trial(id: "x", title: "x", source: SourceReference(path: "x", format: .fallback))
    trial.detailedDescription =
      "Participants are expected to be enrolled over a period of 6 months. The investigators will observe ALT at weeks 4, 12, and 24 post-infusion."
    let found = FollowUpExtractor.find(in: trial)
    #expect(found?.text == "24 weeks")
    #expect(found?.location == "detailed description")
    trial.detailedDescription = "Participants are expected to be enrolled over a period of 6 months."
    #expect(FollowUpExtractor.find(in: trial) == nil)
  }

  @Test func controlArms() {
    var trial = Trial(id: "x", title: "x", source: SourceReference(path: "x", format: .fallback))
    #expect(ControlArmExtractor.find(in: trial) == nil)
    trial.summary =
      "Patients are assigned to UC-MSC treatment (group 1 and group 2) or standard medical care (control)."
    #expect(ControlArmExtractor.find(in: trial)?.text == "standard care: standard medical care")
    trial.design.model = "single-group"
    #expect(ControlArmExtractor.find(in: trial)?.text == "none (single group)")
    trial.arms = [Arm(label: "Control group", type: nil), Arm(label: "MSC", type: "experimental")]
    #expect(ControlArmExtractor.find(in: trial)?.text == "control: Control group")
    trial.arms.append(Arm(label: "Saline", type: "placebo-comparator"))
    #expect(ControlArmExtractor.find(in: trial)?.text == "placebo: Saline")
  }

  @Test func stagesComeFromCriteriaAndTitlesNotFromTheMELDName() {
    var trial = Trial(
      id: "x", title: "MSC for Decompensated Liver Cirrhosis", source: SourceReference(path: "x", format: .fallback))
    trial.eligibility.inclusion = ["Model for End-Stage Liver Disease (MELD) <30", "Child-Pugh score 9-15"]
    trial.eligibility.exclusion = ["Child-Pugh C"]
    trial.summary = "Patients in Child-Pugh B and C stage will be enrolled."
    #expect(
      StageExtractor.find(in: trial).map(\.text) == [
        "MELD <30", "Child-Pugh score 9-15", "Decompensated Liver Cirrhosis", "Child-Pugh B and C",
      ])
    trial.conditions = ["Decompensated Liver Cirrhosis"]
    #expect(!StageExtractor.find(in: trial).map(\.text).contains("Decompensated Liver Cirrhosis"))
  }

  @Test(arguments: [(1_000_000.0, "1×10⁶"), (1_500_000, "1.5×10⁶"), (250_000_000, "2.5×10⁸"), (500, "500")])
  func scientificNotation(value: Double, expected: String) {
    #expect(FactText.scientific(value) == expected)
  }
}
