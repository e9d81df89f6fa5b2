/// The tab bar of the detail pane: " 1 Overview  2 Eligibility … ". When the pane is narrow the
/// inactive tabs shorten to four letters, then to their number; the active tab keeps its name.
enum TabBar {
  /// The label of `tab` in the given form (0 full, 1 abbreviated, 2 number only).
  static func label(_ tab: DetailTab, form: Int, active: Bool) -> String {
    if active || form == 0 { return " \(tab.rawValue) \(tab.title) " }
    if form == 1 { return " \(tab.rawValue) \(tab.title.prefix(4)) " }
    return " \(tab.rawValue) "
  }

  /// Each tab's label and the columns it takes on a bar from `left`, `width` columns wide.
  static func ranges(left: Int, width: Int, active: DetailTab) -> [(tab: DetailTab, label: String, columns: Range<Int>)]
  {
    var chosen: [(DetailTab, String)] = []
    for form in 0...2 {
      chosen = DetailTab.allCases.map { ($0, label($0, form: form, active: $0 == active)) }
      if chosen.reduce(1, { $0 + $1.1.count }) <= width { break }
    }
    var x = left + 1
    return chosen.map { tab, label in
      defer { x += label.count }
      return (tab, label, x..<(x + label.count))
    }
  }
}
