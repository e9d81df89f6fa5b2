import Foundation

/// Turns file bytes into text: UTF-8 (with or without BOM), UTF-16 with a BOM, else Latin-1
/// (every byte is a character, so decoding never fails).
public enum TextDecoder {
  /// The text of `data`, decoded by the first encoding that fits.
  public static func decode(_ data: Data) -> String {
    if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
      if let text = String(data: data, encoding: .utf16) { return text }
    }
    if let text = String(data: data, encoding: .utf8) {
      return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }
    return String(String.UnicodeScalarView(data.map { Unicode.Scalar($0) }))
  }
}
