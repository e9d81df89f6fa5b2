import Foundation

/// Splits text before every match of a (usually look-ahead) pattern.
enum RegexSplit {
  static func split(_ text: String, lookahead pattern: String) -> [String] {
    guard let regex = try? NSRegularExpression(pattern: pattern) else { return [text] }
    let ns = text as NSString
    var cuts = regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map(\.range.location)
    cuts = cuts.filter { $0 > 0 }
    var pieces: [String] = []
    var start = 0
    for cut in cuts + [ns.length] where cut > start {
      pieces.append(ns.substring(with: NSRange(location: start, length: cut - start)))
      start = cut
    }
    return pieces.map { Prose.squeeze($0) }.filter { !$0.isEmpty }
  }
}
