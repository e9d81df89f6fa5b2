import Foundation

/// The in-memory index behind the list, the browser and `list`: compact columns, an inverted
/// word index and a store for full records. Search is case- and diacritic-insensitive, matches
/// the last word as a prefix, ranks title and conditions above summary, and counts facets.
public final class TrialIndex: @unchecked Sendable {
  let columns: IndexColumns
  /// The facet columns as combination codes, for counting.
  let facetKeys: FacetKeys
  let postings: Postings
  let store: any TrialStore
  /// Libraries larger than this open on the stem-cell liver subset.
  public static let topicThreshold = 2_000
  /// Scratch space for scoring, reused between searches (searches are serialised by `lock`).
  var hits: [UInt32]
  var scores: [UInt16]
  /// The weight the current word gave each trial (a prefix word counts its best token once).
  private var termWeights: [UInt8]
  var generation: UInt32 = 0
  let lock = NSLock()
  /// Every position in each sort order, computed once (saved with a library's index).
  var orders: [SortKey: [Int32]]
  /// Lowercased id → first position, for `position(of:)`.
  private var positionsByID: [String: Int32]?
  /// Facet counts over the whole library, for results that hold most of it.
  var allTally: FacetTally?
  /// Results of recent searches without words (filter changes repeat them), newest last.
  private var recent: [(filters: [Facet: Set<String>], sort: SortKey, result: SearchResult)] = []

  init(columns: IndexColumns, postings: Postings, store: any TrialStore, orders: [SortKey: [Int32]] = [:]) {
    self.columns = columns
    facetKeys = FacetKeys(columns)
    self.postings = postings
    self.store = store
    self.orders = orders.filter { $0.value.count == columns.count }
    hits = Array(repeating: 0, count: columns.count)
    scores = Array(repeating: 0, count: columns.count)
    termWeights = Array(repeating: 0, count: columns.count)
    // Counted now (a few milliseconds at 600k) so that no keystroke pays for it.
    if columns.count >= 2 * Self.largeResult { allTally = wholeLibraryTally() }
    if columns.count >= 2 * Self.largeResult { Self.touchResultMemory(count: columns.count) }
  }

  /// Indexes records held in memory.
  public convenience init(trials: [Trial]) {
    var builder = TrialIndexBuilder()
    for trial in trials { builder.add(trial) }
    self.init(
      columns: builder.columns, postings: builder.postings.build(documentCount: builder.columns.count),
      store: MemoryTrialStore(trials))
  }

  /// The number of trials.
  public var count: Int { columns.count }

  /// Whether the list opens on the stem-cell liver subset (a registry-wide library).
  public var defaultsToTopic: Bool { count > Self.topicThreshold && columns.topic.contains(false) }

  /// What the list shows of the trial at `position`.
  public func row(_ position: Int) -> TrialRow { columns.row(position) }

  /// The id of the trial at `position`.
  public func id(_ position: Int) -> String { columns.ids[position] }

  /// The full record at `position` (from memory or the library's store).
  public func record(_ position: Int) -> Trial? { store.record(at: position, id: columns.ids[position]) }

  /// Every id, in index order.
  public var ids: [String] { columns.ids }

