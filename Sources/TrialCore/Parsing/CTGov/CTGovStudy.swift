/// The parts of a ClinicalTrials.gov API v2 study that livertrials reads. Every field is
/// optional and unknown keys are ignored, so older and newer records decode alike.
struct CTGovStudy: Decodable {
  var protocolSection: ProtocolSection?

  struct ProtocolSection: Decodable {
    var identificationModule: Identification?
    var statusModule: Status?
    var sponsorCollaboratorsModule: Sponsors?
    var descriptionModule: Description?
    var conditionsModule: Conditions?
    var designModule: Design?
    var armsInterventionsModule: ArmsInterventions?
    var outcomesModule: OutcomesModule?
    var eligibilityModule: EligibilityModule?
    var contactsLocationsModule: ContactsLocations?
  }

  struct Identification: Decodable {
    var nctId: String?
    var orgStudyIdInfo: IdInfo?
    var secondaryIdInfos: [IdInfo]?
    var briefTitle: String?
    var officialTitle: String?
    var acronym: String?
  }

  struct IdInfo: Decodable { var id: String? }

  struct Status: Decodable {
    var overallStatus: String?
    var lastKnownStatus: String?
    var lastUpdatePostDateStruct: DateStruct?
  }

  struct DateStruct: Decodable { var date: String? }

  struct Sponsors: Decodable { var leadSponsor: Named? }

  struct Named: Decodable { var name: String? }

  struct Description: Decodable {
    var briefSummary: String?
    var detailedDescription: String?

    private enum CodingKeys: String, CodingKey { case briefSummary, detailedDescription }

    /// The detailed description is not searched, so the index does not read it.
    init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      briefSummary = try c.decodeIfPresent(String.self, forKey: .briefSummary)
      if !CTGovStudy.indexOnly(decoder) {
        detailedDescription = try c.decodeIfPresent(String.self, forKey: .detailedDescription)
      }
    }
  }

  struct Conditions: Decodable {
    var conditions: [String]?
  }

  struct Design: Decodable {
    var studyType: String?
    var phases: [String]?
    var designInfo: DesignInfo?
    var enrollmentInfo: EnrollmentInfo?
  }

  struct DesignInfo: Decodable {
    var allocation: String?
    var interventionModel: String?
    var primaryPurpose: String?
    var maskingInfo: MaskingInfo?
  }

  struct MaskingInfo: Decodable { var masking: String? }

  struct EnrollmentInfo: Decodable {
    var count: Int?
    var type: String?
  }

  struct ArmsInterventions: Decodable {
    var armGroups: [ArmGroup]?
    var interventions: [InterventionEntry]?
  }

  struct ArmGroup: Decodable {
    var label: String?
    var type: String?
    var description: String?
    var interventionNames: [String]?
  }

  struct InterventionEntry: Decodable {
    var type: String?
    var name: String?
    var description: String?
    var armGroupLabels: [String]?
  }

  struct OutcomesModule: Decodable {
    var primaryOutcomes: [OutcomeEntry]?
    var secondaryOutcomes: [OutcomeEntry]?

    private enum CodingKeys: String, CodingKey { case primaryOutcomes, secondaryOutcomes }

    /// Skipped when only the index is wanted.
    init(from decoder: any Decoder) throws {
      guard !CTGovStudy.indexOnly(decoder) else { return }
      let c = try decoder.container(keyedBy: CodingKeys.self)
      primaryOutcomes = try c.decodeIfPresent([OutcomeEntry].self, forKey: .primaryOutcomes)
      secondaryOutcomes = try c.decodeIfPresent([OutcomeEntry].self, forKey: .secondaryOutcomes)
    }
  }

  struct OutcomeEntry: Decodable {
    var measure: String?
    var description: String?
    var timeFrame: String?
  }

  struct EligibilityModule: Decodable {
    var eligibilityCriteria: String?
    var healthyVolunteers: Bool?
    var sex: String?
    var minimumAge: String?
    var maximumAge: String?

    private enum CodingKeys: String, CodingKey {
      case eligibilityCriteria, healthyVolunteers, sex, minimumAge, maximumAge
    }

    /// The criteria text is skipped when only the index is wanted.
    init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      if !CTGovStudy.indexOnly(decoder) {
        eligibilityCriteria = try c.decodeIfPresent(String.self, forKey: .eligibilityCriteria)
      }
      healthyVolunteers = try c.decodeIfPresent(Bool.self, forKey: .healthyVolunteers)
      sex = try c.decodeIfPresent(String.self, forKey: .sex)
      minimumAge = try c.decodeIfPresent(String.self, forKey: .minimumAge)
      maximumAge = try c.decodeIfPresent(String.self, forKey: .maximumAge)
    }
  }

  /// The `userInfo` key that asks for index depth.
  static let indexOnlyKey: CodingUserInfoKey = {
    guard let key = CodingUserInfoKey(rawValue: "livertrials.indexOnly") else { preconditionFailure("valid key") }
    return key
  }()

  static func indexOnly(_ decoder: any Decoder) -> Bool {
    decoder.userInfo[indexOnlyKey] as? Bool == true
  }

  struct ContactsLocations: Decodable {
    var centralContacts: [Person]?
    var overallOfficials: [Person]?
    var locations: [Location]?

    private enum CodingKeys: String, CodingKey { case centralContacts, overallOfficials, locations }

    /// People are skipped when only the index is wanted.
    init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      if !CTGovStudy.indexOnly(decoder) {
        centralContacts = try c.decodeIfPresent([Person].self, forKey: .centralContacts)
        overallOfficials = try c.decodeIfPresent([Person].self, forKey: .overallOfficials)
      }
      locations = try c.decodeIfPresent([Location].self, forKey: .locations)
    }
  }

  struct Person: Decodable {
    var name: String?
    var role: String?
    var phone: String?
    var email: String?
    var affiliation: String?
  }

  struct Location: Decodable {
    var facility: String?
    var city: String?
    var state: String?
    var country: String?
  }
}
