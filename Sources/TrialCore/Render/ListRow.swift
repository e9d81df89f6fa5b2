/// One line per trial for `list`: id, phases, status, route badges, cell source, enrollment,
/// title — cut to the width.
public enum ListRow {
  /// The row, at most `width` columns, safe for a terminal.
  public static func render(_ row: TrialRow, width: Int) -> String {
    let columns = [
      pad(row.id, 20), pad(phases(row), 7), pad(row.status?.rawValue ?? "—", 22), pad(routeBadges(row.routes), 7),
      pad(row.cellSources.isEmpty ? "—" : row.cellSources.map(\.rawValue).joined(separator: ","), 22),
      pad(row.enrollment.map(String.init) ?? "—", 6), oneLine(row.title),
    ]
    return DisplayWidth.prefix(columns.joined(separator: " "), fitting: width)
  }

  /// Column names for `tsv`.
  public static let tsvHeader = "id\tphases\tstatus\troutes\tcell_sources\torigin\tenrollment\tcountries\ttitle"

  /// One tab-separated line; tabs and newlines inside values become spaces.
  public static func tsv(_ row: TrialRow) -> String {
    let fields = [
      row.id, row.phases.map(\.rawValue).joined(separator: ","), row.status?.rawValue ?? "",
      row.routes.map(\.rawValue).joined(separator: ","), row.cellSources.map(\.rawValue).joined(separator: ","),
      row.origin?.rawValue ?? "", row.enrollment.map(String.init) ?? "", row.countries.joined(separator: ","),
      row.title,
    ]
    return fields.map(oneLine).joined(separator: "\t")
  }

  /// "HA", "HA+PV", or "—" when no route is known.
  public static func routeBadges(_ routes: [Route]) -> String {
    routes.isEmpty ? "—" : routes.map(\.badge).joined(separator: "+")
  }

  /// "P1/P2", or "—".
  public static func phases(_ row: TrialRow) -> String {
    row.phases.isEmpty
      ? "—" : row.phases.map { $0.rawValue.replacingOccurrences(of: "phase", with: "P") }.joined(separator: "/")
  }

  /// Safe for a terminal and on one line: a line break in a value must not start a new row.
  private static func oneLine(_ text: String) -> String {
    SafeText.clean(text).replacingOccurrences(of: "\n", with: " ")
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    let clean = DisplayWidth.prefix(oneLine(text), fitting: width)
    return clean + String(repeating: " ", count: max(0, width - DisplayWidth.of(clean)))
  }
}
