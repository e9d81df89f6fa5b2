/// A line of text made of styled pieces.
public struct StyledLine: Sendable, Equatable {
  /// A piece of text in one style.
  public struct Segment: Sendable, Equatable {
    /// The text (already made safe).
    public var text: String
    /// Its style.
    public var style: Style
  }

  /// The pieces, left to right.
  public var segments: [Segment]

  /// A line of one piece.
  public init(_ text: String = "", _ style: Style = .normal) {
    segments = text.isEmpty ? [] : [Segment(text: text, style: style)]
  }

  /// A line of several pieces.
  public init(segments: [Segment]) {
    self.segments = segments
  }

  /// The plain text.
  public var text: String { segments.map(\.text).joined() }

  /// Appends a piece.
  public mutating func append(_ text: String, _ style: Style = .normal) {
    segments.append(Segment(text: text, style: style))
  }
}
