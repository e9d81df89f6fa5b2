/// Makes document text safe to show on a terminal. Trial text is untrusted: an escape sequence
/// in a title could recolour the screen, leave the alternate screen, write to the clipboard
/// (OSC 52) or plant a link (OSC 8); a bidi override could make a line read differently from
/// what it holds. Every text and Markdown renderer and the browser pass record text through
/// `clean`, so such characters are shown, never obeyed.
public enum SafeText {
  /// `text` with ESC shown as "␛", every other C0 and C1 control and every bidirectional
  /// control (embeddings, overrides, isolates, marks) shown as "�"; tabs become spaces and
  /// newlines stay.
  public static func clean(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A: out.append(scalar)
      case 0x09: out.append(" ")
      case 0x1B: out.append("␛")
      case _ where isControl(scalar): out.append("�")
      default: out.append(scalar)
      }
    }
    return String(out)
  }

  /// True for the characters a terminal may act on instead of showing: C0 controls (tab and
  /// newline included), DEL, C1 controls (U+0080–U+009F, which some terminals read as 8-bit
  /// CSI, OSC, …) and the bidirectional controls U+061C, U+200E–U+200F, U+202A–U+202E and
  /// U+2066–U+2069.
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00..<0x20, 0x7F...0x9F: true
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}