  /// The position of the trial with `id`, if any.
  public func position(of id: String) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    if positionsByID == nil {
      // Built on the first lookup, not at opening: most sessions never look an id up.
      var table: [String: Int32] = [:]
      table.reserveCapacity(count)
      for (position, known) in columns.ids.enumerated() where table[known.lowercased()] == nil {
        table[known.lowercased()] = Int32(position)
      }
      positionsByID = table
    }
    return positionsByID?[id.lowercased()].map(Int.init)
  }

  /// Runs `query`; `sort` orders the matches (relevance falls back to index order when there
  /// are no words).
  public func search(_ query: TrialQuery, sort: SortKey = .relevance) -> SearchResult {
    lock.lock()
    defer { lock.unlock() }
    let topicFiltered = query.filters[.topic] == nil && defaultsToTopic
    var filters = query.filters
    if topicFiltered { filters[.topic] = ["stem-cell-liver"] }
    if filters[.topic] == ["all"] { filters[.topic] = nil }
    if query.words.isEmpty, let cached = recent.last(where: { $0.filters == filters && $0.sort == sort }) {
      return cached.result
    }
    let matcher = FilterMatcher(filters: filters, columns: columns)
    var positions: [Int32]
    let facets: FacetCounts
    if query.words.isEmpty {
      positions = []
      positions.reserveCapacity(matcher.isEmpty ? count : 1024)
      for i in 0..<count where matcher.accepts(i) { positions.append(Int32(i)) }
      facets = facetCounts(positions, ascending: true)
      if sort != .relevance { positions = orderLocked(positions, by: sort) }
    } else {
      if sort == .relevance, matcher.isEmpty, let list = singleList(query) {
        let found = searchList(list)
        let result = SearchResult(positions: found.positions, facets: found.facets, topicFiltered: topicFiltered)
        return result
      }
      // Facets are counted before ranking, while the matches are still in index order.
      let matched = matchWords(query, matcher: matcher)
      facets = facetCounts(matched.positions, ascending: matched.ascending)
      positions =
        sort == .relevance
        ? rankByScore(matched.positions, ascending: matched.ascending) : orderLocked(matched.positions, by: sort)
    }
    let result = SearchResult(positions: positions, facets: facets, topicFiltered: topicFiltered)
    if query.words.isEmpty {
      recent.append((filters, sort, result))
      if recent.count > 8 { recent.removeFirst() }
    }
    return result
  }

  /// The postings a query word reads: a whole-word token, a run of tokens sharing a prefix
  /// (contiguous in the sorted token list), or a short prefix's merged list.
  private struct WordList {
    var merged: Bool
    var lower: Int
    var upper: Int
    /// Each trial at most once (a merged list or a single word's list).
    var distinct = true
    var size: Int { upper - lower }
    var span: Range<Int> { lower..<upper }
  }

  private func list(for word: String, prefix: Bool) -> WordList {
    if prefix, let merged = postings.prefixSpan(of: word) {
      return WordList(merged: true, lower: merged.lower, upper: merged.upper)
    }
    let range = postings.range(of: word, prefix: prefix)
    guard !range.isEmpty else { return WordList(merged: false, lower: 0, upper: 0) }
    return WordList(
      merged: false, lower: Int(postings.offsets[range.lowerBound]), upper: Int(postings.offsets[range.upperBound]),
      distinct: range.count == 1)
  }

  /// The list of a one-word query when it holds each trial once.
  private func singleList(_ query: TrialQuery) -> WordList? {
    guard query.words.count == 1, let word = query.words.first else { return nil }
    let list = list(for: word, prefix: query.lastWordIsPrefix)
    return list.distinct && list.size > 0 ? list : nil
  }

  /// Every word must match; the rarest word first so the candidate set starts small.
  private func matchWords(_ query: TrialQuery, matcher: FilterMatcher) -> (positions: [Int32], ascending: Bool) {
    let base = nextGeneration() << 6
    var spans = query.words.enumerated().map { offset, word in
      list(for: word, prefix: query.lastWordIsPrefix && offset == query.words.count - 1)
    }
    spans.sort { $0.size < $1.size }
    guard spans.count < 63, let first = spans.first, first.size > 0 else { return ([], true) }
    if spans.count == 1 && first.distinct {
      return (matchList(first, matcher: matcher), true)
    }
    var matched: [Int32] = []
    matched.reserveCapacity(min(first.size, count))
    let generation = self.generation
    let lists = postings
    hits.withUnsafeMutableBufferPointer { hits in
      scores.withUnsafeMutableBufferPointer { scores in
        termWeights.withUnsafeMutableBufferPointer { termWeights in
          for (termIndex, span) in spans.enumerated() {
            let isLast = termIndex == spans.count - 1
            let expected = base | UInt32(termIndex)
            let docArray = span.merged ? lists.prefixDocs : lists.docs
            let weightArray = span.merged ? lists.prefixWeights : lists.weights
            docArray.withUnsafeBufferPointer { docs in
              weightArray.withUnsafeBufferPointer { weights in
                for p in span.lower..<span.upper {
                  let doc = Int(docs[p])
                  let weight = UInt16(weights[p])
                  if termIndex == 0 {
                    if hits[doc] >> 6 != generation {
                      hits[doc] = base | 1
                      scores[doc] = weight
                      if isLast, matcher.accepts(doc) { matched.append(Int32(doc)) }
                    } else if scores[doc] < weight {
                      scores[doc] = weight
                    }
                  } else if hits[doc] == expected {
                    hits[doc] = expected + 1
                    scores[doc] &+= weight
                    termWeights[doc] = UInt8(weight)
                    if isLast, matcher.accepts(doc) { matched.append(Int32(doc)) }
                  } else if hits[doc] == expected + 1, UInt16(termWeights[doc]) < weight {
                    scores[doc] &+= weight - UInt16(termWeights[doc])
                    termWeights[doc] = UInt8(weight)
                  }
                }
              }
            }
          }
        }
      }
    }
    // The last list walked gives the order: index order when it holds each trial once.
    return (matched, spans.count > 1 && spans[spans.count - 1].distinct)
  }

  /// One list in which each trial appears once: its trials (ascending) are the matches and
  /// their weights the scores.
  private func matchList(_ list: WordList, matcher: FilterMatcher) -> [Int32] {
    var matched: [Int32] = []
    matched.reserveCapacity(list.size)
    let docArray = list.merged ? postings.prefixDocs : postings.docs
    let weightArray = list.merged ? postings.prefixWeights : postings.weights
    scores.withUnsafeMutableBufferPointer { scores in
      docArray.withUnsafeBufferPointer { docs in
        weightArray.withUnsafeBufferPointer { weights in
          for p in list.span {
            let doc = Int(docs[p])
            guard matcher.accepts(doc) else { continue }
            scores[doc] = UInt16(weights[p])
            matched.append(Int32(doc))
          }
        }
      }
    }
    return matched
  }

  /// Highest score first, index order within a score (a counting sort: scores are small).
  private func rankByScore(_ positions: [Int32], ascending: Bool) -> [Int32] {
    let stamp = ascending || positions.count <= count / 32 ? 0 : nextGeneration() << 6 | 62
    let total = count
    return scores.withUnsafeBufferPointer { scores in
      hits.withUnsafeMutableBufferPointer { hits in
        var maxScore = 0
        for p in positions { maxScore = max(maxScore, Int(scores[Int(p)])) }
        var buckets = [Int](repeating: 0, count: maxScore + 2)
        return buckets.withUnsafeMutableBufferPointer { buckets in
          for p in positions { buckets[maxScore - Int(scores[Int(p)]) + 1] += 1 }
          for i in 1..<buckets.count { buckets[i] += buckets[i - 1] }
          return [Int32](unsafeUninitializedCapacity: positions.count) { out, initialized in
            @inline(__always) func place(_ p: Int32) {
              let bucket = maxScore - Int(scores[Int(p)])
              out[buckets[bucket]] = p
              buckets[bucket] += 1
            }
            if ascending {
              for p in positions { place(p) }
            } else if stamp != 0 {
              // Many matches: walk the library in order instead of sorting them.
              for p in positions { hits[Int(p)] = stamp }
              for p in 0..<total where hits[p] == stamp { place(Int32(p)) }
            } else {
              for p in positions.sorted() { place(p) }
            }
            initialized = positions.count
          }
        }
      }
    }
  }

  /// A fresh stamp for the scratch arrays.
  func nextGeneration() -> UInt32 {
    generation &+= 1
    if generation >= (1 << 26) {
      generation = 1
      for i in hits.indices { hits[i] = 0 }
    }
    return generation
  }

  /// A one-word search whose list holds each trial once, with nothing filtered: the list is
  /// the result, its weights the scores, and it is ranked and counted where it lies, without
  /// copying it first (the first keystrokes over a whole registry).
  private func searchList(_ list: WordList) -> (positions: [Int32], facets: FacetCounts) {
    let docArray = list.merged ? postings.prefixDocs : postings.docs
    let weightArray = list.merged ? postings.prefixWeights : postings.weights
    return docArray.withUnsafeBufferPointer { allDocs in
      weightArray.withUnsafeBufferPointer { allWeights in
        let docs = UnsafeBufferPointer(rebasing: allDocs[list.span])
        let weights = UnsafeBufferPointer(rebasing: allWeights[list.span])
        // Counting sort on the weight: highest first, index order within a weight.
        var starts = [Int](repeating: 0, count: 257)
        for weight in weights { starts[255 - Int(weight) + 1] += 1 }
        for i in 1..<starts.count { starts[i] += starts[i - 1] }
        let ranked = [Int32](unsafeUninitializedCapacity: docs.count) { out, initialized in
          starts.withUnsafeMutableBufferPointer { starts in
            for i in 0..<docs.count {
              let bucket = 255 - Int(weights[i])
              out[starts[bucket]] = Int32(bitPattern: docs[i])
              starts[bucket] += 1
            }
          }
          initialized = docs.count
        }
        return (ranked, facetCounts(docs, ascending: true))
      }
    }
  }
}
