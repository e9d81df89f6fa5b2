/// Finds trials by id for commands that take ids.
public enum TrialLookup {
  /// The trial whose id or one of whose registry ids equals `id` (case-insensitive).
  public static func find(_ id: String, in trials: [Trial]) -> Trial? {
    let key = id.lowercased()
    return trials.first { $0.id.lowercased() == key }
      ?? trials.first { $0.registryIds.contains { $0.lowercased() == key } }
  }

  /// Up to three ids nearest to `id` by edit distance.
  public static func closest(to id: String, in trials: [Trial]) -> [String] {
    closest(to: id, among: trials.map(\.id))
  }

  /// Up to three of `ids` nearest to `id` by edit distance.
  public static func closest(to id: String, among ids: [String]) -> [String] {
    let key = Array(id.lowercased())
    return
      ids
      .map { ($0, distance(key, Array($0.lowercased()))) }
      .sorted { $0.1 < $1.1 }
      .prefix(3)
      .map(\.0)
  }

  private static func distance(_ a: [Character], _ b: [Character]) -> Int {
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    for (i, ca) in a.enumerated() {
      var current = [i + 1] + Array(repeating: 0, count: b.count)
      for (j, cb) in b.enumerated() {
        current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}
