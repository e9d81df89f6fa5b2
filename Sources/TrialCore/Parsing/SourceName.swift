/// Names derived from a source path.
enum SourceName {
  /// The file name without directories and without its last extension.
  static func stem(of source: String) -> String {
    let name = source.split(separator: "/").last.map(String.init) ?? source
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
  }
}
