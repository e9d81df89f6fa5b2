import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A small element tree built with Foundation's XML parser: enough to walk a
/// `<clinical_study>` record by path. Entities are decoded by the parser.
final class XMLElementTree {
  let name: String
  let attributes: [String: String]
  private(set) var children: [XMLElementTree] = []
  fileprivate(set) var text = ""

  init(name: String, attributes: [String: String]) {
    self.name = name
    self.attributes = attributes
  }

  /// The first child named `name`.
  func child(_ name: String) -> XMLElementTree? { children.first { $0.name == name } }

  /// Every child named `name`.
  func all(_ name: String) -> [XMLElementTree] { children.filter { $0.name == name } }

  /// The trimmed text at a path of child names ("sponsors/lead_sponsor/agency"), or nil.
  func value(_ path: String) -> String? {
    var node: XMLElementTree? = self
    for part in path.split(separator: "/") { node = node?.child(String(part)) }
    return node.flatMap { Prose.value($0.text) }
  }

  /// The text of a `textblock`: the registry indents and wraps it; paragraphs are kept.
  func block(_ path: String) -> String? {
    var node: XMLElementTree? = self
    for part in path.split(separator: "/") { node = node?.child(String(part)) }
    guard let raw = node?.child("textblock")?.text ?? node?.text else { return nil }
    return Prose.paragraphs(TextLines.split(raw))
  }

  /// Parses a document; throws a reason with a line number when the XML is not well formed.
  static func parse(_ data: Data) throws(ParseProblem) -> XMLElementTree {
    let parser = XMLParser(data: data)
    let builder = Builder()
    parser.delegate = builder
    parser.shouldResolveExternalEntities = false
    guard parser.parse(), let root = builder.root else {
      let line = parser.lineNumber
      let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "no root element"
      throw ParseProblem(reason: "invalid XML at line \(line) (\(reason))")
    }
    if let open = builder.stack.last {
      throw ParseProblem(reason: "XML cut off: <\(open.name)> is never closed")
    }
    return root
  }

  struct ParseProblem: Error {
    let reason: String
  }

  private final class Builder: NSObject, XMLParserDelegate {
    var root: XMLElementTree?
    var stack: [XMLElementTree] = []

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
      attributes attributeDict: [String: String] = [:]
    ) {
      let element = XMLElementTree(name: elementName, attributes: attributeDict)
      if let parent = stack.last { parent.children.append(element) } else { root = element }
      stack.append(element)
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
      stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      stack.last?.text += string
    }

    func parser(_ parser: XMLParser, foundCDATA cdataBlock: Data) {
      stack.last?.text += String(decoding: cdataBlock, as: UTF8.self)
    }
  }
}
