/// Keys that trigger one action in one mode, with the words the help screen shows.
public struct Binding: Sendable, Equatable {
  /// The keys, the first one shown first.
  public var keys: [Key]
  /// What they do.
  public var action: Action
  /// One line of help.
  public var help: String

  /// Creates a binding.
  public init(_ keys: [Key], _ action: Action, _ help: String) {
    self.keys = keys
    self.action = action
    self.help = help
  }
}
