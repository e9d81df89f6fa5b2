/// Whether the cells come from the patient or from a donor.
public enum CellOrigin: String, Sendable, Equatable, Codable, CaseIterable {
  case autologous
  case allogeneic
}
