import Foundation

/// Scores a document by the marker lines of a layout.
enum SniffScore {
  /// The share of `markers` found as whole lines (case-insensitive, list dashes and colons
  /// ignored), plus `bonus` when `strong` occurs anywhere.
  static func score(_ text: Substring, markers: [String], strong: [String] = []) -> Double {
    var lines = Set<String>()
    for line in text.split(separator: "\n", omittingEmptySubsequences: true).prefix(2000) {
      lines.insert(LabeledSections.bareLabel(String(line).trimmingCharacters(in: .whitespaces)).lowercased())
    }
    let hits = markers.filter { lines.contains($0.lowercased()) }.count
    var score = markers.isEmpty ? 0 : Double(hits) / Double(markers.count)
    for marker in strong where text.localizedCaseInsensitiveContains(marker) { score += 0.3 }
    return min(score, 1)
  }
}
