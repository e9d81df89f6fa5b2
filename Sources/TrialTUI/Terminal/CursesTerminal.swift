import CNcursesw
import Foundation

/// The only code that talks to ncurses: opens `/dev/tty` with `newterm` (stdout stays free for
/// printed summaries), turns keys and mouse events into `InputEvent`s, draws only the runs of a
/// `Screen` that changed, and restores the terminal on every way out.
final class CursesTerminal {
  private let screenHandle: OpaquePointer
  private let output: UnsafeMutablePointer<FILE>
  private let input: UnsafeMutablePointer<FILE>
  private let ownsFiles: Bool
  private var previous: Screen?
  private var isOpen = true
  /// Signals that end or suspend the browser; the handlers only record them. SIGQUIT (Ctrl-\)
  /// is one of them: its default action would leave the terminal in the alternate screen.
  static let handledSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP]

  private init(
    screen: OpaquePointer, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>, ownsFiles: Bool
  ) {
    screenHandle = screen
    self.output = output
    self.input = input
    self.ownsFiles = ownsFiles
  }

  /// Checks the environment and opens the user's terminal, or says why it cannot.
  static func open(environment: [String: String]) throws(TerminalRefusal) -> CursesTerminal {
    // stdout may be redirected: the browser draws on /dev/tty and prints summaries to stdout on
    // exit (`livertrials > picked.txt`). A script with no terminal on stdin is refused.
    guard isatty(STDIN_FILENO) == 1 else { throw .notATerminal }
    guard let term = environment["TERM"], !term.isEmpty else { throw .termUnset }
    guard term != "dumb" else { throw .dumbTerminal }
    guard let output = fopen("/dev/tty", "w"), let input = fopen("/dev/tty", "r") else {
      throw .noControllingTerminal
    }
    setlocale(LC_ALL, "")
    for signal in handledSignals { signal == SIGTSTP ? lt_catch_stop() : lt_catch_signal(signal) }
    lt_crash_save_modes(fileno(input))
    guard let screen = newterm(term, output, input) else {
      for signal in handledSignals { lt_default_signal(signal) }
      fclose(output)
      fclose(input)
      throw .unknownTerminal(term)
    }
    let terminal = CursesTerminal(screen: screen, output: output, input: input, ownsFiles: true)
    terminal.configure(colors: (environment["NO_COLOR"] ?? "").isEmpty)
    // A crash cannot run close(): prepared bytes restore the terminal instead.
    lt_crash_arm(fileno(output))
    return terminal
  }

  /// A terminal on files of the caller's choosing (tests: /dev/null), with a known type.
  static func headless(
    term: String, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>
  ) -> CursesTerminal? {
    guard let screen = newterm(term, output, input) else { return nil }
    let terminal = CursesTerminal(screen: screen, output: output, input: input, ownsFiles: false)
    terminal.configure(colors: false)
    return terminal
  }

  private func configure(colors: Bool) {
    set_term(screenHandle)
    cbreak()
    noecho()
    nonl()
    intrflush(lt_stdscr(), false)
    keypad(lt_stdscr(), true)
    curs_set(0)
    set_escdelay(25)
    wtimeout(lt_stdscr(), 100)
    mousemask(lt_mouse_mask_wanted(), nil)
    mouseinterval(0)
    attributes = CursesStyles(colors: colors && has_colors())
  }

  private var attributes = CursesStyles(colors: false)

  /// The terminal's size as ncurses knows it.
  var size: Size { Size(rows: Int(lt_lines()), columns: Int(lt_cols())) }

  /// The signal received since the last call, if any.
  func takeSignal() -> Int32? {
    let signal = lt_take_signal()
    return signal == 0 ? nil : signal
  }

  /// Whether the terminal went away (its window closed, its session killed): reads then fail at
  /// once instead of waiting, and the browser must end rather than spin.
  func inputHungUp() -> Bool {
    var descriptor = pollfd(fd: fileno(input), events: Int16(POLLIN), revents: 0)
    guard poll(&descriptor, 1, 0) >= 0 else { return true }
    return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
  }

  /// The next event; waits up to 100 ms when `wait`, else returns nil when no input is queued.
  func readEvent(wait: Bool) -> InputEvent? {
    wtimeout(lt_stdscr(), wait ? 100 : 0)
    var character: wint_t = 0
    let kind = wget_wch(lt_stdscr(), &character)
    if kind == OK { return .key(Self.key(forCharacter: UInt32(character))) }
    guard kind == KEY_CODE_YES else { return nil }
    let code = Int32(character)
    if code == KEY_RESIZE { return .resize(size) }
    if code == KEY_MOUSE { return mouseEvent() }
    return Self.key(forCode: code).map(InputEvent.key)
  }

  private func mouseEvent() -> InputEvent? {
    var event = MEVENT()
    guard getmouse(&event) == OK else { return nil }
    let row = Int(event.y)
    let column = Int(event.x)
    if lt_mouse_is_wheel_up(event.bstate) != 0 { return .mouse(MouseEvent(.wheelUp, row: row, column: column)) }
    if lt_mouse_is_wheel_down(event.bstate) != 0 { return .mouse(MouseEvent(.wheelDown, row: row, column: column)) }
    if lt_mouse_is_click(event.bstate) != 0 { return .mouse(MouseEvent(.click, row: row, column: column)) }
    return nil
  }

  static func key(forCharacter value: UInt32) -> Key {
    switch value {
    case 27: return .escape
    case 10, 13: return .enter
    case 9: return .tab
    case 8, 127: return .backspace
    case 1...26: return .control(Character(UnicodeScalar(value + 96) ?? "?"))
    default: return .character(Character(UnicodeScalar(value) ?? "?"))
    }
  }

  static func key(forCode code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_BTAB: return .backTab
    case KEY_ENTER: return .enter
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    default:
      for n in 1...12 where lt_key_f(Int32(n)) == code { return .function(n) }
      return nil
    }
  }

  /// Draws the cells of `screen` that differ from the last frame drawn.
  func draw(_ screen: Screen) {
    if previous?.size != screen.size { werase(lt_stdscr()) }
    for run in screen.changes(from: previous) {
      let style = attributes[run.style]
      wattr_set(lt_stdscr(), style.attributes, style.pair, nil)
      var wide = run.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
      wide.append(0)
      _ = mvwaddnwstr(lt_stdscr(), Int32(run.row), Int32(run.column), wide, Int32(wide.count - 1))
    }
    wattr_set(lt_stdscr(), attributes[.normal].attributes, 0, nil)
    wnoutrefresh(lt_stdscr())
    doupdate()
    previous = screen
  }

  /// Back from Ctrl-Z and `fg`. The signal handler gave the terminal back and stopped (see
  /// `lt_on_stop` in the shim); curses still believes it owns the screen, so the modes and the
  /// alternate screen are put back, keypad, mouse and cursor toggled so that curses sends them
  /// again, and everything is redrawn.
  func resumeAfterStop() {
    reset_prog_mode()
    lt_enter_ca_mode(output)
    keypad(lt_stdscr(), false)
    keypad(lt_stdscr(), true)
    mousemask(0, nil)
    mousemask(lt_mouse_mask_wanted(), nil)
    curs_set(1)
    curs_set(0)
    previous = nil
    clearok(lt_stdscr(), true)
    wrefresh(lt_stdscr())
  }

  /// Leaves curses mode and restores the terminal and the signal handlers. Safe to call twice.
  func close() {
    guard isOpen else { return }
    isOpen = false
    lt_crash_disarm()
    endwin()
    delscreen(screenHandle)
    for signal in Self.handledSignals { lt_default_signal(signal) }
    if ownsFiles {
      fclose(output)
      fclose(input)
    }
  }

  deinit { close() }
}

