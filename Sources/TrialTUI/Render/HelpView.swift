import TrialCore

/// The `?` screen: every binding of every mode, drawn from the keymap, plus the mouse and the
/// keys that work anywhere.
enum HelpView {
  /// The help text.
  static func lines(width: Int) -> [StyledLine] {
    var out = [StyledLine("livertrials — keys (vi keys and arrows both work)", .heading)]
    for mode in Mode.allCases {
      out.append(StyledLine())
      out.append(StyledLine(mode.title, .heading))
      for binding in Keymap.bindings(mode) {
        out += line(binding.keys.map(\.label).joined(separator: " "), binding.help, width: width)
      }
      if mode == .search { out += line("any character", "is typed; the list narrows on every key", width: width) }
    }
    out.append(StyledLine())
    out.append(StyledLine("Anywhere", .heading))
    out += line("Ctrl-C", "quit at once; the terminal is restored", width: width)
    out += line("Ctrl-Z", "suspend to the shell; fg comes back", width: width)
    out += line("click", "select a trial, a tab, or focus a pane", width: width)
    out += line("wheel", "scroll the pane under the pointer", width: width)
    return out
  }

  /// Lines in the help text.
  static func lineCount(width: Int) -> Int { lines(width: width).count }

  /// Keys in a column, the help wrapped beside them.
  private static func line(_ keys: String, _ help: String, width: Int) -> [StyledLine] {
    let keyWidth = 20
    let wrapped = TextWrapper.wrap(help, width: max(width - keyWidth - 4, 20))
    return wrapped.enumerated().map { index, text in
      var line = StyledLine("  " + TerminalText.pad(index == 0 ? keys : "", to: keyWidth), .key)
      line.append(text)
      return line
    }
  }

  static func draw(_ screen: inout Screen, layout: Layout, scroll: Int) {
    let all = lines(width: layout.size.columns)
    for (offset, line) in all.dropFirst(scroll).prefix(layout.overlayRows).enumerated() {
      var x = 1
      for segment in line.segments {
        x = screen.put(segment.text, row: 1 + offset, column: x, limit: layout.size.columns - 1, style: segment.style)
      }
    }
  }
}
