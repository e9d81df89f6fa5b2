import Testing

@testable import TrialCore

@Suite struct TrialIndexTests {
  static let seeds = Library.seeds().trials
  let index = TrialIndex(trials: seeds)

  private func ids(_ query: String, sort: SortKey = .relevance) -> [String] {
    index.search(TrialQuery(parsing: query), sort: sort).positions.map { index.id(Int($0)) }
  }

  @Test func emptyQueryListsEverythingInOrder() {
    #expect(ids("") == Self.seeds.map(\.id))
  }

  @Test func routeFiltersNarrowToTheSeedTrials() {
    #expect(ids("route:hepatic-artery") == ["NCT01854125", "001_085dc59f04c4a279", "NCT01724697"])
    #expect(ids("route:pv") == ["001_085dc59f04c4a279", "002_93cb189ce42015ad"])
    #expect(ids("route:ha,pv").count == 4)
  }

  @Test func wordsMatchAnywhereAndTheLastAsAPrefix() {
    #expect(ids("plasma") == ["NCT01724398"])
    #expect(ids("plasm") == ["NCT01724398"])
    #expect(ids("plas").count == 2)  // "plasticity" in NCT01724697
    #expect(ids("plas ") == [])
    #expect(ids("PLASMA exchange") == ["NCT01724398"])
    #expect(ids("nanjing") == ["NCT01854125"])
  }

  @Test func titleMatchesRankAboveSummaryMatches() {
    let trials = [
      Self.trial("a", title: "Follow-up of patients", summary: "Cirrhosis patients receive cells"),
      Self.trial("b", title: "Cells for cirrhosis", summary: nil),
    ]
    let index = TrialIndex(trials: trials)
    #expect(index.search(TrialQuery(parsing: "cirrhosis")).positions == [1, 0])
  }

  @Test func searchIgnoresCaseAndDiacritics() {
    let index = TrialIndex(trials: [Self.trial("a", title: "Cirrhose hépatique et cellules souches", summary: nil)])
    #expect(index.search(TrialQuery(parsing: "HEPATIQUE")).positions == [0])
    #expect(index.search(TrialQuery(parsing: "hépat")).positions == [0])
  }

  @Test func facetsCountTheMatches() {
    let result = index.search(TrialQuery())
    #expect(result.facets.count(.route, "hepatic-artery") == 3)
    #expect(result.facets.count(.route, "peripheral-vein") == 2)
    #expect(result.facets.count(.cellSource, "umbilical-cord-msc") == 3)
    #expect(result.facets.count(.status, "unknown") == 3)
    #expect(result.facets.count(.country, "China") == 2)
    #expect(result.facets.count(.topic, "stem-cell-liver") == 5)
  }

  @Test func otherFacetsFilter() {
    #expect(ids("phase:2") == ["NCT01724697"])
    #expect(
      ids("cell:umbilical-cord-msc origin:allogeneic") == [
        "001_085dc59f04c4a279", "002_93cb189ce42015ad", "NCT01724398",
      ])
    #expect(ids("country:china status:unknown") == ["NCT01854125", "NCT01724398"])
  }

  @Test func sortsByColumns() {
    #expect(ids("", sort: .enrollment).first == "NCT01724697")
    #expect(ids("", sort: .id).first == "001_085dc59f04c4a279")
  }

  @Test func parsesTheQuerySyntax() {
    let query = TrialQuery(parsing: "route:hepatic-artery phase:2 status:recruiting country:china cirrhosis")
    #expect(query.filters[.route] == ["hepatic-artery"])
    #expect(query.filters[.phase] == ["phase2"])
    #expect(query.filters[.status] == ["recruiting"])
    #expect(query.filters[.country] == ["china"])
    #expect(query.words == ["cirrhosis"])
    #expect(query.problems.isEmpty)
    #expect(TrialQuery(parsing: "colour:red route:sideways").problems.count == 2)
  }

  static func trial(_ id: String, title: String, summary: String?) -> Trial {
    var trial = Trial(id: id, title: title, source: SourceReference(path: "\(id).txt", format: .fallback))
    trial.summary = summary
    return trial
  }
}

@Suite struct TrialIndexOrderTests {
  @Test func largeResultsFollowTheSavedOrders() {
    var trials: [Trial] = []
    for i in 0..<3000 {
      var trial = TrialIndexTests.trial(
        "NCT\(String(format: "%08d", (i * 7919) % 3000))", title: "Trial \((i * 31) % 97)", summary: nil)
      trial.enrollment = Enrollment(count: (i * 13) % 500, type: nil)
      trials.append(trial)
    }
    let index = TrialIndex(trials: trials)
    let all = (0..<Int32(trials.count)).map { $0 }
    let byTitle = index.order(all, by: .title)
    #expect(
      byTitle == all.sorted { (trials[Int($0)].title.lowercased(), $0) < (trials[Int($1)].title.lowercased(), $1) })
    let byEnrollment = index.order(all, by: .enrollment)
    #expect(
      byEnrollment.map { trials[Int($0)].enrollment?.count ?? -1 }
        == trials.map { $0.enrollment?.count ?? -1 }.sorted(by: >))
    let some = all.filter { $0 % 3 == 0 }
    #expect(index.order(some, by: .id) == some.sorted { trials[Int($0)].id < trials[Int($1)].id })
  }
}

