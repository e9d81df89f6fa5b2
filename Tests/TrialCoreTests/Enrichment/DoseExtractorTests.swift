import Testing

@testable import TrialCore

@Suite struct DoseExtractorTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let text: String
    let perKg: Double?
    let total: Double?
    let phrase: String
    var testDescription: String { text }
  }

  static let notations: [Case] = [
    Case(
      text: "Every patient is given 1x106 MSCs per kg infused via liver artery", perKg: 1e6, total: nil,
      phrase: "1x106 MSCs per kg"),
    Case(
      text: "Four times of MSC infusion (1.5x10E6 cells/kg body weight) via peripheral vein", perKg: 1.5e6, total: nil,
      phrase: "1.5x10E6 cells/kg body weight"),
    Case(text: "a dose of 1 × 10^6 cells/kg", perKg: 1e6, total: nil, phrase: "1 × 10^6 cells/kg"),
    Case(text: "UC-MSCs 1.0*10E6/kg once a week", perKg: 1e6, total: nil, phrase: "1.0*10E6/kg"),
    Case(text: "infusion of 5×10^5/kg UC-MSCs", perKg: 5e5, total: nil, phrase: "5×10^5/kg"),
    Case(text: "cells at 10\\^6 cells per kilogram", perKg: 1e6, total: nil, phrase: "10\\^6 cells per kilogram"),
    Case(text: "a total of 2×10⁸ cells", perKg: nil, total: 2e8, phrase: "2×10⁸ cells"),
    Case(
      text: "1 million cells/kg of body weight", perKg: 1e6, total: nil, phrase: "1 million cells/kg of body weight"),
  ]

  @Test(arguments: notations)
  func readsNotation(_ c: Case) throws {
    let dose = try #require(DoseExtractor.find(in: c.text).first)
    #expect(dose.cellsPerKg == c.perKg)
    #expect(dose.cells == c.total)
    #expect(dose.text == c.phrase)
    #expect(dose.plausible)
  }

  @Test(arguments: [
    "Child-Pugh score 9-15", "within 106 days", "aged 18-65 years", "Phase 1/Phase 2 study of 120 patients",
    "ALT > 2x ULN for 10 days",
  ])
  func ignoresNumbersThatAreNotDoses(_ text: String) {
    #expect(DoseExtractor.find(in: text).isEmpty)
  }

  @Test func flagsImplausibleDoses() throws {
    let dose = try #require(DoseExtractor.find(in: "given 1x10^12 cells/kg").first)
    #expect(dose.cellsPerKg == 1e12)
    #expect(!dose.plausible)
  }
}
