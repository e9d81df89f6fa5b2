import Foundation

/// Turns file bytes into text: UTF-8 (with or without BOM), UTF-16 with a BOM, else
/// Windows-1252, the Latin-1 that Windows editors write (every byte is a character, so decoding
/// never fails). Line ends become "\n" whatever they were (CRLF from Windows, CR from old Macs):
/// the parsers and sniffers look for labels on lines of their own.
public enum TextDecoder {
  /// The text of `data`, decoded by the first encoding that fits, with "\n" line ends.
  public static func decode(_ data: Data) -> String {
    let text = characters(data)
    guard text.utf8.contains(0x0D) else { return text }
    return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
  }

  private static func characters(_ data: Data) -> String {
    if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
      if let text = String(data: data, encoding: .utf16) {
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
      }
    }
    if let text = String(data: data, encoding: .utf8) {
      return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }
    return String(String.UnicodeScalarView(data.map(windows1252)))
  }

  /// Bytes 0x80–0x9F are printable in Windows-1252 (curly quotes, dashes, €) but C1 controls
  /// in Latin-1; the five bytes Windows-1252 leaves unassigned stay C1 and show as "�".
  private static let high: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
    0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0x9D, 0x017E, 0x0178,
  ]

  private static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
    guard (0x80...0x9F).contains(byte), let scalar = Unicode.Scalar(high[Int(byte) - 0x80]) else {
      return Unicode.Scalar(byte)
    }
    return scalar
  }
}
