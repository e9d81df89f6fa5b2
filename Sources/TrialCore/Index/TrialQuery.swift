/// A search: free words plus facet filters, in the syntax shared by the browser and the CLI:
/// `route:hepatic-artery phase:2 status:recruiting country:china cirrhosis`.
///
/// Values of one facet are alternatives (`route:ha,pv` or `route:ha route:pv`); different
/// facets must all hold; every free word must match (the last one as a prefix, so results
/// follow the typing). `all:yes` lifts the default topic filter of a registry-wide library.
public struct TrialQuery: Sendable, Equatable {
  /// Free words, folded.
  public var words: [String] = []
  /// Whether the last word is still being typed (matched as a prefix).
  public var lastWordIsPrefix = true
  /// Facet → accepted values (JSON vocabulary; countries folded).
  public var filters: [Facet: Set<String>] = [:]
  /// Filter words that could not be read, for a message.
  public var problems: [String] = []

  /// An empty query: everything.
  public init() {}

  /// Whether the query neither filters nor searches.
  public var isEmpty: Bool { words.isEmpty && filters.isEmpty }

  /// Reads the query syntax; unknown keys or values are reported in `problems`, not dropped silently.
  public init(parsing text: String) {
    lastWordIsPrefix = !(text.last?.isWhitespace ?? true)
    for token in text.split(whereSeparator: \.isWhitespace) {
      guard let colon = token.firstIndex(of: ":"), colon != token.startIndex else {
        words += TextFolding.words(String(token))
        continue
      }
      let key = String(token[..<colon]).lowercased()
      let rawValues = token[token.index(after: colon)...].split(separator: ",").map(String.init)
      guard let facet = TrialQuery.facet(named: key) else {
        problems.append("unknown filter \"\(key)\"")
        continue
      }
      for raw in rawValues {
        if let value = TrialQuery.normalise(raw, for: facet) {
          filters[facet, default: []].insert(value)
        } else {
          problems.append("unknown \(facet.displayName) \"\(raw)\"")
        }
      }
    }
  }

  /// Adds a filter value.
  public mutating func add(_ facet: Facet, _ value: String) {
    filters[facet, default: []].insert(value)
  }

  /// The query written back in its syntax (filters first, in facet order).
  public var text: String {
    var parts: [String] = []
    for facet in Facet.allCases {
      guard let values = filters[facet], !values.isEmpty else { continue }
      parts.append("\(facet.rawValue):\(values.sorted().joined(separator: ","))")
    }
    return (parts + words).joined(separator: " ")
  }

  static func facet(named key: String) -> Facet? {
    switch key {
    case "route", "routes", "r": .route
    case "cell", "cells", "source", "cellsource": .cellSource
    case "origin": .origin
    case "status", "s": .status
    case "phase", "phases", "p": .phase
    case "type", "studytype": .studyType
    case "country", "countries", "c": .country
    case "sex", "gender": .sex
    case "topic", "all": .topic
    default: nil
    }
  }

  /// A value in the facet's vocabulary, accepting short forms: `ha`, `pv`, `2`, `ucmsc`.
  static func normalise(_ raw: String, for facet: Facet) -> String? {
    let key = VocabularyKey.make(raw)
    switch facet {
    case .route:
      let short = [
        "ha": "hepatic-artery", "pv": "peripheral-vein", "pov": "portal-vein", "iv": "peripheral-vein",
        "is": "intrasplenic", "ip": "intraperitoneal", "ih": "intrahepatic",
      ]
      return short[key] ?? Route.allCases.first { VocabularyKey.make($0.rawValue) == key }?.rawValue
    case .cellSource:
      return CellSource.allCases.first { VocabularyKey.make($0.rawValue) == key }?.rawValue
        ?? ["ucmsc": "umbilical-cord-msc", "bmmsc": "bone-marrow-msc", "bmmnc": "bone-marrow-mononuclear"][key]
    case .origin: return CellOrigin.allCases.first { VocabularyKey.make($0.rawValue) == key }?.rawValue
    case .status: return TrialStatus.allCases.first { VocabularyKey.make($0.rawValue) == key }?.rawValue
    case .phase:
      if let digit = Int(key), (1...4).contains(digit) { return "phase\(digit)" }
      if key == "na" { return Phase.notApplicable.rawValue }
      return Phase.allCases.first { VocabularyKey.make($0.rawValue) == key }?.rawValue
    case .studyType: return StudyType.allCases.first { VocabularyKey.make($0.rawValue) == key }?.rawValue
    case .sex: return Sex.allCases.first { VocabularyKey.make($0.rawValue) == key }?.rawValue
    case .country: return key.isEmpty ? nil : TextFolding.fold(raw.replacingOccurrences(of: "-", with: " "))
    case .topic:
      switch key {
      case "yes", "all", "any", "everything", "true": return "all"
      case "liver", "stemcellliver", "topic", "no", "false": return "stem-cell-liver"
      default: return nil
      }
    }
  }
}
