/// A problem with one input that did not stop the others from loading.
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file or directory concerned.
  public var path: String
  /// Why, in a few words.
  public var reason: String

  /// Creates a diagnostic.
  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  /// "PATH: reason" on one line.
  public var description: String { "\(path): \(reason)" }
}
