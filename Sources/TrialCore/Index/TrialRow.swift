/// What the list shows of a trial, read from the index's columns without loading the record.
public struct TrialRow: Sendable, Equatable {
  /// Registry id or file stem.
  public var id: String
  /// Title.
  public var title: String
  /// Lead sponsor.
  public var sponsor: String?
  /// Phases, ascending.
  public var phases: [Phase]
  /// Recruitment status.
  public var status: TrialStatus?
  /// Routes over all arms.
  public var routes: [Route]
  /// Cell sources.
  public var cellSources: [CellSource]
  /// Cell origin.
  public var origin: CellOrigin?
  /// Enrollment count.
  public var enrollment: Int?
  /// Study type.
  public var studyType: StudyType?
  /// Sex.
  public var sex: Sex?
  /// Countries of the sites.
  public var countries: [String]
  /// Whether the trial is stem-cell therapy for liver disease.
  public var isTopic: Bool

  /// The row of a record.
  public init(_ trial: Trial) {
    id = trial.id
    title = trial.title
    sponsor = trial.sponsor
    phases = trial.phases
    status = trial.status
    routes = trial.routes
    cellSources = trial.cellSources
    origin = trial.origin
    enrollment = trial.enrollment?.count
    studyType = trial.studyType
    sex = trial.sex
    var countries: [String] = []
    for site in trial.locations {
      if let country = site.country, !countries.contains(country) { countries.append(country) }
    }
    self.countries = countries
    isTopic = TopicClassifier.isTopic(trial)
  }

  /// A row from its parts.
  public init(
    id: String, title: String, sponsor: String?, phases: [Phase], status: TrialStatus?, routes: [Route],
    cellSources: [CellSource], origin: CellOrigin?, enrollment: Int?, studyType: StudyType?, sex: Sex?,
    countries: [String], isTopic: Bool
  ) {
    self.id = id
    self.title = title
    self.sponsor = sponsor
    self.phases = phases
    self.status = status
    self.routes = routes
    self.cellSources = cellSources
    self.origin = origin
    self.enrollment = enrollment
    self.studyType = studyType
    self.sex = sex
    self.countries = countries
    self.isTopic = isTopic
  }
}
