/// The kind of cell product that is given.
public enum CellSource: String, Sendable, Equatable, Codable, CaseIterable {
  case boneMarrowMSC = "bone-marrow-msc"
  case boneMarrowMononuclear = "bone-marrow-mononuclear"
  case boneMarrowStemCells = "bone-marrow-stem-cells"
  case umbilicalCordMSC = "umbilical-cord-msc"
  case adiposeMSC = "adipose-msc"
  case menstrualBloodMSC = "menstrual-blood-msc"
  case placentaMSC = "placenta-msc"
  case mscExosomes = "msc-exosomes"
  case msc

  /// Words for people.
  public var displayName: String {
    switch self {
    case .boneMarrowMSC: "bone marrow MSC"
    case .boneMarrowMononuclear: "bone marrow mononuclear cells"
    case .boneMarrowStemCells: "bone marrow stem cells"
    case .umbilicalCordMSC: "umbilical cord MSC"
    case .adiposeMSC: "adipose MSC"
    case .menstrualBloodMSC: "menstrual blood MSC"
    case .placentaMSC: "placenta MSC"
    case .mscExosomes: "MSC exosomes"
    case .msc: "MSC (source not stated)"
    }
  }

  /// Products that always come from a donor: umbilical cord and placenta cells, and MSC
  /// exosomes (made from donor cell lines; a patient's own would be called autologous).
  var impliesAllogeneic: Bool {
    self == .umbilicalCordMSC || self == .placentaMSC || self == .mscExosomes
  }
}
