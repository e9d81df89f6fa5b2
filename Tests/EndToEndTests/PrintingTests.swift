import Foundation
import Testing

/// `summary`, `compare` and `export --format csv` on the real binary, as a reviewer runs them.
@Suite struct PrintingTests {
  static let hepaticArtery = ["NCT01854125", "001_085dc59f04c4a279", "NCT01724697"]

  @Test func summaryOfSeveralTrialsInEveryFormat() throws {
    let text = try CommandRunner.run(["summary", "NCT01854125", "NCT01724697", "--width", "72"])
    #expect(text.status == 0)
    #expect(text.stdout.contains("hepatic artery — \"Every patient is given"))
    #expect(text.stdout.contains("Arm 2 of 2 · BMSC transplantation (experimental)"))
    #expect(text.stdout.split(separator: "\n").allSatisfy { $0.count <= 72 })
    #expect(!text.stdout.contains("\u{1B}"))

    let markdown = try CommandRunner.run(["summary", "NCT01724398", "--format", "markdown"])
    #expect(markdown.status == 0)
    #expect(markdown.stdout.hasPrefix("# Umbilical Cord Mesenchymal Stem Cells"))
    #expect(markdown.stdout.contains("| Type | Measure | Time frame |"))

    let json = try CommandRunner.run(["summary", "nct01724398", "--format", "json"])
    let record = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(record["id"] as? String == "NCT01724398")
  }

  @Test func summaryDefaultsTo80ColumnsWhenNotATerminal() throws {
    let output = try CommandRunner.run(["summary", "NCT01724398"])
    let widest = output.stdout.split(separator: "\n").map(\.count).max() ?? 0
    #expect(widest <= 80)
    #expect(widest > 70)
  }

  @Test func unknownIdInCompareNamesTheClosest() throws {
    let output = try CommandRunner.run(["compare", "NCT01854125", "NCT0172469"])
    #expect(output.status == 1)
    #expect(output.stderr.contains("no trial with id NCT0172469"))
    #expect(output.stderr.contains("NCT01724697"))
    #expect(output.stdout.isEmpty)
  }

  @Test(arguments: [80, 160])
  func compareFitsTheWidth(width: Int) throws {
    let output = try CommandRunner.run(["compare"] + Self.hepaticArtery + ["--width", "\(width)"])
    #expect(output.status == 0)
    let lines = output.stdout.split(separator: "\n")
    #expect(lines.allSatisfy { $0.count <= width })
    #expect(lines.contains { $0.hasPrefix("Route (per arm)") })
  }

  @Test func compareNeedsTwoTrials() throws {
    let output = try CommandRunner.run(["compare", "NCT01854125"])
    #expect(output.status != 0)
  }

  @Test func perArmNeedsCSV() throws {
    let output = try CommandRunner.run(["export", "--per-arm"])
    #expect(output.status != 0)
    #expect(output.stderr.contains("--per-arm"))
  }

  /// The evidence table, read back by Python's csv module, holds the records' exact values.
  @Test(arguments: [false, true])
  func evidenceTableReadsBackInPython(perArm: Bool) throws {
    let directory = try CommandRunner.temporaryDirectory()
    let csv = try CommandRunner.run(["export", "--format", "csv"] + (perArm ? ["--per-arm"] : []))
    #expect(csv.status == 0)
    #expect(csv.stdout.hasSuffix("\r\n"))
    try Data(csv.stdout.utf8).write(to: directory.appending(path: "table.csv"))
    let script = """
      import csv, json, sys
      with open(sys.argv[1], newline="", encoding="utf-8") as f:
          rows = list(csv.DictReader(f))
      print(json.dumps(rows))
      """
    try Data(script.utf8).write(to: directory.appending(path: "read.py"))
    let python = try Self.python(["read.py", "table.csv"], in: directory)
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(python.utf8)) as? [[String: String]])

    let json = try CommandRunner.run(["export", "--format", "json"])
    let records = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    #expect(Set(rows.compactMap { $0["id"] }) == Set(records.compactMap { $0["id"] as? String }))
    #expect(rows.count == (perArm ? 8 : 5))
    for row in rows {
      let record = try #require(records.first { $0["id"] as? String == row["id"] })
      #expect(row["title"] == record["title"] as? String)
      #expect(row["sponsor"] == (record["sponsor"] as? String ?? ""))
      #expect(row["conditions"] == (record["conditions"] as? [String] ?? []).joined(separator: "; "))
      #expect(row["warnings"] == (record["warnings"] as? [String] ?? []).joined(separator: "; "))
      #expect(row["phases"] == (record["phases"] as? [String] ?? []).joined(separator: "; "))
      let source = try #require(record["source"] as? [String: Any])
      #expect(row["source"] == source["path"] as? String)
      if !perArm {
        #expect(row["routes"] == (record["routes"] as? [String] ?? []).joined(separator: "; "))
        #expect(row["cell_source"] == (record["cellSources"] as? [String] ?? []).joined(separator: "; "))
      }
    }
  }

  private static func python(_ arguments: [String], in directory: URL) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    process.currentDirectoryURL = directory
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }
}
