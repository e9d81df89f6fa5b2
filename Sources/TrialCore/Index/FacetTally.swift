/// Each trial's facet values as two small codes — its design (status, origin, study type, sex,
/// topic) and its masks (routes, cell sources, phases), each numbered among the few hundred
/// distinct combinations a library holds — and its countries. Counting a result then costs
/// two increments per trial plus one per country, however many facets and values there are;
/// the combinations are spread into values afterwards, once per combination. (Country sets
/// are too varied to number: a synthetic registry has 166,000 of them.)
struct FacetKeys {
  struct Key {
    var design: UInt16
    var masks: UInt16
    var firstCountry: UInt16
    /// 0, 1, or 2 for "two or more" (then read from the columns).
    var countries: UInt8
  }

  private(set) var keys: [Key] = []
  /// Distinct designs: status | origin << 8 | study type << 16 | sex << 24 | topic << 31.
  private(set) var designs: [UInt32] = []
  /// Distinct masks: routes | cell sources << 8 | phases << 24.
  private(set) var masks: [UInt32] = []
  let countryOffsets: [UInt32]
  let countryCodes: [UInt16]
  let countryCount: Int

  init(_ c: IndexColumns) {
    countryOffsets = c.countryOffsets
    countryCodes = c.countryCodes
    countryCount = c.countryNames.count
    var designCodes: [UInt32: UInt16] = [:]
    var maskCodes: [UInt32: UInt16] = [:]
    func code(_ value: UInt32, _ table: inout [UInt32: UInt16], _ list: inout [UInt32]) -> UInt16 {
      if let known = table[value] { return known }
      let new = UInt16(truncatingIfNeeded: list.count)
      table[value] = new
      list.append(value)
      return new
    }
    keys.reserveCapacity(c.count)
    for i in 0..<c.count {
      let design =
        UInt32(c.status[i]) | UInt32(c.origin[i]) << 8 | UInt32(c.studyType[i]) << 16 | UInt32(c.sex[i] & 0x7F) << 24
        | (c.topic[i] ? 1 << 31 : 0)
      let mask = UInt32(c.routeMask[i]) | UInt32(c.cellMask[i]) << 8 | UInt32(c.phaseMask[i]) << 24
      let countries = c.countries(of: i)
      keys.append(
        Key(
          design: code(design, &designCodes, &designs), masks: code(mask, &maskCodes, &masks),
          firstCountry: countries.first ?? 0, countries: UInt8(min(countries.count, 2))))
    }
  }
}

/// Running facet counts over a result. Counting runs over every match of every keystroke; it
/// can take trials away as well as add them, which lets a result holding most of the library
/// be counted as "everything minus the few it lacks".
struct FacetTally {
  /// Which trials to count.
  enum Selection {
    /// These positions, in any order.
    case positions(UnsafeBufferPointer<UInt32>)
    /// Every trial whose mark equals (`inside`) or differs from `stamp`, in library order.
    case marked(UnsafeMutableBufferPointer<UInt32>, stamp: UInt32, inside: Bool)
    /// Every trial not among these positions, which must be ascending.
    case gaps(UnsafeBufferPointer<UInt32>)
    /// Every trial.
    case all
  }

  private var designs: [Int]
  private var masks: [Int]
  private var countries: [Int]

  init(_ keys: FacetKeys) {
    designs = [Int](repeating: 0, count: keys.designs.count)
    masks = [Int](repeating: 0, count: keys.masks.count)
    countries = [Int](repeating: 0, count: keys.countryCount)
  }

  /// Adds (`sign` 1) or takes away (`sign` -1) the selected trials.
  mutating func tally(_ keys: FacetKeys, _ selection: Selection, sign: Int) {
    let offsets = keys.countryOffsets
    let codes = keys.countryCodes
    keys.keys.withUnsafeBufferPointer { keys in
      designs.withUnsafeMutableBufferPointer { designs in
        masks.withUnsafeMutableBufferPointer { masks in
          countries.withUnsafeMutableBufferPointer { countries in
            offsets.withUnsafeBufferPointer { offsets in
              codes.withUnsafeBufferPointer { codes in
                @inline(__always) func add(_ i: Int) {
                  let key = keys[i]
                  designs[Int(key.design)] &+= sign
                  masks[Int(key.masks)] &+= sign
                  switch key.countries {
                  case 0: break
                  case 1: countries[Int(key.firstCountry)] &+= sign
                  default:
                    for k in Int(offsets[i])..<Int(offsets[i + 1]) { countries[Int(codes[k])] &+= sign }
                  }
                }
                switch selection {
                case .positions(let positions):
                  for p in positions { add(Int(p)) }
                case .marked(let marks, let stamp, let inside):
                  for i in 0..<keys.count where (marks[i] == stamp) == inside { add(i) }
                case .gaps(let positions):
                  var next = 0
                  for p in positions {
                    while next < Int(p) {
                      add(next)
                      next += 1
                    }
                    next = Int(p) + 1
                  }
                  while next < keys.count {
                    add(next)
                    next += 1
                  }
                case .all:
                  for i in 0..<keys.count { add(i) }
                }
              }
            }
          }
        }
      }
    }
  }

  /// The counts, values in their natural order (countries by count), zero counts left out.
  func counts(_ keys: FacetKeys, countryNames: [String]) -> FacetCounts {
    var routes = [Int](repeating: 0, count: Route.allCases.count)
    var cells = [Int](repeating: 0, count: CellSource.allCases.count)
    var phases = [Int](repeating: 0, count: Phase.allCases.count)
    var statuses = [Int](repeating: 0, count: TrialStatus.allCases.count + 1)
    var origins = [Int](repeating: 0, count: CellOrigin.allCases.count + 1)
    var types = [Int](repeating: 0, count: StudyType.allCases.count + 1)
    var sexes = [Int](repeating: 0, count: Sex.allCases.count + 1)
    var topic = 0
    func spread(_ bits: UInt32, _ n: Int, into counts: inout [Int]) {
      var bits = bits
      while bits != 0 {
        counts[bits.trailingZeroBitCount] += n
        bits &= bits - 1
      }
    }
    for (code, n) in designs.enumerated() where n != 0 {
      let design = keys.designs[code]
      statuses[Int(design & 0xFF)] += n
      origins[Int(design >> 8 & 0xFF)] += n
      types[Int(design >> 16 & 0xFF)] += n
      sexes[Int(design >> 24 & 0x7F)] += n
      if design >> 31 != 0 { topic += n }
    }
    for (code, n) in masks.enumerated() where n != 0 {
      let mask = keys.masks[code]
      spread(mask & 0xFF, n, into: &routes)
      spread(mask >> 8 & 0xFFFF, n, into: &cells)
      spread(mask >> 24, n, into: &phases)
    }
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
