import ArgumentParser
import TrialCore

/// `livertrials list`: the trials that match a query, one per line.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List trials: id, phase, status, routes, cell source, enrollment, title.",
    discussion: "Query syntax (docs/queries.md): route:hepatic-artery phase:2 status:recruiting country:china cirrhosis"
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, tsv, json
  }

  @Argument(help: "Files or directories to read (default: the bundled seeds).")
  var paths: [String] = []

  @Option(name: .shortAndLong, help: "Words and filters, e.g. \"route:ha phase:2 cirrhosis\".")
  var query: String = ""

  @Option(
    name: .shortAndLong,
    help: "Only trials given by this route (repeatable): hepatic-artery (ha), peripheral-vein (pv), …")
  var route: [String] = []

  @Option(name: .long, help: "Order: relevance, id, phase, status, enrollment, title.")
  var sort: String = "relevance"

  @Option(name: .shortAndLong, help: "Output: table, tsv or json.")
  var format: Format = .table

  @OptionGroup var data: DataOptions

  func run() throws {
    var text = query
    for value in route { text = "route:\(value) " + text }
    let parsed = TrialQuery(parsing: text.hasSuffix(" ") || text.isEmpty ? text : text + " ")
    for problem in parsed.problems { Terminal.standardError("livertrials: \(problem)") }
    if !parsed.problems.isEmpty { throw ExitCode(2) }
    guard let sortKey = SortKey(rawValue: sort) else { throw ValidationError("unknown sort \"\(sort)\"") }
    let (index, hadErrors) = try data.index(paths: paths)
    let result = index.search(parsed, sort: sortKey)
    if result.topicFiltered {
      Terminal.standardError(
        "livertrials: showing stem-cell liver trials only (\(result.positions.count) of \(index.count)); add all:yes for everything"
      )
    }
    switch format {
    case .table:
      let width = Terminal.columns ?? 200
      for position in result.positions { print(ListRow.render(index.row(Int(position)), width: width)) }
    case .tsv:
      print(ListRow.tsvHeader)
      for position in result.positions { print(ListRow.tsv(index.row(Int(position)))) }
    case .json:
      let records = result.positions.compactMap { index.record(Int($0)) }
      print(try TrialJSON.array(records))
    }
    if hadErrors { throw ExitCode(1) }
  }
}
