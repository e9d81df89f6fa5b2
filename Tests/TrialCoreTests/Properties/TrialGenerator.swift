import TrialCore

/// Builds records with every field filled from a seeded generator: text with the characters
/// that trouble writers (quotes, backslashes, controls, bidi overrides, emoji, combining marks)
/// and numbers at the edges of their types.
struct TrialGenerator {
  var generator: SeededGenerator

  private static let pieces = [
    "cirrhosis", "MSC", "1x10^6 cells/kg", "\"quoted\"", "back\\slash", "tab\there", "line\nbreak", "cr\rreturn",
    "\u{0}", "\u{7}", "\u{1B}[31m", "\u{1B}]52;c;aGk=\u{7}", "\u{85}", "\u{9B}", "\u{202E}", "\u{2066}", "\u{2028}",
    "\u{FEFF}", "👩‍⚕️", "🇨🇳", "e\u{301}", "肝硬化", "", " ", "/", "\u{FFFD}", "\u{10FFFF}",
  ]

  private mutating func text() -> String {
    (0..<Int.random(in: 0...4, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator) ?? "" }
      .joined(separator: Bool.random(using: &generator) ? " " : "")
  }

  private mutating func optionalText() -> String? { Bool.random(using: &generator) ? text() : nil }

  private mutating func texts() -> [String] { (0..<Int.random(in: 0...3, using: &generator)).map { _ in text() } }

  private mutating func some<T>(_ make: (inout Self) -> T) -> [T] {
    (0..<Int.random(in: 0...3, using: &generator)).map { _ in make(&self) }
  }

  private mutating func pick<T: CaseIterable>(_: T.Type) -> T? {
    Bool.random(using: &generator) ? T.allCases.randomElement(using: &generator) : nil
  }

  private mutating func int() -> Int {
    [0, 1, -1, 42, Int.max, Int.min, Int(Int32.max) + 1].randomElement(using: &generator) ?? 0
  }

  /// Finite numbers only: JSON has no way to write infinity or NaN.
  private mutating func double() -> Double? {
    let edges: [Double?] = [
      nil, 0, -0.0, 1_000_000, 1.5e6, 0.1 + 0.2, 1e-300, 5e-324, .greatestFiniteMagnitude, -1e15, 1e15, 123_456.789,
      Double.random(in: 1...1e12, using: &generator),
    ]
    return edges.randomElement(using: &generator) ?? nil
  }

  mutating func trial() -> Trial {
    let source = SourceReference(path: text(), format: pick(Layout.self) ?? .fallback)
    var trial = Trial(id: text(), title: text(), source: source)
    trial.registryIds = texts()
    trial.officialTitle = optionalText()
    trial.sponsor = optionalText()
    trial.status = pick(TrialStatus.self)
    trial.phases = some { $0.pick(Phase.self) ?? .phase1 }
    trial.studyType = pick(StudyType.self)
    trial.design = StudyDesign()
    trial.design.allocation = optionalText()
    trial.design.model = optionalText()
    trial.design.masking = optionalText()
    trial.design.purpose = optionalText()
    trial.conditions = texts()
    trial.interventions = some {
      Intervention(type: $0.optionalText(), name: $0.text(), description: $0.optionalText())
    }
    trial.cellSources = some { $0.pick(CellSource.self) ?? .msc }
    trial.origin = pick(CellOrigin.self)
    trial.routes = some { $0.pick(Route.self) ?? .intrahepatic }
    trial.doses = some {
      Dose(
        cellsPerKg: $0.double(), cells: $0.double(), text: $0.text(), plausible: Bool.random(using: &$0.generator),
        note: $0.optionalText())
    }
    trial.enrollment = Bool.random(using: &generator) ? Enrollment(count: int(), type: optionalText()) : nil
    trial.sex = pick(Sex.self)
    trial.ages = AgeRange(
      min: Bool.random(using: &generator) ? int() : nil, max: Bool.random(using: &generator) ? int() : nil)
    trial.healthyVolunteers = Bool.random(using: &generator) ? Bool.random(using: &generator) : nil
    trial.eligibility = Eligibility(inclusion: texts(), exclusion: texts())
    trial.arms = some {
      Arm(
        label: $0.text(), type: $0.optionalText(), description: $0.optionalText(), interventions: $0.texts(),
        routes: $0.some { $0.pick(Route.self) ?? .portalVein })
    }
    trial.outcomes = Outcomes(
      primary: some { Outcome(measure: $0.text(), timeFrame: $0.optionalText(), description: $0.optionalText()) },
      secondary: some { Outcome(measure: $0.text(), timeFrame: $0.optionalText(), description: $0.optionalText()) })
    trial.locations = some {
      Site(facility: $0.optionalText(), city: $0.optionalText(), region: $0.optionalText(), country: $0.optionalText())
    }
    trial.contacts = some {
      Contact(name: $0.text(), role: $0.optionalText(), phone: $0.optionalText(), email: $0.optionalText())
    }
    trial.related = some {
      RelatedTrial(
        id: $0.text(), title: $0.optionalText(), status: $0.pick(TrialStatus.self),
        phases: $0.some { $0.pick(Phase.self) ?? .phase2 })
    }
    trial.warnings = texts()
    trial.summary = optionalText()
    trial.detailedDescription = optionalText()
    trial.evidence = some { Evidence(field: $0.text(), value: $0.text(), phrase: $0.text(), location: $0.text()) }
    trial.sources = some { SourceReference(path: $0.text(), format: $0.pick(Layout.self) ?? .medpath) }
    trial.conflicts = some {
      Conflict(
        field: $0.text(),
        values: $0.some {
          Conflict.Value(
            value: $0.text(), source: $0.text(), format: $0.pick(Layout.self) ?? .veeva,
            chosen: Bool.random(using: &$0.generator))
        })
    }
    trial.lastUpdated = optionalText()
    return trial
  }
}
