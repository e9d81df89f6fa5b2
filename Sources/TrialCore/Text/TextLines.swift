import Foundation

/// Splits document text into trimmed lines, whatever the line endings.
enum TextLines {
  /// All lines, trimmed of surrounding white space (including no-break spaces); blank lines kept
  /// as empty strings so callers can see paragraph breaks.
  static func split(_ text: String) -> [String] {
    text.replacingOccurrences(of: "\r\n", with: "\n")
      .replacingOccurrences(of: "\r", with: "\n")
      .split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.trimmingCharacters(in: .whitespaces.union(.init(charactersIn: "\u{FEFF}"))) }
  }

  /// The non-blank lines.
  static func nonBlank(_ text: String) -> [String] {
    split(text).filter { !$0.isEmpty }
  }
}
