/// Finds labels that lost their values (a damaged page shows a label, then the next label).
enum EmptyLabels {
  /// One warning listing every label with no lines under it, skipping headings.
  static func warnings(_ doc: LabeledSections, headings: Set<String>) -> [String] {
    let empty = doc.sections.dropFirst().filter { section in
      guard let key = section.key, !headings.contains(key) else { return false }
      return section.content.isEmpty
    }
    guard !empty.isEmpty else { return [] }
    let names = empty.map { "\"\($0.label)\"" }.joined(separator: ", ")
    return ["\(empty.count) label(s) have no value: \(names)"]
  }
}
