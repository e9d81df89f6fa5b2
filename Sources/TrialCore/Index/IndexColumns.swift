/// The compact, per-trial columns of an index: enum codes and bit masks instead of records,
/// so that 600,000 trials fit in memory and facets are counted with plain loops.
struct IndexColumns: Sendable {
  var ids: [String] = []
  var titles: [String] = []
  var sponsors: [String] = []
  /// Bit i set: `Phase.allCases[i]`.
  var phaseMask: [UInt8] = []
  /// Bit i set: `Route.allCases[i]`.
  var routeMask: [UInt8] = []
  /// Bit i set: `CellSource.allCases[i]`.
  var cellMask: [UInt16] = []
  /// 0 = absent, else 1 + index in `allCases`.
  var status: [UInt8] = []
  var origin: [UInt8] = []
  var studyType: [UInt8] = []
  var sex: [UInt8] = []
  var topic: [Bool] = []
  /// -1 = absent.
  var enrollment: [Int32] = []
  /// Countries of trial i: `countryCodes[countryOffsets[i]..<countryOffsets[i + 1]]`.
  var countryOffsets: [UInt32] = [0]
  var countryCodes: [UInt16] = []
  var countryNames: [String] = []
  var countryLookup: [String: UInt16] = [:]

  var count: Int { ids.count }

  mutating func append(_ row: TrialRow) {
    ids.append(row.id)
    titles.append(row.title)
    sponsors.append(row.sponsor ?? "")
    phaseMask.append(Self.mask(row.phases, in: Phase.allCases))
    routeMask.append(Self.mask(row.routes, in: Route.allCases))
    cellMask.append(UInt16(Self.wideMask(row.cellSources, in: CellSource.allCases)))
    status.append(Self.code(row.status, in: TrialStatus.allCases))
    origin.append(Self.code(row.origin, in: CellOrigin.allCases))
    studyType.append(Self.code(row.studyType, in: StudyType.allCases))
    sex.append(Self.code(row.sex, in: Sex.allCases))
    topic.append(row.isTopic)
    enrollment.append(row.enrollment.map { Int32(clamping: $0) } ?? -1)
    for country in row.countries {
      let key = TextFolding.fold(country)
      let code: UInt16
      if let known = countryLookup[key] {
        code = known
      } else {
        code = UInt16(clamping: countryNames.count)
        countryNames.append(country)
        countryLookup[key] = code
      }
      countryCodes.append(code)
    }
    countryOffsets.append(UInt32(countryCodes.count))
  }

  func row(_ i: Int) -> TrialRow {
    TrialRow(
      id: ids[i], title: titles[i], sponsor: sponsors[i].isEmpty ? nil : sponsors[i],
      phases: Self.values(phaseMask[i], in: Phase.allCases), status: Self.value(status[i], in: TrialStatus.allCases),
      routes: Self.values(routeMask[i], in: Route.allCases),
      cellSources: Self.values(UInt(cellMask[i]), in: CellSource.allCases),
      origin: Self.value(origin[i], in: CellOrigin.allCases), enrollment: enrollment[i] < 0 ? nil : Int(enrollment[i]),
      studyType: Self.value(studyType[i], in: StudyType.allCases), sex: Self.value(sex[i], in: Sex.allCases),
      countries: countries(of: i).map { countryNames[Int($0)] }, isTopic: topic[i]
    )
  }

  func countries(of i: Int) -> ArraySlice<UInt16> {
    countryCodes[Int(countryOffsets[i])..<Int(countryOffsets[i + 1])]
  }

  static func mask<T: Equatable>(_ values: [T], in all: [T]) -> UInt8 {
    UInt8(truncatingIfNeeded: wideMask(values, in: all))
  }

  static func wideMask<T: Equatable>(_ values: [T], in all: [T]) -> UInt {
    var mask: UInt = 0
    for value in values {
      if let index = all.firstIndex(of: value) { mask |= 1 << UInt(index) }
    }
    return mask
  }

  static func code<T: Equatable>(_ value: T?, in all: [T]) -> UInt8 {
    guard let value, let index = all.firstIndex(of: value) else { return 0 }
    return UInt8(index + 1)
  }

  static func values<T, M: BinaryInteger>(_ mask: M, in all: [T]) -> [T] {
    all.indices.filter { mask & (1 << M($0)) != 0 }.map { all[$0] }
  }

  static func value<T>(_ code: UInt8, in all: [T]) -> T? {
    code == 0 || Int(code) > all.count ? nil : all[Int(code) - 1]
  }
}
