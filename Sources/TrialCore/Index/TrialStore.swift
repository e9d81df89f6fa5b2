/// Where full records live: in memory for small libraries, in SQLite for the registry.
public protocol TrialStore: Sendable {
  /// The full record of the trial at index position `position`, or nil if it cannot be read.
  func record(at position: Int, id: String) -> Trial?
}

/// Records kept in memory, in index order.
public struct MemoryTrialStore: TrialStore {
  let trials: [Trial]

  /// Wraps records.
  public init(_ trials: [Trial]) { self.trials = trials }

  public func record(at position: Int, id: String) -> Trial? {
    trials.indices.contains(position) ? trials[position] : nil
  }
}
