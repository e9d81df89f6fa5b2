import Foundation

/// Identifiers found in an "Identifiers" or "Registration Number" block.
struct RegistryIds {
  /// The NCT id, when one is stated.
  var nct: String?
  /// Every id, NCT first, in order of appearance.
  var all: [String]

  /// NCT ids anywhere in `text`, in order, each once.
  static func nctIds(in text: String) -> [String] {
    var seen: [String] = []
    for match in text.matches(of: /NCT\d{8}/) where !seen.contains(String(match.output)) {
      seen.append(String(match.output))
    }
    return seen
  }

  /// Reads one id per line (or per comma); the first NCT id is the trial's.
  static func find(in text: String) -> RegistryIds {
    let nct = nctIds(in: text).first
    var all: [String] = nct.map { [$0] } ?? []
    for piece in text.split(whereSeparator: { $0 == "\n" || $0 == "," || $0 == ";" }) {
      let id = Prose.squeeze(String(piece))
      if !id.isEmpty && !all.contains(id) && id.count <= 64 { all.append(id) }
    }
    return RegistryIds(nct: nct, all: all)
  }
}
