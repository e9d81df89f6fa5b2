/// The evidence table a systematic reviewer extracts: one row per trial (or per arm), the
/// columns in `columns`, lists joined with "; ", absent values as empty cells. Values keep the
/// record's exact text; enumerations use the JSON contract's vocabulary.
public enum EvidenceTable {
  /// The columns of the per-trial table.
  public static let columns = [
    "id", "title", "sponsor", "countries", "status", "phases", "study_type", "allocation", "model", "masking",
    "enrollment", "enrollment_type", "ages", "sex", "conditions", "cell_source", "origin", "dose_per_kg",
    "dose_stated", "infusions", "routes", "control_type", "primary_outcomes", "primary_time_frames",
    "secondary_outcomes", "follow_up", "warnings", "source",
  ]

  /// The columns of the per-arm table: the arm's label and type after the title.
  public static let perArmColumns = Array(columns[0...1]) + ["arm", "arm_type"] + Array(columns[2...])

  /// The table as CSV, a header row first.
  public static func csv(_ trials: [Trial], perArm: Bool = false) -> String {
    CSVWriter.document([perArm ? perArmColumns : columns] + rows(trials, perArm: perArm))
  }

  /// The rows, in column order.
  public static func rows(_ trials: [Trial], perArm: Bool = false) -> [[String]] {
    trials.flatMap { trial -> [[String]] in
      let profiles = ArmProfile.profiles(of: trial)
      guard perArm else { return [row(trial, arm: nil, profiles: profiles)] }
      return profiles.map { row(trial, arm: $0, profiles: [$0]) }
    }
  }

  private static func row(_ trial: Trial, arm: ArmProfile?, profiles: [ArmProfile]) -> [String] {
    let doses = unique(profiles.flatMap { $0.doses.map(\.dose) })
    let schedules = profiles.flatMap { $0.schedules.map(\.schedule) }
    // The whole-trial row takes the record's own values; an arm row what its arm states.
    let routes = (arm?.routeCodes ?? trial.routes).map(\.rawValue)
    let cells = (arm?.cellSourceCodes ?? trial.cellSources).map(\.rawValue)
    let origin = arm == nil ? trial.origin?.rawValue : arm?.originCode?.rawValue
    var values: [String] = [trial.id, trial.title]
    if let arm { values += [arm.label ?? "", arm.type.map(code) ?? ""] }
    values += [
      trial.sponsor ?? "", join(unique(trial.locations.compactMap(\.country))), trial.status?.rawValue ?? "",
      join(trial.phases.map(\.rawValue)), trial.studyType?.rawValue ?? "", trial.design.allocation ?? "",
      trial.design.model ?? "", trial.design.masking ?? "", trial.enrollment.map { String($0.count) } ?? "",
      trial.enrollment?.type ?? "",
      FactText.ages(trial.ages).map { $0.replacingOccurrences(of: " years", with: "") } ?? "",
      trial.sex?.rawValue ?? "", join(trial.conditions), join(cells), origin ?? "",
      join(doses.compactMap { $0.cellsPerKg.map(FactText.plain) }), join(doses.map(\.text)),
      join(schedules.compactMap { $0.infusions.map(String.init) }), join(routes),
      ControlArmExtractor.find(in: trial)?.text ?? "", join(trial.outcomes.primary.map(\.measure)),
      join(trial.outcomes.primary.map { $0.timeFrame ?? "not stated" }), join(trial.outcomes.secondary.map(\.measure)),
      FollowUpExtractor.find(in: trial)?.text ?? "", join(trial.warnings), trial.source.path,
    ]
    return values
  }

  private static func join(_ items: [String]) -> String { items.joined(separator: "; ") }

  private static func unique<T: Equatable>(_ items: [T]) -> [T] {
    items.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
  }

  /// "active comparator" → "active-comparator".
  private static func code(_ words: String) -> String { words.replacingOccurrences(of: " ", with: "-") }
}
