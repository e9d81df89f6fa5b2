import Foundation

/// Reads a table of related trials saved as text: rows of status | "NCT… - title" | phase,
/// whose cells may be spread over several lines. A last row without its phase cell and closing
/// bars was cut off.
struct RelatedTrialsTable {
  private(set) var trials: [RelatedTrial] = []
  private(set) var warnings: [String] = []

  init(lines: [String]) {
    let text = lines.filter { $0.range(of: #"^[\s|\-:]*$"#, options: .regularExpression) == nil || $0.contains("|") }
      .joined(separator: "\n")
    // Cells are what lies between bars; a separator row (---|---) is not a cell.
    let cells = text.split(separator: "|", omittingEmptySubsequences: false).map {
      Prose.squeeze(String($0))
    }
    var row: (status: TrialStatus?, id: String, title: String?, barsAfterId: Int, phases: [Phase])?
    func finish() {
      guard let done = row else { return }
      trials.append(RelatedTrial(id: done.id, title: done.title, status: done.status, phases: done.phases))
      if done.barsAfterId < 2 {
        warnings.append("the related-trials table is cut off at \(done.id)")
      }
      row = nil
    }
    var pendingStatus: TrialStatus?
    for (index, cell) in cells.enumerated() {
      let isLast = index == cells.count - 1
      if cell.allSatisfy({ $0 == "-" || $0 == ":" }) && !cell.isEmpty { continue }
      if let match = cell.firstMatch(of: /^(NCT\d{8})\s*[-–—:]?\s*(.*)$/) {
        finish()
        let title = Prose.value(String(match.output.2))
        row = (pendingStatus, String(match.output.1), title.map(Prose.unescapeMarkdown), 0, [])
        pendingStatus = nil
        if !isLast { row?.barsAfterId = 1 }
        continue
      }
      if let status = TrialStatus(registryText: cell) {
        finish()
        pendingStatus = status
        continue
      }
      guard row != nil else { continue }
      if !isLast { row?.barsAfterId += 1 }
      let phases = Phase.parseList(cell)
      if !phases.isEmpty, row?.phases.isEmpty == true { row?.phases = phases }
    }
    finish()
  }
}
