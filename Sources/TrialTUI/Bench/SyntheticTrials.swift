import TrialCore

/// Registry-like trials made in code for the benchmark: varied titles, conditions, phases,
/// statuses, routes, cell sources and countries, about one in twenty on stem cells in liver
/// disease. Deterministic for a given count.
public enum SyntheticTrials {
  private static let diseases = [
    "Liver Cirrhosis", "Decompensated Cirrhosis", "Acute-on-chronic Liver Failure", "Type 2 Diabetes", "Breast Cancer",
    "Hypertension", "Asthma", "Crohn Disease", "Heart Failure", "Osteoarthritis", "Hepatitis B", "Major Depression",
    "Chronic Kidney Disease", "Psoriasis", "Parkinson Disease", "COVID-19", "Stroke", "Rheumatoid Arthritis",
  ]
  private static let treatments = [
    "Metformin", "Pembrolizumab", "Physiotherapy", "Aspirin", "Cognitive Behavioural Therapy", "Insulin Glargine",
    "Placebo", "Vitamin D", "Exercise Programme", "Tenofovir", "Plasma Exchange", "Acupuncture",
  ]
  private static let cells = [
    "Umbilical Cord Mesenchymal Stem Cells", "Autologous Bone Marrow Mononuclear Cells",
    "Bone Marrow Mesenchymal Stem Cells", "Adipose-derived Stromal Cells",
  ]
  private static let countries = [
    "China", "United States", "France", "Germany", "India", "Japan", "Brazil", "Egypt", "Iran", "Spain", "Türkiye",
    "Korea, Republic of", "Italy", "United Kingdom", "Canada",
  ]
  private static let words = [
    "randomized", "open-label", "multicenter", "pilot", "efficacy", "safety", "long-term", "follow-up", "quality",
    "survival", "biomarkers", "outcomes", "elderly", "adults", "children", "prospective", "observational", "dose",
  ]

  /// `count` trials.
  public static func make(count: Int) -> [Trial] {
    var generator = SplitMix(seed: 0x5EED)
    return (0..<count).map { make(number: $0, random: &generator) }
  }

  private static func make(number: Int, random: inout SplitMix) -> Trial {
    let isTopic = number % 20 == 0
    let disease = isTopic ? diseases[random.next(3)] : diseases[random.next(diseases.count)]
    let treatment = isTopic ? cells[random.next(cells.count)] : treatments[random.next(treatments.count)]
    let extra = words[random.next(words.count)] + " " + words[random.next(words.count)]
    let id = "NCT" + String(10_000_000 + number * 7 % 90_000_000)
    var trial = Trial(
      id: id, title: "\(extra.capitalized) Study of \(treatment) in \(disease)",
      source: SourceReference(path: "synthetic/\(id)", format: .fallback))
    trial.sponsor = "Sponsor \(random.next(5_000))"
    trial.status = TrialStatus.allCases[random.next(TrialStatus.allCases.count)]
    trial.phases = [Phase.allCases[random.next(Phase.allCases.count)]]
    trial.conditions = [disease]
    trial.interventions = [Intervention(type: isTopic ? "biological" : "drug", name: treatment)]
    trial.enrollment = Enrollment(count: 10 + random.next(2_000), type: "estimated")
    trial.summary = "This \(extra) trial studies \(treatment.lowercased()) for \(disease.lowercased())."
    trial.locations = [
      Site(facility: "Hospital \(random.next(20_000))", country: countries[random.next(countries.count)])
    ]
    if isTopic {
      trial.cellSources = [CellSource.allCases[random.next(4)]]
      trial.routes =
        [[Route.hepaticArtery], [.peripheralVein], [.portalVein], [.hepaticArtery, .peripheralVein]][random.next(4)]
      trial.origin = random.next(2) == 0 ? .autologous : .allogeneic
    }
    return trial
  }
}

/// A small deterministic random number generator.
struct SplitMix {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  /// A number in 0..<bound.
  mutating func next(_ bound: Int) -> Int {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    z ^= z >> 31
    return Int(z % UInt64(max(bound, 1)))
  }
}
