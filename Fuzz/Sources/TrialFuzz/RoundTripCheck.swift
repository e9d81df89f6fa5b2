import Foundation
import TrialCore

/// Export must always work and give back the record: a record that cannot be written as JSON,
/// or that reads back different, is a bug as real as a crash.
enum RoundTripCheck {
  static func require(_ trial: Trial) {
    let json: String
    do {
      json = try TrialJSON.object(trial)
    } catch {
      fatalError("export failed for \(trial.id): \(error)")
    }
    let decoded: Trial
    do {
      decoded = try JSONDecoder().decode(Trial.self, from: Data(json.utf8))
    } catch {
      fatalError("exported JSON does not decode: \(error)\n\(json)")
    }
    if decoded != trial {
      fatalError("exported JSON decodes to a different record:\n\(json)")
    }
  }
}
