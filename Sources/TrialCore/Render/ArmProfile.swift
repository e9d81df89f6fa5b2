/// What one arm gives — cell source, origin, dose, schedule, route — each value with the phrase
/// it was read from. A record without an arm table gets one profile for the whole record.
public struct ArmProfile: Sendable, Equatable {
  /// The arm's label; nil for the whole-record profile of a record without arms.
  public var label: String?
  /// The arm's type in words ("active comparator"); nil when not stated.
  public var type: String?
  /// The arm's description.
  public var description: String?
  /// Names of the interventions the arm receives.
  public var interventions: [String] = []
  /// Cell sources named for this arm.
  public var cellSources: [Finding] = []
  /// Autologous or allogeneic.
  public var origin: [Finding] = []
  /// Doses, with the numbers kept for tables.
  public var doses: [(dose: Dose, finding: Finding)] = []
  /// Number of administrations and interval.
  public var schedules: [(schedule: Schedule, finding: Finding)] = []
  /// Routes of administration.
  public var routes: [Finding] = []

  /// The cell sources as contract codes, in `cellSources` order.
  public var cellSourceCodes: [CellSource] = []
  /// The origin as a contract code.
  public var originCode: CellOrigin?
  /// The routes as contract codes, in `routes` order.
  public var routeCodes: [Route] = []

  /// The dose findings.
  public var doseFindings: [Finding] { doses.map(\.finding) }
  /// The schedule findings.
  public var scheduleFindings: [Finding] { schedules.map(\.finding) }

  public static func == (lhs: ArmProfile, rhs: ArmProfile) -> Bool {
    lhs.label == rhs.label && lhs.type == rhs.type && lhs.description == rhs.description
      && lhs.interventions == rhs.interventions && lhs.cellSources == rhs.cellSources && lhs.origin == rhs.origin
      && lhs.doseFindings == rhs.doseFindings && lhs.scheduleFindings == rhs.scheduleFindings
      && lhs.routes == rhs.routes && lhs.cellSourceCodes == rhs.cellSourceCodes && lhs.originCode == rhs.originCode
      && lhs.routeCodes == rhs.routeCodes
  }

  /// One profile per arm, or one for the whole record when it lists no arms.
  public static func profiles(of trial: Trial) -> [ArmProfile] {
    let sources = EvidenceSource.all(in: trial)
    guard !trial.arms.isEmpty else { return [wholeRecord(trial, sources: sources)] }
    return trial.arms.enumerated().map { index, arm in
      let own = sources.filter { $0.armIndex == index }
      let text = own.map(\.text).joined(separator: ". ")
      var profile = ArmProfile(
        label: arm.label, type: FactText.words(arm.type), description: arm.description, interventions: arm.interventions
      )
      let cells = CellSourceExtractor.find(in: own)
      profile.cellSources = cells.map { Finding(value: $0.source.displayName, phrase: $0.phrase) }
      profile.cellSourceCodes = cells.map(\.source)
      let origin = CellSourceExtractor.origin(in: own, cells: cells)
      profile.originCode = origin.origin
      if let value = origin.origin {
        profile.origin = [originFinding(value, phrase: origin.phrase, location: nil)]
      }
      for sentence in BackgroundFilter.foreground(text) {
        for dose in DoseExtractor.find(in: sentence) where !profile.doses.contains(where: { $0.dose == dose }) {
          profile.doses.append((dose, Finding(value: FactText.dose(dose), phrase: dose.text)))
        }
      }
      profile.schedules = ScheduleExtractor.find(in: text).map {
        ($0, Finding(value: FactText.schedule($0), phrase: $0.phrase))
      }
      let phrases = RouteExtractor.find(in: text)
      profile.routeCodes = arm.routes
      profile.routes = arm.routes.map { route in
        Finding(value: route.displayName, phrase: phrases.first { $0.route == route }?.phrase)
      }
      return profile
    }
  }

  /// The record's overall values, each with its first piece of evidence and where it stands.
  private static func wholeRecord(_ trial: Trial, sources: [EvidenceSource]) -> ArmProfile {
    func evidence(_ field: String, _ value: String) -> Evidence? {
      trial.evidence.first { $0.field == field && $0.value == value }
    }
    var profile = ArmProfile(interventions: trial.interventions.map(\.name))
    profile.cellSourceCodes = trial.cellSources
    profile.originCode = trial.origin
    profile.routeCodes = trial.routes
    profile.cellSources = trial.cellSources.map { source in
      let found = evidence("cellSource", source.rawValue)
      return Finding(value: source.displayName, phrase: found?.phrase, location: found?.location)
    }
    if let origin = trial.origin {
      let found = evidence("origin", origin.rawValue)
      profile.origin = [originFinding(origin, phrase: found?.phrase, location: found?.location)]
    }
    profile.doses = trial.doses.map { dose in
      (dose, Finding(value: FactText.dose(dose), phrase: dose.text, location: evidence("dose", dose.text)?.location))
    }
    for source in sources {
      for schedule in ScheduleExtractor.find(in: source.text)
      where !profile.schedules.contains(where: { $0.schedule == schedule }) {
        profile.schedules.append(
          (schedule, Finding(value: FactText.schedule(schedule), phrase: schedule.phrase, location: source.location)))
      }
    }
    profile.routes = trial.routes.map { route in
      let found = evidence("route", route.rawValue)
      return Finding(value: route.displayName, phrase: found?.phrase, location: found?.location)
    }
    return profile
  }

  /// An origin that the words do not state but the cell source implies says so.
  private static func originFinding(_ origin: CellOrigin, phrase: String?, location: String?) -> Finding {
    let stated = phrase.map { $0.lowercased().contains("autolog") || $0.lowercased().contains("allogen") } ?? true
    let value = origin.rawValue + (stated ? "" : " (implied by the cell source)")
    return Finding(value: value, phrase: phrase, location: location)
  }
}
