/// Running facet counts over index columns. Counting runs over every match of every
/// keystroke, so it reads unchecked buffers and can also take trials away, which lets a result
/// holding most of the library be counted as "everything minus the few it lacks".
struct FacetTally {
  private var routes = [Int](repeating: 0, count: Route.allCases.count)
  private var cells = [Int](repeating: 0, count: CellSource.allCases.count)
  private var phases = [Int](repeating: 0, count: Phase.allCases.count)
  private var statuses = [Int](repeating: 0, count: TrialStatus.allCases.count + 1)
  private var origins = [Int](repeating: 0, count: CellOrigin.allCases.count + 1)
  private var types = [Int](repeating: 0, count: StudyType.allCases.count + 1)
  private var sexes = [Int](repeating: 0, count: Sex.allCases.count + 1)
  private var countries: [Int]
  private var topic = 0

  init(countryCount: Int) {
    countries = [Int](repeating: 0, count: countryCount)
  }

  /// Adds (`sign` 1) or takes away (`sign` -1) each trial that `visit` hands to its argument.
  mutating func tally(_ c: IndexColumns, sign: Int, _ visit: ((Int) -> Void) -> Void) {
    var routes = self.routes
    var cells = self.cells
    var phases = self.phases
    var statuses = self.statuses
    var origins = self.origins
    var types = self.types
    var sexes = self.sexes
    var countries = self.countries
    var topic = self.topic
    c.routeMask.withUnsafeBufferPointer { routeMask in
      c.cellMask.withUnsafeBufferPointer { cellMask in
        c.phaseMask.withUnsafeBufferPointer { phaseMask in
          c.status.withUnsafeBufferPointer { status in
            c.origin.withUnsafeBufferPointer { origin in
              c.studyType.withUnsafeBufferPointer { studyType in
                c.sex.withUnsafeBufferPointer { sex in
                  c.topic.withUnsafeBufferPointer { isTopic in
                    c.countryOffsets.withUnsafeBufferPointer { offsets in
                      c.countryCodes.withUnsafeBufferPointer { codes in
                        visit { i in
                          var mask = routeMask[i]
                          while mask != 0 {
                            routes[mask.trailingZeroBitCount] &+= sign
                            mask &= mask - 1
                          }
                          var cell = cellMask[i]
                          while cell != 0 {
                            cells[cell.trailingZeroBitCount] &+= sign
                            cell &= cell - 1
                          }
                          var phase = phaseMask[i]
                          while phase != 0 {
                            phases[phase.trailingZeroBitCount] &+= sign
                            phase &= phase - 1
                          }
                          statuses[Int(status[i])] &+= sign
                          origins[Int(origin[i])] &+= sign
                          types[Int(studyType[i])] &+= sign
                          sexes[Int(sex[i])] &+= sign
                          var k = Int(offsets[i])
                          let end = Int(offsets[i + 1])
                          while k < end {
                            countries[Int(codes[k])] &+= sign
                            k += 1
                          }
                          if isTopic[i] { topic &+= sign }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    self.routes = routes
    self.cells = cells
    self.phases = phases
    self.statuses = statuses
    self.origins = origins
    self.types = types
    self.sexes = sexes
    self.countries = countries
    self.topic = topic
  }

  /// The counts, values in their natural order (countries by count), zero counts left out.
  func counts(countryNames: [String]) -> FacetCounts {
    func listed<T: RawRepresentable>(_ counts: [Int], _ all: [T], offset: Int) -> [(value: String, count: Int)]
    where T.RawValue == String {
      all.enumerated().compactMap { index, value in
        let n = counts[index + offset]
        return n > 0 ? (value.rawValue, n) : nil
      }
    }
    var values: [Facet: [(value: String, count: Int)]] = [:]
    values[.route] = listed(routes, Route.allCases, offset: 0)
    values[.cellSource] = listed(cells, CellSource.allCases, offset: 0)
    values[.phase] = listed(phases, Phase.allCases, offset: 0)
    values[.status] = listed(statuses, TrialStatus.allCases, offset: 1)
    values[.origin] = listed(origins, CellOrigin.allCases, offset: 1)
    values[.studyType] = listed(types, StudyType.allCases, offset: 1)
    values[.sex] = listed(sexes, Sex.allCases, offset: 1)
    values[.country] = countries.enumerated().filter { $0.element > 0 }
      .map { (countryNames[$0.offset], $0.element) }
      .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
    values[.topic] = topic > 0 ? [("stem-cell-liver", topic)] : []
    return FacetCounts(values: values)
  }
}
