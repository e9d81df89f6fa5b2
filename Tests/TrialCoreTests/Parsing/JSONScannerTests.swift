import Foundation
import Testing

@testable import TrialCore

/// The byte scanner that reads registry studies: values, escapes, skipping, and the errors it
/// gives for broken or oddly shaped JSON.
@Suite struct JSONScannerTests {
  /// Runs `body` over a scanner on `json`.
  private func scan<T>(
    _ json: String, _ body: (inout JSONScanner) throws(JSONScanError) -> T
  ) -> Result<T, JSONScanError> {
    Data(json.utf8).withUnsafeBytes { bytes in
      var scanner = JSONScanner(bytes)
      do throws(JSONScanError) {
        let value = try body(&scanner)
        try scanner.finish()
        return .success(value)
      } catch {
        return .failure(error)
      }
    }
  }

  /// The members of a flat object of strings, in order.
  private func strings(_ json: String) -> Result<[String], JSONScanError> {
    scan(json) { (s: inout JSONScanner) throws(JSONScanError) in
      var values: [String] = []
      guard var members = try s.members() else { return values }
      while try s.nextKey(&members) != nil { values.append(try s.string() ?? "<null>") }
      return values
    }
  }

  @Test func decodesEveryEscape() throws {
    let json =
      #"{"a": "q\"b\\s\/n\nt\tr\rb\bf\f", "u": "\u00e9\u4e2d", "pair": "\ud83d\ude00", "lone": "x\ud800y", "raw": "é中😀"}"#
    #expect(try strings(json).get() == ["q\"b\\s/n\nt\tr\rb\u{08}f\u{0C}", "é中", "😀", "x\u{FFFD}y", "é中😀"])
  }

  @Test func escapedKeysMatchTheirDecodedName() throws {
    let json = #"{"protocolSection": {"identificationModule": {"nct\u0049d": "NCT01234567"}}}"#
    let trial = try CTGovJSONParser().parse(data: Data(json.utf8), source: "escaped.json")
    #expect(trial.id == "NCT01234567")
  }

