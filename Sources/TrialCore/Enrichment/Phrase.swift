import Foundation

/// Cuts a readable phrase around a match: the sentence, shortened to about 90 characters.
enum Phrase {
  static func around(_ range: NSRange, in sentence: String, limit: Int = 90) -> String {
    let ns = sentence as NSString
    guard ns.length > limit else { return Prose.squeeze(sentence) }
    let spare = max(0, (limit - range.length) / 2)
    var start = max(0, range.location - spare)
    var end = min(ns.length, range.location + range.length + spare)
    // Widen to word boundaries.
    while start > 0, !ns.substring(with: NSRange(location: start - 1, length: 1)).allSatisfy(\.isWhitespace) {
      start -= 1
    }
    while end < ns.length, !ns.substring(with: NSRange(location: end, length: 1)).allSatisfy(\.isWhitespace) {
      end += 1
    }
    let core = Prose.squeeze(ns.substring(with: NSRange(location: start, length: end - start)))
    return (start > 0 ? "…" : "") + core + (end < ns.length ? "…" : "")
  }
}
