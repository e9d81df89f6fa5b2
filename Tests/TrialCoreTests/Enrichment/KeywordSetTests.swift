import Testing

@testable import TrialCore

/// The keyword prefilter of the extractors must say yes exactly when a lowercased search
/// would.
@Suite struct KeywordSetTests {
  static let words: [StaticString] = [" msc", "-msc", "marrow", "i.v", "iv ", "mnc", "m", "into the liver"]

  @Test(arguments: [
    "", "M", "MSC given", "given MSC", "bone MARROW", "i.V. infusion", "the IV route", "ends in iv",
    "Into The Liver", "into the live", "naïve mnc", "xyz", "uc-MSC", " msc",
  ])
  func agreesWithALowercasedSearch(text: String) {
    let set = KeywordSet(Self.words)
    let lowered = String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    let needles = Self.words.map { $0.description }
    #expect(set.occurs(in: text) == needles.contains { lowered.contains($0) }, "\(text)")
    #expect(set.occurs(in: text, leadingSpace: true) == needles.contains { (" " + lowered).contains($0) }, "\(text)")
  }

  @Test func findsNothingWithoutKeywords() {
    #expect(!KeywordSet([]).occurs(in: "anything at all"))
    #expect(!KeywordSet(["zzz"]).occurs(in: "zz"))
  }
}
