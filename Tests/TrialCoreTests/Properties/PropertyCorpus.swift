import Foundation

/// The documents that properties start from: the seeds, the test fixtures and the real
/// ClinicalTrials.gov samples beside the repository.
enum PropertyCorpus {
  struct Document {
    var name: String
    var data: Data
  }

  static let documents: [Document] = {
    let folders = [
      Snapshot.repositoryRoot.appending(path: "seeds"),
      Snapshot.repositoryRoot.appending(path: "Tests/TrialCoreTests/Fixtures"),
      SampleGoldenTests.samplesRoot.appending(path: "v2json"),
      SampleGoldenTests.samplesRoot.appending(path: "legacy_xml"),
    ]
    return folders.flatMap { folder in
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      return names.filter { !$0.hasPrefix(".") }.sorted().compactMap { name -> Document? in
        let url = folder.appending(path: name)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
          let data = try? Data(contentsOf: url)
        else { return nil }
        return Document(name: "\(folder.lastPathComponent)/\(name)", data: data)
      }
    }
  }()
}
