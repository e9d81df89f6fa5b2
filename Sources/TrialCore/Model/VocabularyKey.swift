/// Folds a registry term to lowercase letters and digits, so that `NOT_YET_RECRUITING`,
/// `Not yet recruiting` and `not-yet-recruiting` compare equal.
enum VocabularyKey {
  static func make(_ text: String) -> String {
    String(
      text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(
        Character.init))
  }
}
