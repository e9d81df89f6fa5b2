import Foundation
import Testing

/// The browser in tmux under abuse: resize storms, tiny and huge windows, signals while it
/// draws, a crash, Ctrl-Z and fg, terminals it cannot use. Afterwards the terminal must be as it
/// was: the same `stty -g` modes, read by a plain `sh` (an interactive shell would quietly repair
/// them), and tmux's own flags for the alternate screen, the cursor, keypad and mouse reporting.
@Suite("Terminal restored in tmux", .serialized)
struct TerminalRestoreTmuxTests {
  /// alternate screen, cursor visible, keypad (cursor keys, keypad), mouse (any, standard,
  /// button): what a shell prompt expects.
  static let restoredFlags = "0 1 0 0 0 0 0"
  static let flagsFormat =
    "#{alternate_on} #{cursor_flag} #{keypad_cursor_flag} #{keypad_flag} #{mouse_any_flag} #{mouse_standard_flag} #{mouse_button_flag}"

  /// A folder with `run.sh`: saves the terminal modes, runs the browser as `exec` in a child
  /// that writes its pid, then prints whether the modes came back and the exit status.
  struct Harness {
    let directory: URL

    init() throws {
      directory = try CommandRunner.temporaryDirectory()
      let script = """
        dir="$1"; shift
        stty -g > "$dir/before"
        sh -c 'echo $$ > "$0/pid"; exec "$@"' "$dir" env NCURSES_NO_UTF8_ACS=1 LANG=C.UTF-8 SWIFT_BACKTRACE=enable=no "$@"
        status=$?
        stty -g > "$dir/after"
        if cmp -s "$dir/before" "$dir/after"; then echo STTY=same; else echo STTY=changed; fi
        echo EXIT=$status

        """
      try script.write(to: directory.appending(path: "run.sh"), atomically: true, encoding: .utf8)
    }

    /// The shell command that runs the browser with `environment` (e.g. "TERM=xterm-256color").
    func command(_ environment: String = "TERM=xterm-256color") -> String {
      "sh '\(directory.path)/run.sh' '\(directory.path)' \(environment) '\(CommandRunner.binary.path)'"
    }

    /// The browser's pid, once it has written it.
    func pid() throws -> pid_t {
      for _ in 0..<100 {
        if let text = try? String(contentsOf: directory.appending(path: "pid"), encoding: .utf8),
          let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
        {
          return pid
        }
        Thread.sleep(forTimeInterval: 0.05)
      }
      throw CocoaError(.fileNoSuchFile)
    }
  }

  /// 50 window sizes in about a second, the extremes among them.
  static func storm(_ pane: TmuxPane, count: Int = 50) throws {
    let sizes = [(1, 1), (20, 5), (300, 80), (80, 24), (61, 12), (59, 11), (200, 3), (3, 60), (120, 40), (133, 7)]
    for i in 0..<count {
      let (columns, rows) = sizes[i % sizes.count]
      try pane.resize(columns: columns, rows: rows)
    }
  }

  private func expectRestored(_ pane: TmuxPane, exit: Int32, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let screen = try pane.waitFor("EXIT=", sourceLocation: sourceLocation)
    #expect(screen.contains("EXIT=\(exit)"), "\(screen)", sourceLocation: sourceLocation)
    #expect(screen.contains("STTY=same"), "\(screen)", sourceLocation: sourceLocation)
    #expect(try pane.display(Self.flagsFormat) == Self.restoredFlags, sourceLocation: sourceLocation)
  }

  @Test(.enabled(if: BrowserTmuxTests.hasTmux))
  func resizeStormAndExtremeSizesThenQuit() throws {
    let harness = try Harness()
    let pane = try TmuxPane(columns: 120, rows: 40, command: harness.command() + "; sleep 30")
    defer { pane.close() }
    _ = try pane.waitFor("5 trials")
    let start = Date()
    try Self.storm(pane)
    #expect(Date().timeIntervalSince(start) < 5)
    try pane.resize(columns: 20, rows: 5)
    _ = try pane.waitFor("Terminal too small")
    try pane.resize(columns: 1, rows: 1)
    Thread.sleep(forTimeInterval: 0.2)
    #expect(kill(try harness.pid(), 0) == 0, "the browser is still running at 1x1")
    try pane.resize(columns: 300, rows: 80)
    var screen = try pane.waitFor("5 trials")
    #expect(screen.split(separator: "\n").contains { $0.count > 200 }, "drawn across 300 columns")
    try pane.send("j", "Enter", "2")
    screen = try pane.waitFor("Inclusion criteria")
    try pane.resize(columns: 120, rows: 40)
    _ = try pane.waitFor("│")
    try pane.send("q")
    try expectRestored(pane, exit: 0)
  }

  /// SIGINT, SIGTERM, SIGHUP and SIGQUIT arrive in the middle of a resize storm.
  @Test(
    .enabled(if: BrowserTmuxTests.hasTmux),
    arguments: [(SIGINT, 130), (SIGTERM, 143), (SIGHUP, 129), (SIGQUIT, 131)] as [(Int32, Int32)])
  func signalWhileDrawingRestoresTheTerminal(_ signal: Int32, _ status: Int32) throws {
    let harness = try Harness()
    let pane = try TmuxPane(columns: 100, rows: 30, command: harness.command() + "; sleep 30")
    defer { pane.close() }
    _ = try pane.waitFor("5 trials")
    let pid = try harness.pid()
    try Self.storm(pane, count: 10)
    kill(pid, signal)
    try Self.storm(pane, count: 10)
    try pane.resize(columns: 100, rows: 30)
    try expectRestored(pane, exit: status)
  }