@Suite struct PrefixListTests {
  /// Every merged list (built here for every shared prefix, whatever its size) must give the
  /// same results, scores and facets as merging the words' postings at search time.
  @Test func mergedPrefixListsMatchTheTokenUnion() {
    let trials = Library.seeds().trials
    var builder = TrialIndexBuilder()
    for trial in trials { builder.add(trial) }
    let merged = builder.postings.build(documentCount: builder.columns.count, mergeThreshold: 0)
    #expect(merged.prefixes.count > 50)
    #expect(merged.prefixes.allSatisfy { (1...Postings.mergedPrefixLength).contains($0.count) })
    var plain = merged
    plain.computePrefixLists(documentCount: builder.columns.count, threshold: .max)
    #expect(plain.prefixes.isEmpty)
    let store = MemoryTrialStore(trials)
    let withLists = TrialIndex(columns: builder.columns, postings: merged, store: store)
    let withoutLists = TrialIndex(columns: builder.columns, postings: plain, store: store)
    for prefix in merged.prefixes {
      for query in [prefix, "liver \(prefix)", "\(prefix) status:completed"] {
        let a = withLists.search(TrialQuery(parsing: query))
        let b = withoutLists.search(TrialQuery(parsing: query))
        #expect(a.positions == b.positions, "\(query)")
        #expect(a.facets == b.facets, "\(query)")
      }
    }
  }

  @Test func onlyPrefixesSharedByManyPostingsGetAList() {
    var postings = Postings()
    postings.tokens = ["cell", "cells", "cirrhosis", "liver"]
    postings.docs = [0, 1, 0, 2, 0, 1, 2, 3]
    postings.weights = [8, 1, 1, 6, 6, 1, 1, 1]
    postings.offsets = [0, 2, 4, 6, 8]
    postings.computePrefixLists(documentCount: 4, threshold: 3)
    // "c" and "ce" cover two or more words and more than three postings; "l" is one word, and
    // "cel" is longer than a merged prefix.
    #expect(postings.prefixes == ["c", "ce"])
    let c = postings.prefixSpan(of: "c")
    #expect(c.map { Array(postings.prefixDocs[$0.lower..<$0.upper]) } == [0, 1, 2])
    #expect(c.map { Array(postings.prefixWeights[$0.lower..<$0.upper]) } == [8, 1, 6])
    #expect(postings.prefixSpan(of: "ci") == nil)
  }
}

/// Facet counts take shortcuts for large results (counting the gaps of a result that holds
/// most of the library, marking an unordered one); each must agree with counting by hand.
@Suite struct LargeResultFacetTests {
  static let trials: [Trial] = (0..<9000).map { i in
    var trial = TrialIndexTests.trial(
      "NCT\(String(format: "%08d", i))", title: i % 5 == 0 ? "liver \(i % 7 == 0 ? "alpha" : "beta")" : "kidney",
      summary: i % 3 == 0 ? "liverish words" : nil)
    trial.status = TrialStatus.allCases[i % TrialStatus.allCases.count]
    trial.phases = i % 4 == 0 ? [.phase1, .phase2] : [Phase.allCases[i % Phase.allCases.count]]
    trial.locations = (0..<(i % 4)).map {
      Site(facility: nil, city: nil, region: nil, country: "Country \(($0 * 7 + i) % 11)")
    }
    if i % 6 == 0 { trial.sex = .female }
    return trial
  }

  static func byHand(_ trials: [Trial]) -> FacetCounts {
    var counts: [Facet: [String: Int]] = [:]
    for trial in trials {
      for phase in Set(trial.phases) { counts[.phase, default: [:]][phase.rawValue, default: 0] += 1 }
      if let status = trial.status { counts[.status, default: [:]][status.rawValue, default: 0] += 1 }
      if let sex = trial.sex { counts[.sex, default: [:]][sex.rawValue, default: 0] += 1 }
      for country in Set(trial.locations.compactMap(\.country)) {
        counts[.country, default: [:]][country, default: 0] += 1
      }
    }
    var values: [Facet: [(value: String, count: Int)]] = [:]
    values[.phase] = Phase.allCases.compactMap { p in counts[.phase]?[p.rawValue].map { (p.rawValue, $0) } }
    values[.status] = TrialStatus.allCases.compactMap { s in counts[.status]?[s.rawValue].map { (s.rawValue, $0) } }
    values[.sex] = Sex.allCases.compactMap { s in counts[.sex]?[s.rawValue].map { (s.rawValue, $0) } }
    values[.country] = (counts[.country] ?? [:]).map { ($0.key, $0.value) }
      .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
    return FacetCounts(values: values)
  }

  @Test(arguments: ["l", "liver", "live", "liver a", "k", "kidney", "", "status:completed l"])
  func largeResultsCountLikeByHand(query: String) {
    let index = TrialIndex(trials: Self.trials)
    let result = index.search(TrialQuery(parsing: "all:yes " + query))
    let matched = result.positions.map { Self.trials[Int($0)] }
    let facets = result.facets
    let expected = Self.byHand(matched)
    for facet in [Facet.phase, .status, .sex, .country] {
      #expect(facets[facet].map(\.value) == expected[facet].map(\.value), "\(query) \(facet)")
      #expect(facets[facet].map(\.count) == expected[facet].map(\.count), "\(query) \(facet)")
    }
  }
}
