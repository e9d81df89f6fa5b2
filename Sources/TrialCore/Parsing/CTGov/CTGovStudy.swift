/// The parts of a ClinicalTrials.gov API v2 study that livertrials reads, read straight from the
/// JSON bytes by `JSONScanner`. Every field is optional and unknown keys are skipped, so older
/// and newer records read alike. At index depth the long texts the index does not search
/// (detailed description, criteria, outcomes, people) are skipped unread.
struct CTGovStudy {
  var protocolSection: ProtocolSection?

  /// Reads a study object; `indexOnly` skips what only the full record needs.
  init(_ s: inout JSONScanner, indexOnly: Bool) throws(JSONScanError) {
    guard var members = try s.members() else { return }
    while let key = try s.nextKey(&members) {
      switch key {
      case "protocolSection": protocolSection = try ProtocolSection(&s, indexOnly: indexOnly)
      default: try s.skipValue()
      }
    }
  }

  struct ProtocolSection {
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

    init?(_ s: inout JSONScanner, indexOnly: Bool) throws(JSONScanError) {
      guard var members = try s.members() else { return nil }
      while let key = try s.nextKey(&members) {
        switch key {
        case "identificationModule": identificationModule = try Identification(&s)
        case "statusModule": statusModule = try Status(&s)
        case "sponsorCollaboratorsModule": sponsorCollaboratorsModule = try Sponsors(&s)
        case "descriptionModule": descriptionModule = try Description(&s, indexOnly: indexOnly)
        case "conditionsModule": conditionsModule = try Conditions(&s)
        case "designModule": designModule = try Design(&s)
        case "armsInterventionsModule": armsInterventionsModule = try ArmsInterventions(&s)
        case "outcomesModule" where !indexOnly: outcomesModule = try OutcomesModule(&s)
        case "eligibilityModule": eligibilityModule = try EligibilityModule(&s, indexOnly: indexOnly)
        case "contactsLocationsModule": contactsLocationsModule = try ContactsLocations(&s, indexOnly: indexOnly)
        default: try s.skipValue()
        }
      }
    }
  }

  struct Identification {
    var nctId: String?
    var orgStudyIdInfo: IdInfo?
    var secondaryIdInfos: [IdInfo]?
    var briefTitle: String?
    var officialTitle: String?
    var acronym: String?

    init?(_ s: inout JSONScanner) throws(JSONScanError) {
      guard var members = try s.members() else { return nil }
      while let key = try s.nextKey(&members) {
        switch key {
        case "nctId": nctId = try s.string()
        case "orgStudyIdInfo": orgStudyIdInfo = try IdInfo(&s)
        case "secondaryIdInfos": secondaryIdInfos = try s.array(IdInfo.init)
        case "briefTitle": briefTitle = try s.string()
        case "officialTitle": officialTitle = try s.string()
        case "acronym": acronym = try s.string()
        default: try s.skipValue()
        }
      }
    }
  }

  struct IdInfo {
    var id: String?

    init?(_ s: inout JSONScanner) throws(JSONScanError) {
      guard var members = try s.members() else { return nil }
      while let key = try s.nextKey(&members) {
        switch key {
        case "id": id = try s.string()
        default: try s.skipValue()
        }
      }
    }
  }

  struct Status {
    var overallStatus: String?
    var lastKnownStatus: String?
    var lastUpdatePostDate: String?

    init?(_ s: inout JSONScanner) throws(JSONScanError) {
      guard var members = try s.members() else { return nil }
      while let key = try s.nextKey(&members) {
        switch key {
        case "overallStatus": overallStatus = try s.string()
        case "lastKnownStatus": lastKnownStatus = try s.string()
        case "lastUpdatePostDateStruct": lastUpdatePostDate = try CTGovStudy.field("date", in: &s)
        default: try s.skipValue()
        }
      }
    }
  }

  struct Sponsors {
    var leadSponsor: String?