/// Attributes and colour pairs per style; with colours off (NO_COLOR or a monochrome terminal)
/// only bold, reverse, underline and dim are used.
private struct CursesStyles {
  private var table: [Style: (attributes: attr_t, pair: Int16)] = [:]

  init(colors: Bool) {
    let bold = lt_a_bold()
    let reverse = lt_a_reverse()
    let dim = lt_a_dim()
    let underline = lt_a_underline()
    let plain: [Style: attr_t] = [
      .normal: lt_a_normal(), .header: reverse | bold, .selected: reverse | bold, .selectedInactive: reverse,
      .marked: bold, .badge: bold, .dim: dim, .tabActive: reverse | bold, .tabInactive: lt_a_normal(),
      .heading: bold, .match: bold | underline, .warning: bold, .status: lt_a_normal(), .key: bold,
    ]
    var pairs: [Style: Int16] = [:]
    if colors {
      start_color()
      use_default_colors()
      // Foreground colours only: the terminal's own background shows through.
      let foreground: [(Style, Int16)] = [
        (.header, Int16(COLOR_CYAN)), (.marked, Int16(COLOR_YELLOW)), (.badge, Int16(COLOR_GREEN)),
        (.tabActive, Int16(COLOR_CYAN)), (.heading, Int16(COLOR_CYAN)), (.match, Int16(COLOR_YELLOW)),
        (.warning, Int16(COLOR_RED)), (.key, Int16(COLOR_CYAN)),
      ]
      for (index, entry) in foreground.enumerated() {
        init_pair(Int16(index + 1), entry.1, -1)
        pairs[entry.0] = Int16(index + 1)
      }
    }
    for style in Style.allCases {
      table[style] = (plain[style] ?? lt_a_normal(), pairs[style] ?? 0)
    }
  }

  subscript(style: Style) -> (attributes: attr_t, pair: Int16) {
    table[style] ?? (lt_a_normal(), 0)
  }
}
