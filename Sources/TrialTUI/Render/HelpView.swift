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
        out.append(line(binding.keys.map(\.label).joined(separator: " "), binding.help))
      }
      if mode == .search { out.append(line("any character", "is typed; the list narrows on every key")) }
    }
    out.append(StyledLine())
    out.append(StyledLine("Anywhere", .heading))
    out.append(line("Ctrl-C", "quit at once; the terminal is restored"))
    out.append(line("Ctrl-Z", "suspend to the shell; fg comes back"))
    out.append(line("click", "select a trial, a tab, or focus a pane"))
    out.append(line("wheel", "scroll the pane under the pointer"))
    return out
  }

  /// Lines in the help text.
  static func lineCount(width: Int) -> Int { lines(width: width).count }

  private static func line(_ keys: String, _ help: String) -> StyledLine {
    var line = StyledLine("  " + TerminalText.pad(keys, to: 28), .key)
    line.append(help)
    return line
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
