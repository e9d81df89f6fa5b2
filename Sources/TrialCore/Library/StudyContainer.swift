import Foundation

/// The JSON shapes a ClinicalTrials.gov download comes in: a single study, an API page
/// `{"studies": […], "nextPageToken": …}`, or a bare array of studies. Finds where each study's
/// bytes are, so that each is read on its own (in parallel, and kept as its own source
/// document) and one bad study does not stop the others. A document cut off part-way still
/// yields the studies before the cut.
struct StudyContainer {
  /// Byte ranges of the studies, in document order.
  private(set) var studies: [Range<Int>] = []
  /// True when the document is itself one study.
  private(set) var isSingleStudy = false
  /// Why the document could not be read to its end, if it could not.
  private(set) var problem: JSONScanError?

  init(_ data: Data) {
    data.withUnsafeBytes { bytes in
      var scanner = JSONScanner(bytes)
      do throws(JSONScanError) {
        try read(&scanner, count: bytes.count)
      } catch {
        problem = error
      }
    }
  }

  private mutating func read(_ s: inout JSONScanner, count: Int) throws(JSONScanError) {
    if s.peekValue() == UInt8(ascii: "[") {
      try readStudies(&s)
      try s.finish()
      return
    }
    guard var members = try s.members() else {
      throw JSONScanError(kind: .shape, message: "the document is null", offset: 0)
    }
    var sawPage = false
    var sawStudy = false
    while let key = try s.nextKey(&members) {
      switch key {
      case "studies":
        sawPage = true
        try readStudies(&s)
      case "protocolSection":
        sawStudy = true
        try s.skipValue()
      default: try s.skipValue()
      }
    }
    try s.finish()
    if !sawPage && sawStudy {
      studies = [0..<count]
      isSingleStudy = true
    } else if !sawPage {
      throw JSONScanError(kind: .shape, message: "neither a study nor a page of studies", offset: 0)
    }
  }

  private mutating func readStudies(_ s: inout JSONScanner) throws(JSONScanError) {
    guard var elements = try s.elements() else { return }
    while try s.nextElement(&elements) {
      studies.append(try s.skipValueRange())
    }
  }
}
