import Foundation

/// Reads the retired ClinicalTrials.gov `<clinical_study>` XML (one study per file, as in the
/// old AllPublicXML download).
public struct CTGovXMLParser: LayoutParser {
  public static let layout = Layout.ctgovXML

  public init() {}

  public static func sniff(_ text: Substring) -> Double {
    guard text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).first == "<" else { return 0 }
    return text.prefix(4096).contains("<clinical_study") ? 0.95 : 0
  }

  public func parse(_ text: String, source: String) throws(ParseError) -> Trial {
    let root: XMLElementTree
    do {
      root = try XMLElementTree.parse(Data(text.utf8))
    } catch {
      throw .malformed(source: source, reason: error.reason)
    }
    guard root.name == "clinical_study" else {
      throw .malformed(source: source, reason: "XML of the wrong shape: <\(root.name)> instead of <clinical_study>")
    }
    return CTGovXMLMapper.trial(root, source: source)
  }
}
