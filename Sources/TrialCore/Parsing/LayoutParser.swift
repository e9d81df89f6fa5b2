/// A reader for one source layout. A new layout is one type conforming to this protocol plus
/// one line in `ParserRegistry.all`.
public protocol LayoutParser: Sendable {
  /// The layout this parser reads.
  static var layout: Layout { get }
  /// How sure the parser is that `text` is in its layout, from 0 (not at all) to 1.
  static func sniff(_ text: Substring) -> Double
  /// Creates a parser.
  init()
  /// Reads what the text states. `source` names the document (a path or a seed name) and
  /// becomes the record's id when the text states none.
  func parse(_ text: String, source: String) throws(ParseError) -> Trial
}

extension LayoutParser {
  /// A record with the file's stem as id and title, to be filled in by the parser.
  func emptyTrial(source: String) -> Trial {
    let stem = SourceName.stem(of: source)
    return Trial(id: stem, title: stem, source: SourceReference(path: source, format: Self.layout))
  }
}
