import Foundation

/// The whole path from a document to a finished record: sniff the layout, parse, enrich, lint.
public enum TrialReader {
  /// Reads one text document. Throws only when the text is not a document at all.
  public static func read(_ text: String, source: String) throws(ParseError) -> Trial {
    finish(try LayoutSniffer.parse(text, source: source), depth: .full)
  }

  /// Reads one ClinicalTrials.gov API v2 study from its JSON bytes.
  public static func read(studyJSON data: Data, source: String, depth: ReadDepth = .full) throws(ParseError) -> Trial {
    finish(try CTGovJSONParser().parse(data: data, source: source, depth: depth), depth: depth)
  }

  /// Reads a kept source document again.
  public static func read(_ raw: RawDocument, source: String) throws(ParseError) -> Trial {
    switch raw {
    case .studyJSON(let data): try read(studyJSON: data, source: source)
    case .text(let text): try read(text, source: source)
    }
  }

  /// Enrichment and lint, the same for every layout.
  static func finish(_ parsed: Trial, depth: ReadDepth) -> Trial {
    let enriched = Enricher.enrich(parsed, depth: depth)
    return depth == .full ? Linter.lint(enriched) : enriched
  }
}