    init?(_ s: inout JSONScanner) throws(JSONScanError) {
      guard var members = try s.members() else { return nil }
      while let key = try s.nextKey(&members) {
        switch key {
        case "leadSponsor": leadSponsor = try CTGovStudy.field("name", in: &s)
        default: try s.skipValue()
        }
      }
    }
  }

  struct Description {
    var briefSummary: String?
    var detailedDescription: String?

    /// The detailed description is not searched, so the index does not read it.
    init?(_ s: inout JSONScanner, indexOnly: Bool) throws(JSONScanError) {
      guard var members = try s.members() else { return nil }
      while let key = try s.nextKey(&members) {
        switch key {
        case "briefSummary": briefSummary = try s.string()
        case "detailedDescription" where !indexOnly: detailedDescription = try s.string()
        default: try s.skipValue()
        }
      }
    }
  }

  struct Conditions {
    var conditions: [String]?

    init?(_ s: inout JSONScanner) throws(JSONScanError) {
      guard var members = try s.members() else { return nil }
      while let key = try s.nextKey(&members) {
        switch key {
        case "conditions": conditions = try s.strings()
        default: try s.skipValue()
        }
      }
    }
  }

  struct Design {
    var studyType: String?
    var phases: [String]?
    var designInfo: DesignInfo?
    var enrollmentCount: Int?
    var enrollmentType: String?

    init?(_ s: inout JSONScanner) throws(JSONScanError) {
      guard var members = try s.members() else { return nil }
      while let key = try s.nextKey(&members) {
        switch key {
        case "studyType": studyType = try s.string()
        case "phases": phases = try s.strings()
        case "designInfo": designInfo = try DesignInfo(&s)
        case "enrollmentInfo":
          guard var enrollment = try s.members() else { continue }
          while let key = try s.nextKey(&enrollment) {
            switch key {
            case "count": enrollmentCount = try s.int()
            case "type": enrollmentType = try s.string()
            default: try s.skipValue()
            }
          }
        default: try s.skipValue()
        }
      }
    }
  }

  struct DesignInfo {
    var allocation: String?
    var interventionModel: String?
    var primaryPurpose: String?
    var masking: String?

    init?(_ s: inout JSONScanner) throws(JSONScanError) {
      guard var members = try s.members() else { return nil }
      while let key = try s.nextKey(&members) {
        switch key {
        case "allocation": allocation = try s.string()
        case "interventionModel": interventionModel = try s.string()
        case "primaryPurpose": primaryPurpose = try s.string()
        case "maskingInfo": masking = try CTGovStudy.field("masking", in: &s)
        default: try s.skipValue()
        }
      }
    }
  }

  struct ArmsInterventions {
    var armGroups: [ArmGroup]?
    var interventions: [InterventionEntry]?

    init?(_ s: inout JSONScanner) throws(JSONScanError) {
      guard var members = try s.members() else { return nil }
      while let key = try s.nextKey(&members) {
        switch key {
        case "armGroups": armGroups = try s.array(ArmGroup.init)
        case "interventions": interventions = try s.array(InterventionEntry.init)
        default: try s.skipValue()
        }
      }
    }
  }

  struct ArmGroup {
    var label: String?
    var type: String?
    var description: String?
    var interventionNames: [String]?

    init?(_ s: inout JSONScanner) throws(JSONScanError) {
      guard var members = try s.members() else { return nil }
      while let key = try s.nextKey(&members) {
        switch key {
        case "label": label = try s.string()
        case "type": type = try s.string()
        case "description": description = try s.string()
        case "interventionNames": interventionNames = try s.strings()
        default: try s.skipValue()
        }
      }
    }
  }

  struct InterventionEntry {
    var type: String?
    var name: String?
    var description: String?
    var armGroupLabels: [String]?

    init?(_ s: inout JSONScanner) throws(JSONScanError) {
      guard var members = try s.members() else { return nil }
      while let key = try s.nextKey(&members) {
        switch key {
        case "type": type = try s.string()
        case "name": name = try s.string()
        case "description": description = try s.string()
        case "armGroupLabels": armGroupLabels = try s.strings()
        default: try s.skipValue()
        }
      }
    }
  }

