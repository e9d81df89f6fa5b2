/// One line per trial for `list`: id, phases, status, route badges, cell source, enrollment,
/// title — cut to the width.
public enum ListRow {
  /// The row, at most `width` columns, safe for a terminal.
  public static func render(_ trial: Trial, width: Int) -> String {
    let phases = trial.phases.map { $0.rawValue.replacingOccurrences(of: "phase", with: "P") }.joined(separator: "/")
    let routes = trial.routes.isEmpty ? "—" : trial.routes.map(\.badge).joined(separator: "+")
    let cells = trial.cellSources.map(\.rawValue).joined(separator: ",")
    let columns = [
      pad(trial.id, 20), pad(phases.isEmpty ? "—" : phases, 7), pad(trial.status?.rawValue ?? "—", 22),
      pad(routes, 7), pad(cells.isEmpty ? "—" : cells, 22), pad(trial.enrollment.map { "\($0.count)" } ?? "—", 6),
      SafeText.clean(trial.title),
    ]
    return DisplayWidth.prefix(columns.joined(separator: " "), fitting: width)
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    let clean = DisplayWidth.prefix(SafeText.clean(text), fitting: width)
    return clean + String(repeating: " ", count: max(0, width - DisplayWidth.of(clean)))
  }
}
