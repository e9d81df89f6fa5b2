import Foundation

/// Record values in the words that every renderer uses, so a summary, a comparison and a table
/// never disagree about how a fact is written.
public enum FactText {
  /// "Phase 1/Phase 2", "Early phase 1", "Not applicable"; nil when no phase is stated.
  public static func phases(_ phases: [Phase]) -> String? {
    guard !phases.isEmpty else { return nil }
    return phases.map(phase).joined(separator: "/")
  }

  /// "Phase 2", "Early phase 1", "Not applicable".
  public static func phase(_ phase: Phase) -> String {
    switch phase {
    case .earlyPhase1: "Early phase 1"
    case .phase1: "Phase 1"
    case .phase2: "Phase 2"
    case .phase3: "Phase 3"
    case .phase4: "Phase 4"
    case .notApplicable: "Not applicable"
    }
  }

  /// A vocabulary code in words: "not-yet-recruiting" → "not yet recruiting".
  public static func words(_ code: String?) -> String? {
    code.map { $0.replacingOccurrences(of: "-", with: " ") }
  }

  /// "240 (estimated)", "32".
  public static func enrollment(_ enrollment: Enrollment?) -> String? {
    guard let enrollment else { return nil }
    return "\(enrollment.count)" + (enrollment.type.map { " (\($0))" } ?? "")
  }

  /// "18 to 65 years", "18 years and older", "up to 65 years"; nil when open at both ends.
  public static func ages(_ ages: AgeRange) -> String? {
    switch (ages.min, ages.max) {
    case (nil, nil): nil
    case (let low?, let high?): "\(low) to \(high) years"
    case (let low?, nil): "\(low) years and older"
    case (nil, let high?): "up to \(high) years"
    }
  }

  /// "accepted", "not accepted".
  public static func healthyVolunteers(_ value: Bool?) -> String? {
    value.map { $0 ? "accepted" : "not accepted" }
  }

  /// "none (open label)", "double".
  public static func masking(_ value: String?) -> String? {
    value == "none" ? "none (open label)" : value
  }

  /// "1.5×10⁶ cells/kg", "2×10⁸ cells", or the stated words when no number was read.
  public static func dose(_ dose: Dose) -> String {
    if let perKg = dose.cellsPerKg { return scientific(perKg) + " cells/kg" }
    if let cells = dose.cells { return scientific(cells) + " cells" }
    return dose.text
  }

  /// 1500000 → "1.5×10⁶"; values under 1000 as plain numbers.
  public static func scientific(_ value: Double) -> String {
    guard value.isFinite, value >= 1000 else { return plain(value) }
    let exponent = Int(log10(value).rounded(.down))
    let mantissa = value / pow(10, Double(exponent))
    let superscripts: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
    let power = String(String(exponent).compactMap { $0.wholeNumberValue.map { superscripts[$0] } })
    let head = plain((mantissa * 100).rounded() / 100)
    return head + "×10" + power
  }

  /// A number without a needless fraction: 1500000 → "1500000", 2.5 → "2.5".
  public static func plain(_ value: Double) -> String {
    JSONValue.format(value)
  }

  /// "Jinling Hospital — Nanjing, Jiangsu, China".
  public static func site(_ site: Site) -> String {
    let place = [site.city, site.region, site.country].compactMap { $0 }.joined(separator: ", ")
    return [site.facility, place.isEmpty ? nil : place].compactMap { $0 }.joined(separator: " — ")
  }

  /// "Hong-Liang He, Master (Contact) · 86-20-85253372 · hehongliang0925@sina.com".
  public static func contact(_ contact: Contact) -> String {
    let name = contact.name + (contact.role.map { " (\($0))" } ?? "")
    return ([name] + [contact.phone, contact.email].compactMap { $0 }).joined(separator: " · ")
  }

  /// "NCT05871463 · recruiting · Phase 2 — Effect of …".
  public static func related(_ trial: RelatedTrial) -> String {
    let head = [trial.id, words(trial.status?.rawValue), phases(trial.phases)].compactMap { $0 }
    return head.joined(separator: " · ") + (trial.title.map { " — \($0)" } ?? "")
  }

  /// "seeds/000_….txt (medpath)".
  public static func source(_ source: SourceReference) -> String {
    "\(source.path) (\(source.format.rawValue))"
  }

  /// The id followed by the record's other identifiers: "NCT01724697 · 20120912-1".
  public static func ids(_ trial: Trial) -> String {
    ([trial.id] + trial.registryIds.filter { $0 != trial.id }).joined(separator: " · ")
  }

  /// "group 1: 4 infusions, once every 4 days".
  public static func schedule(_ schedule: Schedule) -> String {
    (schedule.group.map { "\($0): " } ?? "") + schedule.text
  }

  /// `shown` followed by the phrase of the evidence for `field` (and `value`, when given), for
  /// facts that enrichment read from prose: `randomized — "…randomly assigned…" (description)`.
  public static func evidenced(_ shown: String?, field: String, value: String? = nil, in trial: Trial) -> String? {
    guard let shown else { return nil }
    guard let found = trial.evidence.first(where: { $0.field == field && (value == nil || $0.value == value) }) else {
      return shown
    }
    return Finding(value: shown, phrase: found.phrase, location: found.location).text
  }
}
