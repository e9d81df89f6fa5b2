/// Picks the parser whose layout best fits a document.
public enum LayoutSniffer {
  /// A layout must score at least this much to beat the fallback: one stray "Brief summary"
  /// line does not make a MedPath page.
  static let threshold = 0.35

  /// Scores every registered parser against the first part of `text` and returns the best.
  public static func parser(for text: String) -> any LayoutParser.Type {
    let head = text.prefix(64 * 1024)
    var best: (any LayoutParser.Type) = FallbackParser.self
    var bestScore = threshold
    for parser in ParserRegistry.all {
      let score = parser.sniff(head)
      if score > bestScore {
        best = parser
        bestScore = score
      }
    }
    return best
  }

  /// Sniffs, then parses with the chosen parser; refuses empty and binary text first.
  public static func parse(_ text: String, source: String) throws(ParseError) -> Trial {
    try TextCheck.requireText(text, source: source)
    return try parser(for: text).init().parse(text, source: source)
  }
}
