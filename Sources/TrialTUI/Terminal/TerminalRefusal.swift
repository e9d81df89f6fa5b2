/// Why the browser cannot start on this terminal; worded in one place.
public enum TerminalRefusal: Error, Sendable, Equatable, CustomStringConvertible {
  case notATerminal
  case termUnset
  case dumbTerminal
  case unknownTerminal(String)
  case noControllingTerminal

  /// One line for stderr, pointing to the commands that work without a terminal.
  public var description: String {
    let reason =
      switch self {
      case .notATerminal: "the browser needs a terminal (stdin is not a terminal)"
      case .termUnset: "the browser needs a terminal (TERM is not set)"
      case .dumbTerminal: "the browser needs a terminal that can move the cursor (TERM is dumb)"
      case .unknownTerminal(let name): "the browser does not know the terminal type \"\(name)\" (TERM)"
      case .noControllingTerminal: "the browser cannot open /dev/tty"
      }
    return "livertrials: \(reason); use `livertrials list` or `livertrials summary ID` instead"
  }
}
