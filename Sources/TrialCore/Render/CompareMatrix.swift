/// Trials side by side: one column per trial, one row per fact a reviewer compares —
/// condition and stage, cells, dose, schedule, route per arm, control, enrollment, phase,
/// status, allocation, primary outcome, follow-up, warnings. Cells hold plain items (one per
/// line); the text, Markdown and CSV renderers lay them out.
public struct CompareMatrix: Sendable, Equatable {
  /// One fact across the trials.
  public struct Row: Sendable, Equatable {
    /// The row's label.
    public var label: String
    /// Per trial, the items of its cell; empty when the record does not state the fact.
    public var cells: [[String]]
  }

  /// The trials' ids, in column order.
  public var ids: [String]
  /// The trials' titles, in column order.
  public var titles: [String]
  /// The rows, in reading order.
  public var rows: [Row]

  /// The matrix for `trials`, in the order given.
  public init(_ trials: [Trial]) {
    ids = trials.map(\.id)
    titles = trials.map(\.title)
    let profiles = trials.map(ArmProfile.profiles)
    func row(_ label: String, _ cell: (Int, Trial) -> [String]) -> Row {
      Row(label: label, cells: trials.enumerated().map { cell($0.offset, $0.element) })
    }
    func perArm(_ index: Int, _ values: (ArmProfile) -> [String]) -> [String] {
      let arms = profiles[index]
      if arms.count == 1, arms[0].label == nil {
        let found = values(arms[0])
        return found.isEmpty ? [] : [found.joined(separator: ", ") + " (no arm table)"]
      }
      return arms.map { arm in
        let found = values(arm)
        return "\(arm.label ?? "all arms"): " + (found.isEmpty ? "—" : found.joined(separator: ", "))
      }
    }
    func unique(_ values: [String]) -> [String] {
      values.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }
    rows = [
      row("Condition/stage") { _, trial in
        trial.conditions + StageExtractor.find(in: trial).map { "stage: \($0.text)" }
      },
      row("Cell source") { index, _ in unique(profiles[index].flatMap { $0.cellSources.map(\.value) }) },
      row("Origin") { index, _ in unique(profiles[index].flatMap { $0.origin.map(\.value) }) },
      row("Dose") { index, _ in unique(profiles[index].flatMap { $0.doseFindings.map(\.value) }) },
      row("Schedule") { index, _ in unique(profiles[index].flatMap { $0.scheduleFindings.map(\.value) }) },
      row("Route (per arm)") { index, _ in perArm(index) { $0.routes.map(\.value) } },
      row("Control arm") { _, trial in ControlArmExtractor.find(in: trial).map { [$0.text] } ?? [] },
      row("Enrollment") { _, trial in FactText.enrollment(trial.enrollment).map { [$0] } ?? [] },
      row("Phase") { _, trial in FactText.phases(trial.phases).map { [$0] } ?? [] },
      row("Status") { _, trial in FactText.words(trial.status?.rawValue).map { [$0] } ?? [] },
      row("Allocation") { _, trial in
        guard let allocation = trial.design.allocation else { return [] }
        let inferred = trial.evidence.contains { $0.field == "allocation" }
        return [allocation + (inferred ? " (from the description)" : "")]
      },
      row("Primary outcome (time frame)") { _, trial in
        trial.outcomes.primary.map { $0.measure + " (\($0.timeFrame ?? "time frame not stated"))" }
      },
      row("Follow-up") { _, trial in
        FollowUpExtractor.find(in: trial).map { ["\($0.text) (\($0.location))"] } ?? []
      },
      row("Warnings") { _, trial in trial.warnings },
    ]
  }
}
