import Testing

@testable import TrialCore

@Suite struct AgeExtractorTests {
  @Test(arguments: [
    ("Aged 18~65 years", 18, 65),
    ("18-80 years old", 18, 80),
    ("18 to 65 years old", 18, 65),
    ("Age between 20 and 70 years", 20, 70),
    ("aged 16–65 years", 16, 65),
  ])
  func readsRanges(text: String, low: Int, high: Int) {
    #expect(AgeExtractor.fromCriteria([text])?.range == AgeRange(min: low, max: high))
  }

  @Test func readsOpenEnds() {
    #expect(AgeExtractor.fromField("18 Years") == AgeRange(min: 18))
    #expect(AgeExtractor.fromField("18+ years old") == AgeRange(min: 18))
    #expect(AgeExtractor.fromField("Up to 65 years old") == AgeRange(max: 65))
  }

  @Test func ignoresDurationsInCriteria() {
    #expect(AgeExtractor.fromCriteria(["History of cirrhosis over 2 years", "Child-Pugh score 9-15"]) == nil)
  }
}
