import Foundation

/// Reads which cells are given, and whether they are the patient's own, from prose.
public enum CellSourceExtractor {
  private static let mesenchymal = #"m\w{0,3}s\w{0,2}nchymal"#
  private static let derived = #"(?:[\s-]*derived)?[\s-]*"#

  /// Words without which no cell pattern can match.
  static let cellKeywords = KeywordSet([
    "nchymal", " msc", "-msc", "(msc", "/msc", "bmsc", "ucmsc", "mnc", "marrow", "umbilical", "wharton", "adipose",
    "adsc", "menstrual",
    "mensc", "placent", "exosom", "vesicle",
  ])
  static let originKeywords = KeywordSet(["autolog", "allogen", "s own", "s' own"])

  static let table = PatternTable<CellSource>([
    (
      .mscExosomes,
      "(?:\(mesenchymal)\\s+(?:stem|stromal)\\s+cells?|MSCs?)\(derived)(?:exosomes?|extracellular\\s+vesicles?)", false
    ),
    (.mscExosomes, #"\bMSC-?(?:Exos?|EVs?)\b"#, true),
    (.boneMarrowMSC, "bone[\\s-]+marrow\(derived)\(mesenchymal)", false),
    (.boneMarrowMSC, #"\bBM-?MSCs?\b"#, true),
    (.boneMarrowMononuclear, "bone[\\s-]+marrow\(derived)mono-?nuclear", false),
    (.boneMarrowMononuclear, #"\bBM-?MNCs?\b"#, true),
    (.boneMarrowStemCells, "bone[\\s-]+marrow\(derived)(?:stem|progenitor)\\s+cells?", false),
    (.boneMarrowStemCells, "bone[\\s-]+marrow\(derived)cells?\\b", false),
    (.boneMarrowStemCells, #"\bBMSCs?\b"#, true),
    (.umbilicalCordMSC, "umbilical[\\s-]+cord\(derived)(?:\(mesenchymal)|MSCs?|stem|stromal)", false),
    (.umbilicalCordMSC, #"\bh?UC-?MSCs?\b"#, true),
    (.umbilicalCordMSC, #"wharton'?s?\s+jelly"#, false),
    (.adiposeMSC, "adipose(?:[\\s-]+tissue)?\(derived)(?:\(mesenchymal)|MSCs?|stem|stromal)", false),
    (.adiposeMSC, #"\b(?:AD-?MSCs?|ADSCs?)\b"#, true),
    (.menstrualBloodMSC, #"menstrual\s+blood"#, false),
    (.menstrualBloodMSC, #"\bMenSCs?\b"#, true),
    (.placentaMSC, "placenta(?:l)?\(derived)(?:\(mesenchymal)|MSCs?|stem|stromal)", false),
    (.msc, "\(mesenchymal)\\s+(?:stem|stromal)\\s+cells?", false),
    (.msc, #"\bMSCs?\b"#, true),
  ])

  private static let origins = PatternTable<CellOrigin>([
    (.autologous, #"\bautologous\b|\bpatients?'?\s+own\b"#, false),
    (.allogeneic, #"\ballogen(?:e)?ic\b"#, false),
  ])

  /// The cell sources named in `texts`, each with its phrase and location. Abbreviations count
  /// only when no spelled-out source of the same kind is named; a bare "MSC" only when no
  /// source-specific cell is named.
  static func find(in sources: [EvidenceSource]) -> [(source: CellSource, phrase: String, location: String)] {
    var spelled: [(CellSource, String, String)] = []
    var abbreviated: [(CellSource, String, String)] = []
    for source in sources where cellKeywords.occurs(in: source.text, leadingSpace: true) {
      for sentence in BackgroundFilter.foreground(source.text)
      where cellKeywords.occurs(in: sentence, leadingSpace: true) {
        for match in table.matches(in: sentence) {
          let entry = (match.value, Phrase.around(match.range, in: sentence, limit: 70), source.location)
          if match.isAbbreviation {
            if !abbreviated.contains(where: { $0.0 == match.value }) { abbreviated.append(entry) }
          } else if !spelled.contains(where: { $0.0 == match.value }) {
            spelled.append(entry)
          }
        }
      }
    }
    var result = spelled
    for entry in abbreviated where !result.contains(where: { $0.0 == entry.0 }) {
      let boneMarrowFamily: Set<CellSource> = [.boneMarrowMSC, .boneMarrowMononuclear, .boneMarrowStemCells]
      if boneMarrowFamily.contains(entry.0), spelled.contains(where: { boneMarrowFamily.contains($0.0) }) { continue }
      result.append(entry)
    }
    if result.contains(where: { $0.0 != .msc }) { result.removeAll { $0.0 == .msc } }
    if result.contains(where: { $0.0 == .mscExosomes }) {
      // "MSC-derived exosomes" names MSCs only as the exosomes' origin.
      result.removeAll { $0.0 == .msc }
    }
    return result.map { (source: $0.0, phrase: $0.1, location: $0.2) }
  }

  /// Autologous or allogeneic with its phrase: stated words first, else implied by the cell
  /// source (umbilical cord and placenta cells come from donors). Nil when the text says
  /// neither, or says both.
  static func origin(
    in sources: [EvidenceSource], cells: [(source: CellSource, phrase: String, location: String)]
  )
    -> (origin: CellOrigin?, phrase: String?, location: String?, conflict: Bool)
  {
    var found: [(CellOrigin, String, String)] = []
    for source in sources where originKeywords.occurs(in: source.text) {
      for sentence in BackgroundFilter.foreground(source.text) where originKeywords.occurs(in: sentence) {
        for match in origins.matches(in: sentence) where !found.contains(where: { $0.0 == match.value }) {
          found.append((match.value, Phrase.around(match.range, in: sentence, limit: 70), source.location))
        }
      }
    }
    if found.count == 1, let only = found.first { return (only.0, only.1, only.2, false) }
    if found.count > 1 { return (nil, nil, nil, true) }
    if let donorCells = cells.first(where: { $0.source.impliesAllogeneic }),
      !cells.contains(where: { !$0.source.impliesAllogeneic })
    {
      return (.allogeneic, donorCells.phrase, donorCells.location, false)
    }
    return (nil, nil, nil, false)
  }
}
