/// The whole path from text to a finished record: sniff the layout, parse, enrich, lint.
public enum TrialReader {
  /// Reads one document. Throws only when the text is not a document at all.
  public static func read(_ text: String, source: String) throws(ParseError) -> Trial {
    let parsed = try LayoutSniffer.parse(text, source: source)
    return Linter.lint(Enricher.enrich(parsed))
  }
}
