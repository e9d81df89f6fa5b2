import Foundation

/// Damages documents the way files get damaged, and the way hostile files are built: cut off,
/// bits flipped, control characters and invalid UTF-8 inserted, numbers made huge, JSON and XML
/// nested deeply, pieces of two documents spliced.
struct InputMutator {
  /// What a mutation does, for messages.
  enum Kind: String, CaseIterable {
    case truncate, flipBytes, insertControls, insertInvalidUTF8, hugeNumbers, deepNesting, splice, duplicate
    case deleteRange, lineEndings
  }

  var generator: SeededGenerator
  /// Documents to splice from.
  let donors: [Data]

  /// One to three mutations of `input`, and their names.
  mutating func mutate(_ input: Data) -> (Data, [Kind]) {
    var bytes = [UInt8](input)
    var kinds: [Kind] = []
    for _ in 0..<Int.random(in: 1...3, using: &generator) {
      let kind = Kind.allCases.randomElement(using: &generator) ?? .truncate
      apply(kind, to: &bytes)
      kinds.append(kind)
    }
    return (Data(bytes), kinds)
  }

  private mutating func position(in bytes: [UInt8]) -> Int { Int.random(in: 0...bytes.count, using: &generator) }

  private mutating func apply(_ kind: Kind, to bytes: inout [UInt8]) {
    switch kind {
    case .truncate:
      bytes.removeSubrange(position(in: bytes)...)
    case .flipBytes:
      for _ in 0..<Int.random(in: 1...16, using: &generator) where !bytes.isEmpty {
        bytes[Int.random(in: 0..<bytes.count, using: &generator)] ^= UInt8.random(in: 1...255, using: &generator)
      }
    case .insertControls:
      let controls: [[UInt8]] = [
        [0x00], [0x07], [0x1B, 0x5B, 0x32, 0x4A], [0x1B, 0x5D, 0x35, 0x32, 0x3B, 0x63, 0x3B, 0x07], [0x0C], [0x0D],
        [0xC2, 0x9B], [0xE2, 0x80, 0xAE], [0xE2, 0x81, 0xA6], [0x7F], [0x0B],
      ]
      for _ in 0..<Int.random(in: 1...8, using: &generator) {
        bytes.insert(contentsOf: controls.randomElement(using: &generator) ?? [0], at: position(in: bytes))
      }
    case .insertInvalidUTF8:
      let invalid: [[UInt8]] = [
        [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82],
      ]
      bytes.insert(contentsOf: invalid.randomElement(using: &generator) ?? [0xFF], at: position(in: bytes))
    case .hugeNumbers:
      let numbers = [
        "99999999999999999999999", "-9223372036854775809", "1e400", "1x10^400", "10E999", "0x1p1024", "1.5x10E-400",
        "9223372036854775807", "000000000000000000001", "NaN", "-0",
      ]
      let number = Array((numbers.randomElement(using: &generator) ?? "1e400").utf8)
      if let digit = bytes.indices.filter({ (0x30...0x39).contains(bytes[$0]) }).randomElement(using: &generator) {
        bytes.replaceSubrange(digit...digit, with: number)
      } else {
        bytes.insert(contentsOf: number, at: position(in: bytes))
      }
    case .deepNesting:
      let depth = Int.random(in: 100...5000, using: &generator)
      let (open, close): ([UInt8], [UInt8]) =
        Bool.random(using: &generator)
        ? (Array("{\"a\":[".utf8), Array("]}".utf8)) : (Array("<a>".utf8), Array("</a>".utf8))
      let at = position(in: bytes)
      bytes.insert(contentsOf: Array([[UInt8]](repeating: open, count: depth).joined()) + close, at: at)
    case .splice:
      guard let donor = donors.randomElement(using: &generator), !donor.isEmpty else { return }
      let start = Int.random(in: 0..<donor.count, using: &generator)
      let end = Int.random(in: start...donor.count, using: &generator)
      bytes.insert(contentsOf: donor[donor.startIndex + start..<donor.startIndex + end], at: position(in: bytes))
    case .duplicate:
      let start = position(in: bytes)
      let end = Int.random(in: start...bytes.count, using: &generator)
      bytes.insert(contentsOf: bytes[start..<end], at: position(in: bytes))
    case .deleteRange:
      let start = position(in: bytes)
      bytes.removeSubrange(start..<Int.random(in: start...bytes.count, using: &generator))
    case .lineEndings:
      bytes = bytes.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] }
    }
  }
}
