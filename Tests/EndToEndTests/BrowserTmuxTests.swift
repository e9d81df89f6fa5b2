import Foundation
import Testing

/// Runs the real binary in tmux, presses keys like a person, and reads the pane.
@Suite("Browser in tmux", .serialized)
struct BrowserTmuxTests {
  static let hasTmux =
    FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
    || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")

  @Test(.enabled(if: hasTmux))
  func routeKeySearchTabsResizeAndQuit() throws {
    let pane = try TmuxPane(columns: 80, rows: 24)
    defer { pane.close() }
    var screen = try pane.waitFor("5 trials")
    #expect(screen.contains("NCT01724398"))
    #expect(screen.contains("? help"))

    try pane.send("r")
    // The status line is drawn last: waiting for it means the whole frame is on screen.
    screen = try pane.waitFor("route:hepatic-artery · 3 shown")
    #expect(!screen.contains("NCT01724398") && screen.contains("NCT01724697") && screen.contains("NCT01854125"))

    try pane.send("r")
    screen = try pane.waitFor("route:peripheral-vein · 2 shown")
    #expect(!screen.contains("NCT01854125"))

    try pane.send("R", "/", "p", "l", "a", "s", "m", "a")
    screen = try pane.waitFor("1 match")
    try pane.send("Enter", "Tab", "4")
    screen = try pane.waitFor("Primary outcomes (1)")
    #expect(screen.contains("Survival rate and time"))

    try pane.resize(columns: 130, rows: 40)
    screen = try pane.waitFor("│")
    #expect(screen.contains("Secondary outcomes"))

    try pane.send("?")
    _ = try pane.waitFor("keys (vi keys and arrows both work)")
    try pane.send("Escape", "q")
    screen = try pane.waitFor("EXIT=0")
    #expect(!screen.contains("livertrials ·"), "the alternate screen is left")
  }

  @Test(.enabled(if: hasTmux))
  func terminalTooSmallThenNoColor() throws {
    let pane = try TmuxPane(columns: 40, rows: 10, environment: "NO_COLOR=1")
    defer { pane.close() }
    _ = try pane.waitFor("Terminal too small")
    try pane.resize(columns: 80, rows: 24)
    _ = try pane.waitFor("5 trials")
    try pane.send("C-c")
    _ = try pane.waitFor("EXIT=130")
  }

  @Test func refusesWithoutATerminal() throws {
    let output = try CommandRunner.run([])
    #expect(output.status == 2)
    #expect(output.stderr.contains("livertrials list"))
    #expect(!output.stdout.contains("\u{1B}") && !output.stderr.contains("\u{1B}"))
  }
}

/// A detached tmux session running the browser, with a unique name, on a tmux server of its own.
struct TmuxPane {
  let name = "lt-e2e-\(UUID().uuidString.prefix(8))"

  init(columns: Int, rows: Int, environment: String = "") throws {
    try self.init(
      columns: columns, rows: rows,
      command:
        "env NCURSES_NO_UTF8_ACS=1 LANG=C.UTF-8 TERM=xterm-256color \(environment) '\(CommandRunner.binary.path)'; echo EXIT=$?; sleep 30"
    )
  }

  /// A pane running `command` (through the shell).
  init(columns: Int, rows: Int, command: String) throws {
    try tmux(["new-session", "-d", "-s", name, "-x", "\(columns)", "-y", "\(rows)", command])
  }

  /// tmux's own view of the pane's terminal state, e.g. `#{alternate_on}`.
  func display(_ format: String) throws -> String {
    try tmux(["display-message", "-p", "-t", name, format], capture: true).trimmingCharacters(
      in: .whitespacesAndNewlines)
  }

  func send(_ keys: String...) throws {
    for key in keys { try tmux(["send-keys", "-t", name, key]) }
  }

  func resize(columns: Int, rows: Int) throws {
    try tmux(["resize-window", "-t", name, "-x", "\(columns)", "-y", "\(rows)"])
  }

  func capture() throws -> String { try tmux(["capture-pane", "-t", name, "-p"], capture: true) }

  /// The pane once it shows `text` (within 10 s), else the last capture in a failure.
  func waitFor(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    var screen = ""
    for _ in 0..<100 {
      screen = try capture()
      if screen.contains(text) { return screen }
      Thread.sleep(forTimeInterval: 0.1)
    }
    Issue.record("pane never showed \"\(text)\":\n\(screen)", sourceLocation: sourceLocation)
    return screen
  }

  /// Ends the pane and its server, and removes the server's socket (tmux leaves it behind).
  func close() {
    let socket = (try? display("#{socket_path}")) ?? ""
    _ = try? tmux(["kill-server"])
    if socket.hasSuffix("/\(name)") { unlink(socket) }
  }

  /// Runs tmux through the shell with popen: a tmux server that new-session starts daemonizes,
  /// and Foundation's Process never saw its client exit when the server was its grandchild.
  @discardableResult
  func tmux(_ arguments: [String], capture: Bool = false) throws -> String {
    let quoted = arguments.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
    // Each pane has a tmux server of its own (-L): a test that closes the last session of a
    // shared server could otherwise shut it down under another test's new session.
    let command =
      "tmux -L '\(name)' " + quoted.joined(separator: " ") + (capture ? " 2>/dev/null" : " </dev/null >/dev/null 2>&1")
    guard let pipe = popen(command, "r") else { throw CocoaError(.fileReadUnknown) }
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = fread(&buffer, 1, buffer.count, pipe)
      if count <= 0 { break }
      data.append(contentsOf: buffer[0..<count])
    }
    pclose(pipe)
    return String(decoding: data, as: UTF8.self)
  }
}
