/// A document cut into sections at lines that are labels ("Lead Sponsor", "- Status",
/// "Inclusion criteria:"). Text layouts differ in their label vocabulary, not in this mechanism.
struct LabeledSections {
  /// One labelled stretch of lines.
  struct Section {
    /// The vocabulary key of the label (`leadSponsor`), or nil for the text before any label.
    var key: String?
    /// The label as written, without list dashes or a trailing colon.
    var label: String
    /// The lines under the label, blank lines kept as "".
    var lines: [String]
    /// 1-based line number of the label.
    var lineNumber: Int

    /// The non-blank lines.
    var content: [String] { lines.filter { !$0.isEmpty } }
  }

  /// Sections in document order; the first has a nil key and holds the preamble.
  private(set) var sections: [Section]

  /// Cuts `lines` at every line for which `classify` names a key. `classify` receives the line
  /// with a leading "- " and a trailing ":" removed.
  init(lines: [String], classify: (String) -> String?) {
    var sections = [Section(key: nil, label: "", lines: [], lineNumber: 1)]
    for (offset, line) in lines.enumerated() {
      let label = LabeledSections.bareLabel(line)
      if !label.isEmpty, let key = classify(label) {
        sections.append(Section(key: key, label: label, lines: [], lineNumber: offset + 1))
      } else {
        sections[sections.count - 1].lines.append(line)
      }
    }
    self.sections = sections
  }

  /// The line without a leading list dash and a trailing colon.
  static func bareLabel(_ line: String) -> String {
    var text = Substring(line)
    if text.hasPrefix("- ") { text = text.dropFirst(2) }
    while text.hasSuffix(":") { text = text.dropLast() }
    return Prose.squeeze(String(text))
  }

  /// The text before the first label.
  var preamble: Section { sections[0] }

  /// The first section with `key`.
  func first(_ key: String) -> Section? {
    sections.first { $0.key == key }
  }

  /// The non-blank lines of the first section with `key`, or [] when absent.
  func content(_ key: String) -> [String] {
    first(key)?.content ?? []
  }

  /// Every section with `key`.
  func all(_ key: String) -> [Section] {
    sections.filter { $0.key == key }
  }
}
