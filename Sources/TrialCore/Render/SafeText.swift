/// Makes document text safe to show on a terminal: control characters, escape sequences and
/// bidirectional overrides become visible placeholders instead of commands.
public enum SafeText {
  /// `text` with ESC shown as "␛", other C0/C1 controls as "�", bidi controls removed and shown
  /// as "⟪bidi⟫"-free text; tabs become spaces, newlines stay.
  public static func clean(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A: out.append(scalar)
      case 0x09: out.append(" ")
      case 0x1B: out.append("␛")
      case 0x00..<0x20, 0x7F, 0x80...0x9F: out.append("�")
      case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: out.append("�")
      default: out.append(scalar)
      }
    }
    return String(out)
  }
}
