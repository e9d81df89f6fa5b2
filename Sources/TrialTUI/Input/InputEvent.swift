/// What the terminal reports: a key, a mouse event, or a new size.
public enum InputEvent: Sendable, Equatable {
  case key(Key)
  case mouse(MouseEvent)
  case resize(Size)
}

/// A click or a wheel step at a cell.
public struct MouseEvent: Sendable, Equatable {
  /// What happened.
  public enum Kind: Sendable, Equatable {
    case click, wheelUp, wheelDown
  }

  /// What happened.
  public var kind: Kind
  /// Row of the pointer.
  public var row: Int
  /// Column of the pointer.
  public var column: Int

  /// Creates an event.
  public init(_ kind: Kind, row: Int, column: Int) {
    self.kind = kind
    self.row = row
    self.column = column
  }
}
