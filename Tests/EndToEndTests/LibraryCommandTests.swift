import Foundation
import Testing

/// Importing into a library and reading it back through the commands.
@Suite struct LibraryCommandTests {
  @Test func importThenListSummaryAndExportFromTheLibrary() throws {
    let directory = try CommandRunner.temporaryDirectory()
    let library = directory.appending(path: "lib").path
    let seeds = CommandRunner.repositoryRoot.appending(path: "seeds").path
    let xml = CommandRunner.repositoryRoot.deletingLastPathComponent().appending(path: "shared/samples/legacy_xml").path
    let imported = try CommandRunner.run(["import", seeds, xml, "--library", library])
    #expect(imported.status == 0)
    #expect(imported.stderr.contains("6 trials in"))
    #expect(!imported.stderr.contains("\u{1B}"), "no progress bar when stderr is not a terminal")

    let list = try CommandRunner.run(["list", "--library", library, "--format", "tsv"])
    #expect(list.status == 0)
    #expect(list.stdout.split(separator: "\n").count == 7)
    #expect(list.stdout.contains("NCT03945487"))

    let summary = try CommandRunner.run(["summary", "NCT01854125", "--library", library, "--format", "json"])
    let record = try #require(try JSONSerialization.jsonObject(with: Data(summary.stdout.utf8)) as? [String: Any])
    let conflicts = try #require(record["conflicts"] as? [[String: Any]])
    #expect(conflicts.contains { $0["field"] as? String == "phases" })

    let again = try CommandRunner.run(["import", seeds, "--library", library])
    #expect(again.stderr.contains("0 added, 0 updated, 5 unchanged"))

    let seedsOnly = try CommandRunner.run(["list", "--library", library, "--seeds", "--format", "tsv"])
    #expect(seedsOnly.stdout.split(separator: "\n").count == 6)
  }

  @Test func aMissingLibraryIsAClearError() throws {
    let output = try CommandRunner.run(["list", "--library", "/nonexistent/livertrials-lib"])
    #expect(output.status != 0)
    #expect(output.stderr.contains("no library in /nonexistent/livertrials-lib"))
  }
}
