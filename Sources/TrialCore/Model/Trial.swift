/// One clinical trial as livertrials understands it: what the source states, what enrichment
/// inferred (with evidence), and what a careful reader should be warned about.
///
/// The JSON shape is the contract in `shared/spec/trial-json.md`; see `Trial+Codable.swift`.
public struct Trial: Sendable, Equatable {
  /// The registry id when the record states one for this trial, else the source file's stem.
  public var id: String
  /// Every identifier of this trial that the record states.
  public var registryIds: [String] = []
  /// Brief title, or the official title when no brief title is stated.
  public var title: String
  /// The official (scientific) title, when stated.
  public var officialTitle: String?
  /// Where the record came from and which layout was recognised.
  public var source: SourceReference
  /// Lead sponsor.
  public var sponsor: String?
  /// Overall recruitment status.
  public var status: TrialStatus?
  /// Phases, in ascending order.
  public var phases: [Phase] = []
  /// Interventional, observational or expanded access.
  public var studyType: StudyType?
  /// Allocation, model, masking and purpose.
  public var design = StudyDesign()
  /// Conditions as the registry lists them.
  public var conditions: [String] = []
  /// Interventions with their registry type.
  public var interventions: [Intervention] = []
  /// The cells that are given (inferred; see `evidence`).
  public var cellSources: [CellSource] = []
  /// Autologous or allogeneic (inferred; see `evidence`).
  public var origin: CellOrigin?
  /// Routes of administration over all arms (inferred; see `evidence`).
  public var routes: [Route] = []
  /// Cell doses read from the intervention text.
  public var doses: [Dose] = []
  /// Planned or actual enrollment.
  public var enrollment: Enrollment?
  /// Sexes eligible.
  public var sex: Sex?
  /// Eligible ages in years.
  public var ages = AgeRange()
  /// Whether healthy volunteers are accepted.
  public var healthyVolunteers: Bool?
  /// Inclusion and exclusion criteria, one per element.
  public var eligibility = Eligibility()
  /// Arms or groups.
  public var arms: [Arm] = []
  /// Primary and secondary outcome measures.
  public var outcomes = Outcomes()
  /// Distinct sites.
  public var locations: [Site] = []
  /// People to contact and investigators.
  public var contacts: [Contact] = []
  /// Other trials that the page lists beside this one.
  public var related: [RelatedTrial] = []
  /// Notes about the record's quality.
  public var warnings: [String] = []
  /// The brief summary, when stated.
  public var summary: String?
  /// The detailed description, when stated.
  public var detailedDescription: String?
  /// The phrases that inferred values were read from.
  public var evidence: [Evidence] = []
  /// Every document this record was read from (several when sources were merged by id).
  public var sources: [SourceReference] = []
  /// Values that the sources disagree on, each with its source; the record keeps the chosen one.
  public var conflicts: [Conflict] = []
  /// When the registry last updated the record (ISO date), when known.
  public var lastUpdated: String?

  /// Creates a record with the facts every record has; everything else starts absent.
  public init(id: String, title: String, source: SourceReference) {
    self.id = id
    self.title = title
    self.source = source
    self.sources = [source]
  }
}
