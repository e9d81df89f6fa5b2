/// Recognises a file that holds exactly one API v2 study object.
enum StudyJSON {
  /// True when the first key of the top-level object is `protocolSection` (as the API and the
  /// bulk download write studies), read from the first bytes only.
  static func isSingleStudy(_ data: some Collection<UInt8>) -> Bool {
    var state = 0
    var key: [UInt8] = []
    for byte in data.prefix(512) {
      switch state {
      case 0:
        if byte == UInt8(ascii: "{") {
          state = 1
        } else if ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains(byte) {
          return false
        }
      case 1:
        if byte == UInt8(ascii: "\"") { state = 2 } else if ![0x20, 0x09, 0x0A, 0x0D].contains(byte) { return false }
      default:
        if byte == UInt8(ascii: "\"") { return key == Array("protocolSection".utf8) }
        key.append(byte)
      }
    }
    return false
  }
}
