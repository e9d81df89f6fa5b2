import Foundation

/// Reads MedPath's "Arm && Interventions" table after saving as text has glued its cells
/// together ("Group Intervention Description label name description label name …").
///
/// `ArmRowSearch` recovers the (group, intervention, description) rows. When no cut exists, a
/// single-group trial gets one arm with every intervention and each distinct description, and
/// anything else gets no arms and a warning.
struct MedPathArmTable {
  private(set) var arms: [Arm] = []
  private(set) var warnings: [String] = []

  private static let armTypes = [
    "Experimental", "Active Comparator", "Placebo Comparator", "Sham Comparator", "No Intervention", "Other",
  ]

  init(text: String, interventions: [Intervention], singleGroup: Bool) {
    var body = Prose.unescapeMarkdown(Prose.squeeze(text))
    for header in ["Group Intervention Description", "Participant Group/Arm Intervention/Treatment"]
    where body.hasPrefix(header) {
      body = Prose.squeeze(String(body.dropFirst(header.count)))
    }
    guard !body.isEmpty else { return }
    var search = ArmRowSearch(text: body, interventions: interventions)
    if let rows = search.run() {
      let order = interventions.map(\.name)
      arms = Self.arms(from: rows).map { arm in
        var arm = arm
        // List an arm's interventions in the order of the Interventions section.
        arm.interventions.sort { (order.firstIndex(of: $0) ?? .max) < (order.firstIndex(of: $1) ?? .max) }
        return arm
      }
      if singleGroup && arms.count > 1 {
        warnings.append("the design says single group but the arm table lists \(arms.count) groups")
      }
      return
    }
    let names = interventions.map(\.name).sorted { $0.count > $1.count }
    let segments = Self.segments(body, names: names)
    let descriptions = Self.descriptions(in: segments, names: names)
    if singleGroup || descriptions.count <= 1 {
      let label = segments.first { $0.isIntervention }?.text ?? descriptions.first ?? body
      arms = [
        Arm(
          label: label,
          description: descriptions.isEmpty ? nil : descriptions.joined(separator: " "),
          interventions: names.filter { name in segments.contains { $0.isIntervention && $0.text == name } }
            .sortedByFirstAppearance(in: body)
        )
      ]
      warnings.append("the arm table lost its cell separators and was read as one group")
    } else {
      warnings.append("the arm table lost its cell separators and could not be split into arms")
    }
  }

  /// One arm per distinct label, in order of first appearance, with its interventions in row
  /// order; a label written "Experimental: …" gives the arm its type.
  private static func arms(from rows: [(label: String, intervention: String, description: String)]) -> [Arm] {
    var arms: [Arm] = []
    var labels: [String] = []
    for row in rows {
      if let index = labels.firstIndex(of: row.label) {
        if !arms[index].interventions.contains(row.intervention) { arms[index].interventions.append(row.intervention) }
        continue
      }
      labels.append(row.label)
      var arm = Arm(label: row.label, description: Prose.value(row.description), interventions: [row.intervention])
      if let type = armTypes.first(where: { row.label.hasPrefix($0 + ":") }) {
        arm.type = Arm.type(from: type)
        arm.label = Prose.squeeze(String(row.label.dropFirst(type.count + 1)))
      }
      arms.append(arm)
    }
    return arms
  }

  struct Segment: Equatable {
    var text: String
    var isIntervention: Bool
  }

  /// Cuts text into known intervention names (longest first, with or without a type prefix)
  /// and the free text between them.
  static func segments(_ text: String, names: [String]) -> [Segment] {
    var result: [Segment] = []
    var free = ""
    var rest = Substring(text)
    while !rest.isEmpty {
      if let (name, length) = match(rest, names: names) {
        if !Prose.squeeze(free).isEmpty { result.append(Segment(text: Prose.squeeze(free), isIntervention: false)) }
        free = ""
        result.append(Segment(text: name, isIntervention: true))
        rest = rest.dropFirst(length)
      } else {
        let word = rest.prefix { !$0.isWhitespace }
        let space = rest.dropFirst(word.count).prefix { $0.isWhitespace }
        free += word + space
        rest = rest.dropFirst(word.count + space.count)
      }
    }
    if !Prose.squeeze(free).isEmpty { result.append(Segment(text: Prose.squeeze(free), isIntervention: false)) }
    return result
  }

  private static func match(_ text: Substring, names: [String]) -> (String, Int)? {
    var body = text
    var prefixLength = 0
    if let colon = text.prefix(32).firstIndex(of: ":"), Intervention.type(from: String(text[..<colon])) != nil {
      let afterColon = text[text.index(after: colon)...]
      let trimmed = afterColon.drop { $0 == " " }
      prefixLength = text.distance(from: text.startIndex, to: trimmed.startIndex)
      body = trimmed
    }
    for name in names where !name.isEmpty && body.lowercased().hasPrefix(name.lowercased()) {
      let end = body.index(body.startIndex, offsetBy: name.count)
      if end == body.endIndex || !body[end].isLetter {
        let spaces = body[end...].prefix { $0.isWhitespace }.count
        return (name, prefixLength + name.count + spaces)
      }
    }
    return nil
  }

  /// Distinct free-text pieces, each with a trailing fragment of an intervention name (the
  /// next row's label run into it) cut off.
  static func descriptions(in segments: [Segment], names: [String]) -> [String] {
    var found: [String] = []
    for segment in segments where !segment.isIntervention {
      var words = segment.text.split(separator: " ").map(String.init)
      for cut in stride(from: 1, to: words.count, by: 1) {
        let tail = words[cut...].joined(separator: " ").lowercased()
        if words.count - cut >= 2, names.contains(where: { $0.lowercased().hasSuffix(tail) }) {
          words = Array(words[..<cut])
          break
        }
      }
      let text = words.joined(separator: " ")
      if words.count >= 4 && !found.contains(text) { found.append(text) }
    }
    return found
  }
}

extension Array where Element: Equatable {
  /// The elements in order, each once.
  func uniqued() -> [Element] {
    var seen: [Element] = []
    for element in self where !seen.contains(element) { seen.append(element) }
    return seen
  }
}

extension Array where Element == String {
  /// Sorted by where each string first occurs in `text`.
  func sortedByFirstAppearance(in text: String) -> [String] {
    let lower = text.lowercased()
    return sorted {
      (lower.range(of: $0.lowercased())?.lowerBound ?? lower.endIndex)
        < (lower.range(of: $1.lowercased())?.lowerBound ?? lower.endIndex)
    }
  }
}
