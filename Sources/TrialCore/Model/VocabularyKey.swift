/// Folds a registry term to lowercase letters and digits, so that `NOT_YET_RECRUITING`,
/// `Not yet recruiting` and `not-yet-recruiting` compare equal.
enum VocabularyKey {
  static func make(_ text: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for byte in text.utf8 {
      switch byte {
      case 0x30...0x39, 0x61...0x7A: bytes.append(byte)
      case 0x41...0x5A: bytes.append(byte | 0x20)
      case 0x80...: return slow(text)
      default: continue
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func slow(_ text: String) -> String {
    String(
      text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        .map(Character.init))
  }
}
