import Foundation

/// Reads one ClinicalTrials.gov API v2 study object (as `GET /api/v2/studies/{nctId}` returns
/// it). Pages, arrays, JSON Lines and the bulk zip are cut into studies by `RecordReader`.
public struct CTGovJSONParser: LayoutParser {
  public static let layout = Layout.ctgovJSON

  public init() {}

  public static func sniff(_ text: Substring) -> Double {
    guard text.drop(while: { $0.isWhitespace }).first == "{" else { return 0 }
    return text.contains("\"protocolSection\"") ? 0.95 : 0.1
  }

  public func parse(_ text: String, source: String) throws(ParseError) -> Trial {
    try parse(data: Data(text.utf8), source: source)
  }

  /// Reads one study from bytes.
  public func parse(data: Data, source: String, depth: ReadDepth = .full) throws(ParseError) -> Trial {
    let read: Result<CTGovStudy, JSONScanError> = data.withUnsafeBytes { bytes in
      var scanner = JSONScanner(bytes)
      do throws(JSONScanError) {
        let study = try CTGovStudy(&scanner, indexOnly: depth == .index)
        try scanner.finish()
        return .success(study)
      } catch {
        return .failure(error)
      }
    }
    let study: CTGovStudy
    switch read {
    case .success(let value): study = value
    case .failure(let error): throw .malformed(source: source, reason: error.reason)
    }
    guard study.protocolSection != nil else {
      throw .malformed(
        source: source, reason: "JSON of the wrong shape: no \"protocolSection\" (not a ClinicalTrials.gov study)")
    }
    return CTGovStudyMapper.trial(study, source: source, depth: depth)
  }
}
