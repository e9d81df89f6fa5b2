import TrialCore

/// What the commands do with records once read: merge the records of one trial (the parsers
/// read the same input, so their records share an id and disagree — conflicts), then print
/// summaries and a comparison at a width taken from the input.
enum OutputCheck {
  static func merged(_ trials: [Trial]) -> [Trial] { TrialMerger.merge(trials) }

  static func print(_ trials: [Trial], width: Int) {
    _ = SummaryRenderer.render(trials, width: width)
    _ = MarkdownSummaryRenderer.render(trials)
    if trials.count >= 2 { _ = CompareRenderer.text(trials, width: width) }
  }
}
