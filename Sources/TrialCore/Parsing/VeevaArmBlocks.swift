/// Reads Veeva's arm blocks: a label line, "<Type> group", then "Description:" and
/// "Treatment:" parts.
enum VeevaArmBlocks {
  static func parse(_ lines: [String]) -> [Arm] {
    var arms: [Arm] = []
    var part = ""
    var description: [String] = []
    func finish() {
      guard !arms.isEmpty else { return }
      if !description.isEmpty {
        arms[arms.count - 1].description = Prose.unescapeMarkdown(description.joined(separator: " "))
      }
      description = []
    }
    for (index, line) in lines.enumerated() {
      let next = index + 1 < lines.count ? lines[index + 1] : ""
      if let type = groupType(next), groupType(line) == nil {
        finish()
        arms.append(Arm(label: Prose.unescapeMarkdown(line), type: type))
        part = "head"
        continue
      }
      if groupType(line) != nil, part == "head" { continue }
      let bare = LabeledSections.bareLabel(line).lowercased()
      if bare == "description" {
        part = "description"
        continue
      }
      if bare == "treatment" || bare == "treatments" {
        part = "treatment"
        continue
      }
      guard !arms.isEmpty else { continue }
      switch part {
      case "description": description.append(line)
      case "treatment":
        let name = Intervention.fromLabelled(Prose.unescapeMarkdown(line)).name
        if !arms[arms.count - 1].interventions.contains(name) { arms[arms.count - 1].interventions.append(name) }
      default: description.append(line)
      }
    }
    finish()
    return arms
  }

  /// "Experimental group" → `experimental`; nil for any other line.
  static func groupType(_ line: String) -> String? {
    guard line.lowercased().hasSuffix(" group") else { return nil }
    return Arm.type(from: String(line.dropLast(" group".count)))
  }
}