  @Test func numbersAndBooleans() throws {
    let result = scan(#"[12, 12.0, 1.2e1, -3, null, true, false, null]"#) {
      (s: inout JSONScanner) throws(JSONScanError) in
      guard var elements = try s.elements() else { return "null" }
      var ints: [Int?] = []
      for _ in 0..<5 {
        _ = try s.nextElement(&elements)
        ints.append(try s.int())
      }
      var bools: [Bool?] = []
      while try s.nextElement(&elements) { bools.append(try s.bool()) }
      return "\(ints) \(bools)"
    }
    #expect(
      try result.get()
        == "[Optional(12), Optional(12), Optional(12), Optional(-3), nil] [Optional(true), Optional(false), nil]")
  }

  @Test(arguments: [
    (#"{"a": "cut"#, "JSON cut off: the data ends after 10 bytes inside a string"),
    (#"{"a": [1, 2"#, "JSON cut off: the data ends after 11 bytes inside an array"),
    (#"{"a": "#, "JSON cut off: the data ends after 6 bytes where a value should be"),
    (#"{"a": {"b": 1"#, "JSON cut off: the data ends after 13 bytes inside an object"),
    (#"{"a": tr"#, "JSON cut off: the data ends after 8 bytes inside a value"),
    (#"{"a": 12"#, "JSON cut off: the data ends after 8 bytes inside an object"),
    (#"{"a": "\u00"#, "JSON cut off: the data ends after 11 bytes inside a string"),
  ])
  func aCutDocumentSaysWhereItStops(json: String, reason: String) {
    let result = scan(json) { (s: inout JSONScanner) throws(JSONScanError) in try s.skipValue() }
    guard case .failure(let error) = result else {
      Issue.record("\(json) was accepted")
      return
    }
    #expect(error.kind == .cutOff)
    #expect(error.reason == reason)
  }

  @Test(arguments: [
    (#"{"a" 1}"#, "expected : after a key"),
    (#"{"a": 1 "b": 2}"#, "expected , or } after a member"),
    (#"[1 2]"#, "expected , or ] after an element"),
    (#"{"a": tru}"#, "unexpected '}'"),
    (#"{"a": 01}"#, "expected , or } after a member"),
    (#"{"a": -}"#, "bad number"),
    (#"{"a": "\q"}"#, "bad escape \\'q'"),
    (#"{"a": "\u12G4"}"#, "bad \\u escape"),
    (#"{} {}"#, "unexpected text after the JSON value"),
    (#"{"a": @}"#, "unexpected '@'"),
  ])
  func brokenJSONIsASyntaxError(json: String, message: String) {
    let result = scan(json) { (s: inout JSONScanner) throws(JSONScanError) in try s.skipValue() }
    guard case .failure(let error) = result else {
      Issue.record("\(json) was accepted")
      return
    }
    #expect(error.kind == .syntax)
    #expect(error.message == message)
    #expect(error.reason.hasPrefix("invalid JSON ("))
  }

  @Test func controlCharactersInsideStringsAreKept() throws {
    #expect(try strings("{\"a\": \"tab\there\u{1B}[31m\"}").get() == ["tab\there\u{1B}[31m"])
  }

  @Test func deepNestingIsAnErrorNotACrash() {
    let json = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    let result = scan(json) { (s: inout JSONScanner) throws(JSONScanError) in try s.skipValue() }
    guard case .failure(let error) = result else {
      Issue.record("accepted")
      return
    }
    #expect(error.message == "nested more than \(JSONScanner.maxDepth) levels deep")
    let shallow = String(repeating: "[", count: 150) + String(repeating: "]", count: 150)
    #expect((try? scan(shallow) { (s: inout JSONScanner) throws(JSONScanError) in try s.skipValue() }.get()) != nil)
  }

  @Test func aValueOfTheWrongKindNamesItsKey() throws {
    let json = #"{"protocolSection": {"identificationModule": {"nctId": "NCT01234567", "briefTitle": 42}}}"#
    #expect(
      throws: ParseError.malformed(
        source: "s.json", reason: "JSON of the wrong shape: \"briefTitle\" is a number, not a string")
    ) {
      try CTGovJSONParser().parse(data: Data(json.utf8), source: "s.json")
    }
    let fraction = #"{"protocolSection": {"designModule": {"enrollmentInfo": {"count": 12.5}}}}"#
    #expect(
      throws: ParseError.malformed(
        source: "f.json", reason: "JSON of the wrong shape: \"count\" is 12.5, not a whole number")
    ) {
      try CTGovJSONParser().parse(data: Data(fraction.utf8), source: "f.json")
    }
  }

  @Test func unknownKeysAndNullsAreSkipped() throws {
    let json = #"""
      {"protocolSection": {"future": {"x": [1, {"y": null}], "z": -1.5e-3},
        "identificationModule": {"nctId": "NCT01234567", "briefTitle": null, "officialTitle": "Official"},
        "designModule": {"phases": ["PHASE1", null, "PHASE2"], "enrollmentInfo": {"count": 30.0}},
        "statusModule": null}, "hasResults": false, "derivedSection": {"big": [[[]]]}}
      """#
    let trial = try CTGovJSONParser().parse(data: Data(json.utf8), source: "s.json")
    #expect(trial.title == "Official")
    #expect(trial.phases == [.phase1, .phase2])
    #expect(trial.enrollment?.count == 30)
    #expect(trial.status == nil)
  }

  @Test func aPageYieldsItsStudiesAndACutPageKeepsTheOnesBeforeTheCut() throws {
    let study = #"{"protocolSection": {"identificationModule": {"nctId": "NCT0000000N"}}}"#
    let page = #"{"studies": [\#(study), 7, \#(study)], "nextPageToken": "abc"}"#
    let whole = StudyContainer(Data(page.utf8))
    #expect(whole.studies.count == 3)
    #expect(whole.problem == nil)
    #expect(!whole.isSingleStudy)
    let cut = StudyContainer(Data(page.prefix(page.count - 40).utf8))
    #expect(cut.studies.count == 2)
    #expect(cut.problem?.kind == .cutOff)
    let single = StudyContainer(Data(study.utf8))
    #expect(single.isSingleStudy && single.studies == [0..<study.utf8.count])
    #expect(
      StudyContainer(Data(#"{"hello": 1}"#.utf8)).problem?.reason
        == "JSON of the wrong shape: neither a study nor a page of studies")
  }
}