  /// A crash cannot run the normal exit path; the signal handler restores the terminal from
  /// bytes prepared at start-up, then the process dies of the signal.
  @Test(
    .enabled(if: BrowserTmuxTests.hasTmux),
    arguments: [(SIGSEGV, 139), (SIGABRT, 134), (SIGILL, 132)] as [(Int32, Int32)])
  func crashRestoresTheTerminal(_ signal: Int32, _ status: Int32) throws {
    let harness = try Harness()
    let pane = try TmuxPane(columns: 100, rows: 30, command: harness.command() + "; sleep 30")
    defer { pane.close() }
    _ = try pane.waitFor("5 trials")
    kill(try harness.pid(), signal)
    try expectRestored(pane, exit: status)
  }

  /// Closing the window takes the terminal away: the browser must end, not spin on reads
  /// that fail at once.
  @Test(.enabled(if: BrowserTmuxTests.hasTmux))
  func closingTheWindowEndsTheBrowser() throws {
    let harness = try Harness()
    let pane = try TmuxPane(columns: 100, rows: 30, command: harness.command() + "; sleep 30")
    _ = try pane.waitFor("5 trials")
    let pid = try harness.pid()
    pane.close()
    var running = true
    for _ in 0..<50 where running {
      Thread.sleep(forTimeInterval: 0.1)
      running = kill(pid, 0) == 0
    }
    #expect(!running, "the browser still runs after its window closed")
    if running { kill(pid, SIGKILL) }
  }

  /// Ctrl-Z gives the shell a sane terminal; fg brings the browser back, drawn in full.
  @Test(.enabled(if: BrowserTmuxTests.hasTmux))
  func suspendAndResume() throws {
    let harness = try Harness()
    let pane = try TmuxPane(columns: 100, rows: 30, command: "env PS1='$ ' bash --norc --noprofile -i")
    defer { pane.close() }
    _ = try pane.waitFor("$")
    try pane.send(harness.command(), "Enter")
    _ = try pane.waitFor("5 trials")
    try pane.send("r")
    _ = try pane.waitFor("route: hepatic artery (3)")
    try pane.send("C-z")
    // The shell may announce the stop before the browser has left the alternate screen (the
    // script's shell stops first), and the announcement is then hidden; `jobs` asks again.
    var flags = ""
    for _ in 0..<50 where flags != Self.restoredFlags {
      Thread.sleep(forTimeInterval: 0.1)
      flags = try pane.display(Self.flagsFormat)
    }
    #expect(flags == Self.restoredFlags)
    try pane.send("jobs", "Enter")
    _ = try pane.waitFor("Stopped")
    let stopped = harness.directory.appending(path: "stopped").path
    try pane.send(
      "stty -g > '\(stopped)'; cmp -s '\(harness.directory.path)/before' '\(stopped)' && echo STOPPED=same", "Enter")
    _ = try pane.waitFor("STOPPED=same")
    try pane.send("fg", "Enter")
    // Drawn again in full: the header with its filter and the rows below it.
    _ = try pane.waitFor("route: hepatic artery (3)")
    _ = try pane.waitFor("NCT01854125")
    #expect(try pane.display(Self.flagsFormat) == "1 0 1 1 1 1 0")
    try pane.send("q")
    try expectRestored(pane, exit: 0)
  }

  /// Terminals the browser cannot use are refused with one line and status 2, and nothing is
  /// sent to them; with stdout redirected it still runs, and `p` output goes to the file.
  @Test(.enabled(if: BrowserTmuxTests.hasTmux))
  func refusalsAndRedirectedOutput() throws {
    let harness = try Harness()
    let binary = "'\(CommandRunner.binary.path)'"
    let output = harness.directory.appending(path: "out.txt").path
    let lines = [
      "env -u TERM \(binary); echo UNSET=$?",
      "TERM=dumb \(binary); echo DUMB=$?",
      "TERM=xterm-nonexistent \(binary); echo UNKNOWN=$?",
      "TERM=xterm-256color \(binary) < /dev/null; echo STDIN=$?",
      "TERM=xterm-256color \(binary) < /dev/null > /dev/null 2>&1; echo NEITHER=$?",
      "TERM=xterm-256color NCURSES_NO_UTF8_ACS=1 LANG=C.UTF-8 \(binary) > '\(output)'; echo REDIRECTED=$?",
    ]
    let pane = try TmuxPane(columns: 160, rows: 40, command: lines.joined(separator: "; ") + "; sleep 30")
    defer { pane.close() }
    var screen = try pane.waitFor("5 trials")
    try pane.send("p")
    _ = try pane.waitFor("print")
    try pane.send("Enter", "q")
    screen = try pane.waitFor("REDIRECTED=")
    for (name, reason) in [
      ("UNSET", "TERM is not set"), ("DUMB", "TERM is dumb"), ("UNKNOWN", "terminal type \"xterm-nonexistent\""),
      ("STDIN", "stdin is not a terminal"),
    ] {
      #expect(screen.contains("\(name)=2"), "\(screen)")
      #expect(screen.contains(reason), "\(reason)\n\(screen)")
    }
    #expect(screen.contains("NEITHER=2"))
    #expect(screen.contains("REDIRECTED=0"))
    #expect(try pane.display(Self.flagsFormat) == Self.restoredFlags)
    let printed = try String(contentsOf: URL(fileURLWithPath: output), encoding: .utf8)
    #expect(printed.contains("NCT01854125"))
    #expect(!printed.contains("\u{1B}"), "no terminal codes in the redirected output")
  }
}
