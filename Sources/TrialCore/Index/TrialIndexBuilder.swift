/// Adds trials one by one to the columns and word lists of a future index, so an import never
/// needs every full record in memory at once.
public struct TrialIndexBuilder {
  var columns = IndexColumns()
  var postings = PostingsBuilder()

  /// Creates an empty builder.
  public init() {}

  /// The number of trials added.
  public var count: Int { columns.count }

  /// Adds a trial at the next position.
  public mutating func add(_ trial: Trial) {
    add(IndexEntry(trial))
  }

  /// Adds a prepared entry at the next position.
  public mutating func add(_ entry: IndexEntry) {
    postings.add(entry, doc: UInt32(columns.count))
    columns.append(entry.row)
  }

  /// The finished index over `store`.
  public func build(store: any TrialStore) -> TrialIndex {
    TrialIndex(columns: columns, postings: postings.build(documentCount: columns.count), store: store)
  }
}
