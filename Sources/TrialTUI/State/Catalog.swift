import TrialCore

/// The index the browser reads, shared by every state value. Equal only to itself, so
/// `BrowserState` stays `Equatable` without comparing 600,000 rows.
public struct Catalog: Sendable, Equatable {
  /// The index.
  public let index: TrialIndex
  /// Routes in the order `r` cycles through them: hepatic artery, peripheral vein, then every
  /// other route some trial has.
  public let routeCycle: [Route]

  /// Wraps `index` and finds the routes it holds.
  public init(_ index: TrialIndex) {
    self.index = index
    let present = Set(index.search(TrialQuery(), sort: .relevance).facets[.route].map(\.value))
    let others = Route.allCases.filter {
      $0 != .hepaticArtery && $0 != .peripheralVein && present.contains($0.rawValue)
    }
    routeCycle = [.hepaticArtery, .peripheralVein] + others
  }

  public static func == (lhs: Catalog, rhs: Catalog) -> Bool { lhs.index === rhs.index }
}
