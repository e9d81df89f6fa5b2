/// A cell dose as the text states it.
public struct Dose: Sendable, Equatable, Codable {
  /// Cells per kilogram of body weight; null when only a total is stated.
  public var cellsPerKg: Double?
  /// Total cells per administration, when the text states a count without "per kg".
  public var cells: Double?
  /// The phrase the dose was read from.
  public var text: String
  /// False when the value is far outside what cell-therapy trials give.
  public var plausible: Bool
  /// How an unusual notation was read ("1x106" as 1×10^6), when it needed reading.
  public var note: String?

  /// Creates a dose.
  public init(
    cellsPerKg: Double? = nil, cells: Double? = nil, text: String, plausible: Bool = true, note: String? = nil
  ) {
    self.cellsPerKg = cellsPerKg
    self.cells = cells
    self.text = text
    self.plausible = plausible
    self.note = note
  }

  enum CodingKeys: String, CodingKey { case cellsPerKg, cells, text, plausible, note }

  /// Encodes absent fields as `null`.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(cellsPerKg, forKey: .cellsPerKg)
    try c.encode(cells, forKey: .cells)
    try c.encode(text, forKey: .text)
    try c.encode(plausible, forKey: .plausible)
    try c.encode(note, forKey: .note)
  }
}
