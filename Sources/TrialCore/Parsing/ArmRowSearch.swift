/// Recovers the rows of an arm table whose cells were glued into one run of words.
///
/// MedPath lists one row per (group, intervention) pair: group label, intervention name, group
/// description. Intervention names are known from the Interventions list; labels and
/// descriptions are not, and may even equal an intervention name. The search cuts the words
/// into (label, known intervention, description) rows in which a label always carries the same
/// description and no (label, intervention) pair repeats, and keeps the cut that leaves the
/// fewest words unexplained: every word is an intervention name, or a label or description
/// that repeats one already seen, or new text, and new text is what the cut costs.
struct ArmRowSearch {
  /// A run of words, as a range of word indexes.
  struct Span: Equatable {
    var start: Int
    var end: Int
    var count: Int { end - start }
  }

  struct Group {
    var label: Span
    var description: Span
  }

  struct Row: Equatable {
    var label: Span
    var intervention: Int
    var description: Span
  }

  private let words: [String]
  /// Each word as a small integer (case-folded), so spans compare quickly.
  private let ids: [Int]
  private let names: [String]
  /// For each name index, the first index with the same name (a name is matched in several
  /// written forms), so rows compare names as integers.
  private let nameKeys: [Int]
  /// (name index, length in words) of every known name starting at a word index.
  private let namesAt: [[(name: Int, length: Int)]]
  /// Whether a row can start at a word index: the end of the text, or a place followed (after
  /// a label of some words) by a known name.
  private let rowStarts: [Bool]
  private var budget = 400_000
  private var best: (cost: Int, rows: [Row])?
  private var costLimit = Int.max

  /// `interventions` are matched as written and with their type prefix ("Biological: …").
  init(text: String, interventions: [Intervention]) {
    words = text.split(separator: " ").map(String.init)
    var table: [String: Int] = [:]
    func id(_ word: Substring) -> Int {
      let key = word.lowercased()
      if let known = table[key] { return known }
      table[key] = table.count
      return table.count - 1
    }
    ids = words.map { id(Substring($0)) }
    var forms: [(name: String, form: String)] = []
    for intervention in interventions {
      forms.append((intervention.name, intervention.name))
      for typeName in Intervention.typeNames where Intervention.type(from: typeName) == intervention.type {
        forms.append((intervention.name, "\(typeName): \(intervention.name)"))
      }
    }
    names = forms.map(\.name)
    nameKeys = names.map { name in forms.firstIndex { $0.name == name } ?? 0 }
    let nameIds = forms.map { $0.form.split(separator: " ").map(id) }
    var namesAt: [[(name: Int, length: Int)]] = Array(repeating: [], count: words.count + 1)
    for index in 0..<words.count {
      for (nameIndex, parts) in nameIds.enumerated() where !parts.isEmpty && index + parts.count <= words.count {
        if Array(ids[index..<(index + parts.count)]) == parts { namesAt[index].append((nameIndex, parts.count)) }
      }
    }
    self.namesAt = namesAt
    let count = words.count
    rowStarts = (0...count).map { index in
      index == count || ((index + 1)..<min(count, index + 24)).contains { !namesAt[$0].isEmpty }
    }
  }

  /// The rows of the cheapest complete cut, or nil when there is none.
  mutating func run() -> [(label: String, intervention: String, description: String)]? {
    guard words.count >= 3, namesAt.contains(where: { !$0.isEmpty }) else { return nil }
    // Deepen the cost limit step by step: cheap cuts are found without wading through
    // expensive ones first.
    for limit in [16, 32, 48, 64, 96, 128, 192, words.count + 1] where best == nil && budget > 0 {
      costLimit = limit
      var rows: [Row] = []
      var groups: [Group] = []
      search(from: 0, rows: &rows, groups: &groups, cost: 0)
    }
    return best?.rows.map { (text($0.label), names[$0.intervention], text($0.description)) }
  }

  private func text(_ span: Span) -> String { words[span.start..<span.end].joined(separator: " ") }

  private func same(_ a: Span, _ b: Span) -> Bool {
    guard a.count == b.count else { return false }
    for offset in 0..<a.count where ids[a.start + offset] != ids[b.start + offset] { return false }
    return true
  }

  /// Depth-first, branch and bound on the number of new words. `groups` holds each distinct
  /// label of `rows` once, with its description, and grows and shrinks with them.
  private mutating func search(from start: Int, rows: inout [Row], groups: inout [Group], cost: Int) {
    budget -= 1
    guard budget > 0, cost < min(best?.cost ?? .max, costLimit) else { return }
    if start == words.count {
      if !rows.isEmpty { best = (cost, rows) }
      return
    }
    // A known group: its label, a name, then its own description again (costs nothing).
    for group in groups where start + group.label.count <= words.count {
      let label = Span(start: start, end: start + group.label.count)
      guard same(label, group.label) else { continue }
      for (name, length) in namesAt[label.end] {
        let key = nameKeys[name]
        guard !rows.contains(where: { nameKeys[$0.intervention] == key && same($0.label, label) }) else { continue }
        let description = Span(start: label.end + length, end: label.end + length + group.description.count)
        guard description.end <= words.count, same(description, group.description) else { continue }
        rows.append(Row(label: label, intervention: name, description: description))
        search(from: description.end, rows: &rows, groups: &groups, cost: cost)
        rows.removeLast()
      }
    }
    // A new group: any label that ends where a name starts, any description after the name.
    for labelEnd in (start + 1)..<min(words.count, start + 24) where !namesAt[labelEnd].isEmpty {
      let label = Span(start: start, end: labelEnd)
      guard !groups.contains(where: { same($0.label, label) }) else { continue }
      for (name, length) in namesAt[labelEnd] where labelEnd + length <= words.count {
        let descriptionStart = labelEnd + length
        // An arm without a description leaves its cell empty.
        for end in descriptionStart...min(words.count, descriptionStart + 60) where rowStarts[end] {
          let added = label.count + (end - descriptionStart)
          guard cost + added < min(best?.cost ?? .max, costLimit) else { break }
          let description = Span(start: descriptionStart, end: end)
          rows.append(Row(label: label, intervention: name, description: description))
          groups.append(Group(label: label, description: description))
          search(from: end, rows: &rows, groups: &groups, cost: cost + added)
          groups.removeLast()
          rows.removeLast()
          if budget <= 0 { return }
        }
      }
    }
  }
}
