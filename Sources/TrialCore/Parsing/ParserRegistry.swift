/// Every layout parser livertrials knows, in the order ties are broken.
public enum ParserRegistry {
  /// The parsers; the fallback is last and always scores a little above zero.
  public static let all: [any LayoutParser.Type] = [
    CTGovJSONParser.self,
    CTGovXMLParser.self,
    MedPathParser.self,
    VeevaParser.self,
    TrialPageParser.self,
    FallbackParser.self,
  ]
}
