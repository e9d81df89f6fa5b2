import Foundation

/// Reads routes of administration from prose ("infused via liver artery" → hepatic artery).
public enum RouteExtractor {
  private static let notARoute =
    #"(?!\s+(?:thrombosis|stenosis|aneurysm|occlusion|embolization|chemoembolization|pressure|hypertension|complications?|flow))"#

  /// Words without which no pattern below can match: sentences lacking them are skipped.
  static let keywords = KeywordSet([
    "arter", "vein", "venous", "i.v", "iv ", "i. v", "portal", "splen", "spleen", "peritone", "intrahepatic",
    "intra-hepatic", "into the liver",
  ])

  static let table = PatternTable<Route>([
    (.hepaticArtery, #"\b(?:proper\s+)?hepatic[\s-]+arter(?:y|ies|ial)\b"# + notARoute, false),
    (.hepaticArtery, #"\bliver\s+arter(?:y|ies|ial)\b"# + notARoute, false),
    (.hepaticArtery, #"\bintra-?arterial(?:ly)?\b"#, false),
    (.peripheralVein, #"\bperipheral(?:ly)?\s+(?:vein|venous|intravenous|iv)\b"#, false),
    (.peripheralVein, #"\bintra-?venous(?:ly)?\b"#, false),
    (.peripheralVein, #"(?<![A-Za-z])i\.\s?v\.?(?![A-Za-z])"#, false),
    (.peripheralVein, #"\bIV\b(?=\s+(?:infusion|injection|drip|administration|transfusion))"#, true),
    (.peripheralVein, #"\b(?:ante)?cubital\s+vein\b"#, false),
    (.peripheralVein, #"\bvenous\s+(?:infusion|transfusion|injection|drip)\b"#, false),
    (.portalVein, #"\b(?:via|through|into|by)\s+(?:the\s+)?portal\s+veins?\b"# + notARoute, false),
    (.portalVein, #"\bportal\s+vein\s+(?:infusion|injection|administration|transplantation|route|catheter\w*)"#, false),
    (.portalVein, #"\b(?:intra|trans)-?portal(?:ly)?\b"#, false),
    (.intrasplenic, #"\bintra-?splenic(?:ally)?\b"#, false),
    (.intrasplenic, #"\b(?:via|through|into)\s+(?:the\s+)?spleen\b"#, false),
    (.intraperitoneal, #"\bintra-?peritoneal(?:ly)?\b"#, false),
    (
      .intrahepatic,
      #"\bintra-?hepatic(?:ally)?\s+(?:injection|infusion|transplantation|administration|delivery|implantation)"#, false
    ),
    (.intrahepatic, #"\b(?:injected|infused|implanted)\s+(?:directly\s+)?into\s+the\s+liver\b"#, false),
  ])

  /// Routes in `text`, each with the sentence-level phrase it was read from; background
  /// sentences are skipped.
  public static func find(in text: String) -> [(route: Route, phrase: String)] {
    guard keywords.occurs(in: text) else { return [] }
    var found: [(Route, String)] = []
    for sentence in BackgroundFilter.foreground(text) where keywords.occurs(in: sentence) {
      for match in table.matches(in: sentence) where !found.contains(where: { $0.0 == match.value }) {
        found.append((match.value, Phrase.around(match.range, in: sentence)))
      }
    }
    return found
  }
}