  struct OutcomesModule {
    var primaryOutcomes: [OutcomeEntry]?
    var secondaryOutcomes: [OutcomeEntry]?

    init?(_ s: inout JSONScanner) throws(JSONScanError) {
      guard var members = try s.members() else { return nil }
      while let key = try s.nextKey(&members) {
        switch key {
        case "primaryOutcomes": primaryOutcomes = try s.array(OutcomeEntry.init)
        case "secondaryOutcomes": secondaryOutcomes = try s.array(OutcomeEntry.init)
        default: try s.skipValue()
        }
      }
    }
  }

  struct OutcomeEntry {
    var measure: String?
    var description: String?
    var timeFrame: String?

    init?(_ s: inout JSONScanner) throws(JSONScanError) {
      guard var members = try s.members() else { return nil }
      while let key = try s.nextKey(&members) {
        switch key {
        case "measure": measure = try s.string()
        case "description": description = try s.string()
        case "timeFrame": timeFrame = try s.string()
        default: try s.skipValue()
        }
      }
    }
  }

  struct EligibilityModule {
    var eligibilityCriteria: String?
    var healthyVolunteers: Bool?
    var sex: String?
    var minimumAge: String?
    var maximumAge: String?

    /// The criteria text is skipped when only the index is wanted.
    init?(_ s: inout JSONScanner, indexOnly: Bool) throws(JSONScanError) {
      guard var members = try s.members() else { return nil }
      while let key = try s.nextKey(&members) {
        switch key {
        case "eligibilityCriteria" where !indexOnly: eligibilityCriteria = try s.string()
        case "healthyVolunteers": healthyVolunteers = try s.bool()
        case "sex": sex = try s.string()
        case "minimumAge": minimumAge = try s.string()
        case "maximumAge": maximumAge = try s.string()
        default: try s.skipValue()
        }
      }
    }
  }

  struct ContactsLocations {
    var centralContacts: [Person]?
    var overallOfficials: [Person]?
    var locations: [Location]?

    /// People are skipped when only the index is wanted.
    init?(_ s: inout JSONScanner, indexOnly: Bool) throws(JSONScanError) {
      guard var members = try s.members() else { return nil }
      while let key = try s.nextKey(&members) {
        switch key {
        case "centralContacts" where !indexOnly: centralContacts = try s.array(Person.init)
        case "overallOfficials" where !indexOnly: overallOfficials = try s.array(Person.init)
        case "locations": locations = try s.array(Location.init)
        default: try s.skipValue()
        }
      }
    }
  }

  struct Person {
    var name: String?
    var role: String?
    var phone: String?
    var email: String?

    init?(_ s: inout JSONScanner) throws(JSONScanError) {
      guard var members = try s.members() else { return nil }
      while let key = try s.nextKey(&members) {
        switch key {
        case "name": name = try s.string()
        case "role": role = try s.string()
        case "phone": phone = try s.string()
        case "email": email = try s.string()
        default: try s.skipValue()
        }
      }
    }
  }

  struct Location {
    var facility: String?
    var city: String?
    var state: String?
    var country: String?

    init?(_ s: inout JSONScanner) throws(JSONScanError) {
      guard var members = try s.members() else { return nil }
      while let key = try s.nextKey(&members) {
        switch key {
        case "facility": facility = try s.string()
        case "city": city = try s.string()
        case "state": state = try s.string()
        case "country": country = try s.string()
        default: try s.skipValue()
        }
      }
    }
  }

  /// One string member of a small object (`{"date": "2024-01"}`, `{"name": "…"}`).
  static func field(_ name: StaticString, in s: inout JSONScanner) throws(JSONScanError) -> String? {
    guard var members = try s.members() else { return nil }
    var value: String?
    while let key = try s.nextKey(&members) {
      if name ~= key { value = try s.string() } else { try s.skipValue() }
    }
    return value
  }
}
