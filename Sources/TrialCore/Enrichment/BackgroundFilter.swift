/// Recognises background sentences — prior work, general knowledge, other cell types — so that
/// extractors do not mistake them for the trial's own intervention.
enum BackgroundFilter {
  private static let cues = KeywordSet([
    "previous stud", "prior stud", "previous report", "previous research", "studies have", "studies has",
    "study showed", "studies showed", "have shown", "has shown", "have been shown", "has been shown",
    "has been generally shown", "was shown", "were shown", "have demonstrated", "has demonstrated",
    "have reported", "were reported", "has been reported", "is the most common source", "most commonly used",
    "in clinical practice", "appears to be", "pre-clinical", "preclinical", "animal model", "in animals",
    "literature", "in recent years", "several clinical studies", "was confirmed", "is known to",
    "can be administered through various routes", "hold great hope", "possess plasticity",
    "found that", "showed that", "demonstrated that", "reported that", "recent research", "a recent study",
    "in clinical,", "have significantly improved", "has significantly improved", "our previous", "other studies",
  ])

  /// True when the sentence reports background rather than what this trial gives.
  static func isBackground(_ sentence: String) -> Bool {
    cues.occurs(in: sentence)
  }

  /// The sentences of `text` that are not background.
  static func foreground(_ text: String) -> [String] {
    Sentences.split(text).filter { !isBackground($0) }
  }
}
