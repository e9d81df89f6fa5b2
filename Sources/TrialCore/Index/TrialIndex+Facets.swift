/// Facet counts of a result.
extension TrialIndex {
  /// Counts every facet over `positions` (`ascending` when they are in index order). A result
  /// holding most of the library is counted as the whole library's counts minus the trials it
  /// lacks; a large one out of order is marked and counted in index order, so that the keys
  /// stream through the cache instead of being read at random.
  func facetCounts(_ positions: [Int32], ascending: Bool) -> FacetCounts {
    positions.withUnsafeBufferPointer { signed in
      signed.withMemoryRebound(to: UInt32.self) { facetCounts($0, ascending: ascending) }
    }
  }

  func facetCounts(_ positions: UnsafeBufferPointer<UInt32>, ascending: Bool) -> FacetCounts {
    let mostOfAll = positions.count * 2 > count && count >= 2 * Self.largeResult
    var tally = mostOfAll ? wholeLibraryTally() : FacetTally(facetKeys)
    if ascending {
      tally.tally(facetKeys, mostOfAll ? .gaps(positions) : .positions(positions), sign: mostOfAll ? -1 : 1)
    } else if positions.count >= Self.largeResult && positions.count >= count / 16 {
      let stamp = nextGeneration() << 6 | 61
      hits.withUnsafeMutableBufferPointer { hits in
        for p in positions { hits[Int(p)] = stamp }
        tally.tally(facetKeys, .marked(hits, stamp: stamp, inside: !mostOfAll), sign: mostOfAll ? -1 : 1)
      }
    } else {
      tally.tally(facetKeys, .positions(positions), sign: 1)
    }
    return tally.counts(facetKeys, countryNames: columns.countryNames)
  }

  /// Writes a block the size of the largest result once, at opening, so that (where freed
  /// memory stays with the process) the first keystroke over a registry does not land on
  /// pages the process has never touched.
  static func touchResultMemory(count: Int) {
    let block = UnsafeMutableBufferPointer<Int32>.allocate(capacity: count + 65_536)
    block.initialize(repeating: 0)
    block.deallocate()
  }

  /// Results at least this large are counted in library order.
  static let largeResult = 4096

  /// The counts over every trial, computed once.
  func wholeLibraryTally() -> FacetTally {
    if let allTally { return allTally }
    var tally = FacetTally(facetKeys)
    tally.tally(facetKeys, .all, sign: 1)
    allTally = tally
    return tally
  }
}
