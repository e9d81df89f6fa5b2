import Foundation

/// The whole path from a document to a finished record: sniff the layout, parse, enrich, lint.
public enum TrialReader {
  /// Reads one text document. Throws only when the text is not a document at all.
  public static func read(_ text: String, source: String) throws(ParseError) -> Trial {
    finish(try LayoutSniffer.parse(text, source: source))
  }

  /// Reads one ClinicalTrials.gov API v2 study from its JSON bytes.
  public static func read(studyJSON data: Data, source: String) throws(ParseError) -> Trial {
    finish(try CTGovJSONParser().parse(data: data, source: source))
  }

  /// Enrichment and lint, the same for every layout.
  static func finish(_ parsed: Trial) -> Trial {
    Linter.lint(Enricher.enrich(parsed))
  }
}
