import Foundation

/// The JSON shapes a ClinicalTrials.gov download comes in: a single study, an API page
/// `{"studies": […], "nextPageToken": …}`, or a bare array of studies. Elements that fail to
/// decode are kept as errors so the rest of the file still loads.
struct StudyContainer: Decodable {
  /// One element: a study or the reason it could not be read.
  struct Element: Decodable {
    let study: Result<CTGovStudy, any Error>

    init(from decoder: any Decoder) throws {
      do {
        study = .success(try decoder.singleValueContainer().decode(CTGovStudy.self))
      } catch {
        study = .failure(error)
      }
    }
  }

  private enum Keys: String, CodingKey { case studies, protocolSection }

  let elements: [Element]
  let isSingleStudy: Bool

  init(from decoder: any Decoder) throws {
    if var array = try? decoder.unkeyedContainer() {
      var elements: [Element] = []
      while !array.isAtEnd { elements.append(try array.decode(Element.self)) }
      self.elements = elements
      isSingleStudy = false
      return
    }
    let object = try decoder.container(keyedBy: Keys.self)
    if object.contains(.studies) {
      elements = try object.decode([Element].self, forKey: .studies)
      isSingleStudy = false
    } else if object.contains(.protocolSection) {
      elements = [try Element(from: decoder)]
      isSingleStudy = true
    } else {
      throw DecodingError.keyNotFound(
        Keys.protocolSection, .init(codingPath: [], debugDescription: "neither a study nor a page of studies"))
    }
  }
}
