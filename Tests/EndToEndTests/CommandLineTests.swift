import Foundation
import Testing

/// The commands a newcomer runs, checked on the real binary.
@Suite struct CommandLineTests {
  @Test func exportPrintsTheFiveSeedsFromAnyDirectory() throws {
    let output = try CommandRunner.run(["export", "--format", "json"], in: try CommandRunner.temporaryDirectory())
    #expect(output.status == 0)
    #expect(output.stderr.isEmpty)
    let records = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
    #expect(
      records.compactMap { $0["id"] as? String } == [
        "NCT01854125", "001_085dc59f04c4a279", "002_93cb189ce42015ad", "NCT01724398", "NCT01724697",
      ])
    for record in records {
      for key in [
        "id", "registryIds", "title", "officialTitle", "source", "sponsor", "status", "phases", "studyType", "design",
        "conditions", "interventions", "cellSources", "origin", "routes", "doses", "enrollment", "sex", "ages",
        "healthyVolunteers", "eligibility", "arms", "outcomes", "locations", "contacts", "related", "warnings",
      ] {
        #expect(record.keys.contains(key), "missing \(key)")
      }
    }
  }

  @Test func jsonLinesHasOneRecordPerLine() throws {
    let output = try CommandRunner.run(["export", "--format", "jsonl"])
    let lines = output.stdout.split(separator: "\n")
    #expect(lines.count == 5)
    for line in lines {
      #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) is [String: Any])
    }
  }

  @Test func aCopiedBinaryStillCarriesTheSeeds() throws {
    let directory = try CommandRunner.temporaryDirectory()
    let copy = directory.appending(path: "livertrials")
    try FileManager.default.copyItem(at: CommandRunner.binary, to: copy)
    // Another test may fork while the copy is still open for writing; the child keeps that
    // descriptor until it execs, and starting the copy then fails with "text file busy".
    var attempt = 0
    var output: CommandRunner.Output
    while true {
      do {
        output = try CommandRunner.run(["export", "--format", "jsonl"], in: directory, binary: copy)
        break
      } catch let error as NSError
        where (error.userInfo[NSUnderlyingErrorKey] as? NSError)?.code == Int(ETXTBSY) && attempt < 20
      {
        attempt += 1
        Thread.sleep(forTimeInterval: 0.1)
      }
    }
    #expect(output.status == 0)
    #expect(output.stdout.split(separator: "\n").count == 5)
  }

  @Test func summaryPrintsTheTrial() throws {
    let output = try CommandRunner.run(["summary", "NCT01724398", "--width", "60"])
    #expect(output.status == 0)
    #expect(output.stdout.contains("Umbilical Cord Mesenchymal Stem Cells"))
    #expect(output.stdout.split(separator: "\n").allSatisfy { $0.count <= 60 })
    #expect(!output.stdout.contains("\u{1B}"))
  }

  @Test func unknownIdNamesTheClosestAndFails() throws {
    let output = try CommandRunner.run(["summary", "NCT01724399"])
    #expect(output.status == 1)
    #expect(output.stderr.contains("NCT01724398"))
    #expect(output.stdout.isEmpty)
  }

  @Test func badPathsAreReportedAndTheRestStillLoads() throws {
    let directory = try CommandRunner.temporaryDirectory()
    try Data().write(to: directory.appending(path: "empty.txt"))
    let seed = CommandRunner.repositoryRoot.appending(path: "seeds/003_9448936c7e9f0408.txt").path
    let output = try CommandRunner.run(
      ["export", "--format", "jsonl", "missing.txt", "empty.txt", seed], in: directory)
    #expect(output.status == 1)
    let errors = output.stderr.split(separator: "\n")
    #expect(errors.count == 2)
    #expect(errors.contains { $0.contains("missing.txt") && $0.contains("no such file") })
    #expect(errors.contains { $0.contains("empty.txt") && $0.contains("empty") })
    #expect(output.stdout.split(separator: "\n").count == 1)
  }

  @Test func directoriesAreReadRecursively() throws {
    let output = try CommandRunner.run([
      "export", "--format", "jsonl", CommandRunner.repositoryRoot.appending(path: "seeds").path,
    ])
    #expect(output.status == 0)
    #expect(output.stdout.split(separator: "\n").count == 5)
  }
}
