import Testing

@testable import TrialCore

@Suite struct CriteriaSplitterTests {
  @Test func removesBulletsAndNumbering() {
    #expect(
      CriteriaSplitter.split(["  • Written informed consent", "  • MELD <30"]) == [
        "Written informed consent", "MELD <30",
      ])
    #expect(
      CriteriaSplitter.split(["1. Aged 18-65 years", "2) HBV-related cirrhosis", "(3) Child-Pugh score 9-15"])
        == ["Aged 18-65 years", "HBV-related cirrhosis", "Child-Pugh score 9-15"])
  }

  @Test func loneDashesSeparateItems() {
    #expect(
      CriteriaSplitter.split(["18-80 years old", "-", "End-stage liver disease", "-", "Signed informed consent"])
        == ["18-80 years old", "End-stage liver disease", "Signed informed consent"])
  }

  @Test func splitsRunOnSentences() {
    let items = CriteriaSplitter.split([
      "Aged 18~65 years. Ultrasonographic evidences of cirrhosis. hepatic cirrhosis patients with refractory ascite.",
      "Prothrombin time is less than 30s. Severe problems in other vital organs(e.g.the heart,renal or lungs). Pregnant or lactating women.",
    ])
    #expect(
      items == [
        "Aged 18~65 years", "Ultrasonographic evidences of cirrhosis",
        "hepatic cirrhosis patients with refractory ascite",
        "Prothrombin time is less than 30s", "Severe problems in other vital organs(e.g.the heart,renal or lungs)",
        "Pregnant or lactating women",
      ])
  }

  @Test func joinsWrappedBulletLines() {
    #expect(
      CriteriaSplitter.split(["- Severe problems in other", "vital organs", "- Pregnancy"])
        == ["Severe problems in other vital organs", "Pregnancy"])
  }

  @Test func keepsAbbreviationsWhole() {
    #expect(
      CriteriaSplitter.split(["Severe problems in other vital organs (e.g. the heart, renal or lungs)"]).count == 1)
  }
}
