import Foundation
import Testing

/// The hostile fixtures through every command of the real binary: the bytes on stdout and
/// stderr never hold ESC, BEL, another C0 or C1 control or a bidi control, except that CSV keeps
/// the exact text inside quotes; JSON decodes back to the exact text. In tmux, the bytes the
/// browser writes to its terminal carry none of the fixtures' sequences.
@Suite("Hostile text through the binary")
struct HostileTextCommandTests {
  static let folder = CommandRunner.repositoryRoot.appending(path: "Tests/HostileFixtures")
  static let page = folder.appending(path: "hostile_medpath.txt").path
  static let study = folder.appending(path: "hostile_study.json").path

  /// Forbidden characters in `bytes`, found byte by byte (ESC, BEL and other C0 bytes never
  /// occur inside a UTF-8 sequence) and by decoded scalar (C1 and bidi are multi-byte).
  static func violations(_ bytes: Data, allowing allowed: Set<UInt8> = [0x0A]) -> [String] {
    var found: [String] = []
    for (offset, byte) in bytes.enumerated() where (byte < 0x20 || byte == 0x7F) && !allowed.contains(byte) {
      found.append(String(format: "byte 0x%02X at %d", byte, offset))
    }
    guard let text = String(data: bytes, encoding: .utf8) else { return found + ["not valid UTF-8"] }
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if (0x80...0x9F).contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) {
        found.append(String(format: "U+%04X", value))
      }
    }
    return found
  }

  static let textCommands: [[String]] = [
    ["list", "-q", "all:yes", "--format", "table", page, study],
    ["list", "-q", "all:yes", "--format", "tsv", page, study],
    ["summary", "NCT09999901", "NCT09999902", "--data", page, "--data", study, "--format", "text", "--width", "80"],
    ["summary", "NCT09999901", "NCT09999902", "--data", page, "--data", study, "--format", "markdown"],
    ["compare", "NCT09999901", "NCT09999902", "--data", page, "--data", study, "--format", "text", "--width", "100"],
    ["compare", "NCT09999901", "NCT09999902", "--data", page, "--data", study, "--format", "markdown"],
    ["list", "-q", "all:yes", "--format", "json", page, study],
    ["summary", "NCT09999901", "--data", page, "--format", "json"],
    ["export", "--format", "json", page, study],
    ["export", "--format", "jsonl", page, study],
    // Ids and queries are shown in messages too.
    ["summary", "NCT0999\u{1B}]52;c;eA==\u{07}\u{202E}", "--data", page],
  ]

  @Test(arguments: textCommands)
  func noControlReachesStdoutOrStderr(_ arguments: [String]) throws {
    let output = try CommandRunner.run(arguments)
    let allowed: Set<UInt8> = arguments.contains("tsv") ? [0x0A, 0x09] : [0x0A]
    let stdout = Self.violations(Data(output.stdout.utf8), allowing: allowed)
    let stderr = Self.violations(Data(output.stderr.utf8))
    #expect(stdout.isEmpty, "stdout: \(stdout.prefix(5))")
    #expect(stderr.isEmpty, "stderr: \(stderr.prefix(5))")
    #expect(!output.stdout.isEmpty || !output.stderr.isEmpty)
  }

  /// File names are untrusted too (an unpacked archive chooses them): a record without an id is
  /// named after its file, and a diagnostic names the file.
  @Test func hostileFileNamesAreShownSafely() throws {
    let directory = try CommandRunner.temporaryDirectory()
    let page = "evil\u{1B}[2J\u{202E}page"
    try Data("Title: A page without an id\nSponsor: Someone\n".utf8).write(to: directory.appending(path: page + ".txt"))
    try Data("nope".utf8).write(to: directory.appending(path: "broken\u{1B}]52;c;eA==\u{07}.json"))
    for arguments in [
      ["list", "-q", "all:yes", "--format", "table", "."], ["list", "-q", "all:yes", "--format", "tsv", "."],
      ["summary", page, "--data", "."], ["compare", page, page, "--data", "."],
    ] {
      let output = try CommandRunner.run(arguments, in: directory)
      let allowed: Set<UInt8> = arguments.contains("tsv") ? [0x0A, 0x09] : [0x0A]
      #expect(Self.violations(Data(output.stdout.utf8), allowing: allowed).isEmpty, "\(arguments): \(output.stdout)")
      #expect(Self.violations(Data(output.stderr.utf8)).isEmpty, "\(arguments): \(output.stderr)")
      #expect(output.stdout.contains("evil␛[2J�page"), "\(arguments): \(output.stdout)")
    }
    let listed = try CommandRunner.run(["list", "-q", "all:yes", "."], in: directory)
    #expect(listed.stderr.contains("broken␛]52;c;eA==�.json: invalid JSON"), "\(listed.stderr)")
  }

  @Test func jsonDecodesToTheExactText() throws {
    let output = try CommandRunner.run(["export", "--format", "json", Self.study])
    let records = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
    let title = try #require(records.first?["title"] as? String)
    // (The study parser reads CommonMark backslash escapes, so only whole sequences are compared.)
    #expect(title.hasPrefix("Hostile \u{1B}[31mRED\u{1B}[0m\u{1B}[2J\u{1B}[?1049l[csi] umbilical cord MSC study "))
    #expect(title.contains("\u{1B}]8;;https://evil.example/\u{1B}"))
    #expect(output.stdout.contains("\\u001b[31mRED"))
  }

  @Test func csvKeepsTheBytesInsideQuotes() throws {
    let output = try CommandRunner.run(["export", "--format", "csv", Self.study])
    #expect(output.status == 0)
    #expect(output.stdout.contains("\"Evil Sponsor \u{1B}]52;c;ZWNobyBvd25lZA==\u{07}[osc52]\""))
  }

  /// The browser on the fixtures in tmux, every tab of both trials, help and the preview: the
  /// raw bytes sent to the pane (pipe-pane) hold none of the fixtures' sequences, the pane shows
  /// the placeholders, and neither the pane title nor tmux's clipboard was touched.
  @Test(.enabled(if: BrowserTmuxTests.hasTmux))
  func theBrowserSendsNoneOfItToTheTerminal() throws {
    let directory = try CommandRunner.temporaryDirectory()
    let stream = directory.appending(path: "pane.bytes")
    let pane = try TmuxPane(
      columns: 160, rows: 50,
      command:
        "env NCURSES_NO_UTF8_ACS=1 LANG=C.UTF-8 TERM=xterm-256color '\(CommandRunner.binary.path)' '\(Self.page)' '\(Self.study)'; echo EXIT=$?; sleep 30"
    )
    defer { pane.close() }
    try pane.tmux(["pipe-pane", "-o", "-t", pane.name, "cat >> '\(stream.path)'"])
    var screen = try pane.waitFor("2 trials")
    #expect(screen.contains("␛"))
    for keys in [
      ["Enter"], ["2"], ["3"], ["4"], ["5"], ["6"], ["Escape", "j", "Enter", "1"], ["2"], ["3"], ["4"], ["5"],
    ] {
      try pane.send(keys)
      Thread.sleep(forTimeInterval: 0.15)
    }
    try pane.send(["Escape", "?"])
    _ = try pane.waitFor("keys")
    try pane.send(["Escape", " ", "k", " ", "p"])
    screen = try pane.waitFor("print")
    try pane.send(["Escape", "q"])
    _ = try pane.waitFor("EXIT=0")
    Thread.sleep(forTimeInterval: 0.3)
    let bytes = try Data(contentsOf: stream)
    #expect(bytes.count > 1000, "pipe-pane recorded \(bytes.count) bytes")
    for sequence in [
      "\u{1B}]52;", "\u{1B}]8;;", "\u{1B}[2J\u{1B}[?1049l[csi]", "\u{07}\u{07}", "ZWNobyBvd25lZA==\u{07}",
    ] {
      #expect(bytes.firstRange(of: Data(sequence.utf8)) == nil, "\(sequence.debugDescription) reached the terminal")
    }
    let text = String(decoding: bytes, as: UTF8.self)
    for scalar in text.unicodeScalars {
      let value = scalar.value
      let bad = (0x80...0x9F).contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
      #expect(!bad, "\(String(format: "U+%04X", value)) reached the terminal")
      if bad { break }
    }
    #expect(try pane.display("#{pane_title}") != "title")
    let buffers = try pane.tmux(["list-buffers", "-F", "#{buffer_sample}"], capture: true)
    #expect(!buffers.contains("echo owned"), "OSC 52 wrote to tmux's clipboard")
  }
}

extension TmuxPane {
  /// Sends each key of `keys`.
  func send(_ keys: [String]) throws {
    for key in keys { try send(key) }
  }
}
