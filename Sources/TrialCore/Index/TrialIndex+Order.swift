/// Sort orders: each column's order over the whole library is computed once (a library saves
/// them), and a result is ordered by walking it.
extension TrialIndex {
  /// Orders positions by a column; ties keep index order.
  public func order(_ positions: [Int32], by key: SortKey) -> [Int32] {
    lock.lock()
    defer { lock.unlock() }
    return orderLocked(positions, by: key)
  }

  /// Every position in the order of `key` (computed once; a library saves them).
  func globalOrder(_ key: SortKey) -> [Int32] {
    if let known = orders[key] { return known }
    let all = sortDirectly((0..<Int32(count)).map { $0 }, by: key)
    orders[key] = all
    return all
  }

  /// Large results walk the precomputed order and keep their members; small ones are sorted
  /// by rank, so no sort compares strings more than once per library.
  func orderLocked(_ positions: [Int32], by key: SortKey) -> [Int32] {
    guard key != .relevance, positions.count > 1 else { return positions }
    if positions.count < 512 { return sortDirectly(positions, by: key) }
    let global = globalOrder(key)
    let stamp = nextGeneration() << 6 | 63
    for p in positions { hits[Int(p)] = stamp }
    var out: [Int32] = []
    out.reserveCapacity(positions.count)
    for p in global where hits[Int(p)] == stamp { out.append(p) }
    return out
  }

  /// Computes every sort order now (a library's saved index already has them), so that no
  /// key press later pays for sorting the whole library.
  public func prepareOrders() {
    lock.lock()
    defer { lock.unlock() }
    for key in Self.savedOrders { _ = globalOrder(key) }
  }

  /// The orders a saved index keeps.
  static let savedOrders: [SortKey] = [.id, .phase, .status, .enrollment, .title]

  /// Sorts by comparing column values: the reference order.
  private func sortDirectly(_ positions: [Int32], by key: SortKey) -> [Int32] {
    let c = columns
    switch key {
    case .relevance: return positions
    case .id: return positions.sorted { (c.ids[Int($0)], $0) < (c.ids[Int($1)], $1) }
    case .title:
      // Each title is lowercased once, not once per comparison.
      let keyed = positions.map { (c.titles[Int($0)].lowercased(), $0) }
      return keyed.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.map(\.1)
    case .phase:
      // Highest phase first; trials without a phase last.
      return positions.sorted {
        let a = c.phaseMask[Int($0)]
        let b = c.phaseMask[Int($1)]
        let ra = a == 0 ? -1 : Int(a.leadingZeroBitCount) * -1
        let rb = b == 0 ? -1 : Int(b.leadingZeroBitCount) * -1
        return ra != rb ? ra > rb : $0 < $1
      }
    case .status:
      return positions.sorted {
        let a = c.status[Int($0)] == 0 ? UInt8.max : c.status[Int($0)]
        let b = c.status[Int($1)] == 0 ? UInt8.max : c.status[Int($1)]
        return a != b ? a < b : $0 < $1
      }
    case .enrollment:
      return positions.sorted {
        let a = c.enrollment[Int($0)]
        let b = c.enrollment[Int($1)]
        return a != b ? a > b : $0 < $1
      }
    }
  }
}
