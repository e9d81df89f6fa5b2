import Foundation
import Testing

@testable import TrialTUI

/// ncurses keeps global state: these tests run one at a time, on /dev/null.
@Suite("Curses terminal", .serialized)
struct CursesTerminalTests {
  @Test func drawsFramesHeadless() throws {
    let output = try #require(fopen("/dev/null", "w"))
    let input = try #require(fopen("/dev/null", "r"))
    defer {
      fclose(output)
      fclose(input)
    }
    let terminal = try #require(CursesTerminal.headless(term: "xterm-256color", output: output, input: input))
    var state = Seeds.state(terminal.size)
    terminal.draw(render(state, size: state.size))
    state.press([.character("r"), .character("/")])
    state.type("中文 café 🇨🇳")
    terminal.draw(render(state, size: state.size))
    _ = state.apply(.resize(Size(rows: 10, columns: 40)))
    terminal.draw(render(state, size: state.size))
    terminal.close()
    terminal.close()
  }

  @Test func unknownTerminalIsRefused() throws {
    let output = try #require(fopen("/dev/null", "w"))
    let input = try #require(fopen("/dev/null", "r"))
    defer {
      fclose(output)
      fclose(input)
    }
    #expect(CursesTerminal.headless(term: "no-such-terminal-xyz", output: output, input: input) == nil)
  }

  @Test func keysFromCharacters() {
    #expect(CursesTerminal.key(forCharacter: 27) == .escape)
    #expect(CursesTerminal.key(forCharacter: 13) == .enter)
    #expect(CursesTerminal.key(forCharacter: 21) == .control("u"))
    #expect(CursesTerminal.key(forCharacter: 0x4E2D) == .character("中"))
  }
}
