/// Finds labels that lost their values (a damaged page shows a label, then the next label).
enum EmptyLabels {
  /// One warning listing every label with no lines under it, skipping headings.
  /// Lines that are only a table's column headings count as no value.
  static let headerOnly: Set<String> = ["name time method", "nametimemethod", "group intervention description"]

  static func warnings(_ doc: LabeledSections, headings: Set<String>) -> [String] {
    let empty = doc.sections.dropFirst().filter { section in
      guard let key = section.key, !headings.contains(key) else { return false }
      return section.content.allSatisfy { headerOnly.contains($0.lowercased()) }
    }
    guard !empty.isEmpty else { return [] }
    let names = empty.map { "\"\($0.label)\"" }.joined(separator: ", ")
    return ["\(empty.count) label(s) have no value: \(names)"]
  }
}
