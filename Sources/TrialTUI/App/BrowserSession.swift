import Foundation
import TrialCore

/// Runs the browser on the user's terminal until they quit: events become actions, the reducer
/// changes the state, and each new frame is drawn as a diff.
public enum BrowserSession {
  /// How the browser ended.
  public struct Outcome: Sendable, Equatable {
    /// Summaries queued with `p`, to be written to stdout.
    public var printed: [String]
    /// The exit status: 0, or 128 + the signal that ended it.
    public var status: Int32
  }

  /// Opens the browser on `index`; throws when the terminal cannot host it.
  public static func run(index: TrialIndex, environment: [String: String]) throws(TerminalRefusal) -> Outcome {
    let terminal = try CursesTerminal.open(environment: environment)
    defer { terminal.close() }
    var state = BrowserState(index: index, size: terminal.size)
    var printed: [String] = []
    terminal.draw(render(state, size: state.size))
    while true {
      if let signal = terminal.takeSignal() {
        if signal == SIGTSTP {
          terminal.resumeAfterStop()
          _ = state.apply(.resize(terminal.size))
          terminal.draw(render(state, size: state.size))
          continue
        }
        return Outcome(printed: [], status: 128 + signal)
      }
      guard var event = terminal.readEvent(wait: true) else {
        if terminal.inputHungUp() { return Outcome(printed: printed, status: 128 + SIGHUP) }
        continue
      }
      // Apply every queued event before drawing, so held keys never queue up frames.
      while true {
        let effects = action(for: event, mode: state.mode).map { state.apply($0) } ?? []
        for effect in effects {
          switch effect {
          case .quit: return Outcome(printed: printed, status: 0)
          case .print(let text): printed.append(text)
          case .writeFiles(let files): state.message = FileWriter.write(files)
          }
        }
        guard let next = terminal.readEvent(wait: false) else { break }
        event = next
      }
      terminal.draw(render(state, size: state.size))
    }
  }

  /// The action an event asks for in `mode`, if any.
  static func action(for event: InputEvent, mode: Mode) -> Action? {
    switch event {
    case .resize(let size): return .resize(size)
    case .key(let key): return Keymap.action(for: key, in: mode)
    case .mouse(let mouse):
      switch mouse.kind {
      case .click: return .click(row: mouse.row, column: mouse.column)
      case .wheelUp: return .wheel(lines: -3, row: mouse.row, column: mouse.column)
      case .wheelDown: return .wheel(lines: 3, row: mouse.row, column: mouse.column)
      }
    }
  }
}
