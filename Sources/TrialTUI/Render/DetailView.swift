import TrialCore

/// The text of each detail tab for one trial, wrapped to a width. Every string from the record
/// passes through `SafeText.clean`; absent facts read "not stated".
public struct DetailView {
  /// Width of the text in columns.
  public let width: Int
  /// The label column: the longest label ("Interventions", 13) plus a space before the value.
  private let labelWidth = 14

  /// A view for text `width` columns wide.
  public init(width: Int) {
    self.width = max(width, 20)
  }

  /// The lines of `tab` for `trial` (a placeholder when nothing is selected).
  public func lines(_ trial: Trial?, tab: DetailTab) -> [StyledLine] {
    guard let trial else { return [StyledLine("No trial selected.", .dim)] }
    switch tab {
    case .overview: return overview(trial)
    case .eligibility: return eligibility(trial)
    case .arms: return arms(trial)
    case .outcomes: return outcomes(trial)
    case .locations: return locations(trial)
    case .related: return related(trial)
    }
  }

  /// "label  value" with the value wrapped under itself; "not stated" when absent.
  func field(_ label: String, _ value: String?, style: Style = .normal) -> [StyledLine] {
    let shown = value.map(SafeText.clean).flatMap { $0.isEmpty ? nil : $0 }
    let wrapped = TextWrapper.wrap(shown ?? "not stated", width: width - labelWidth)
    return wrapped.enumerated().map { index, text in
      var line = StyledLine(
        index == 0 ? TerminalText.pad(label, to: labelWidth) : String(repeating: " ", count: labelWidth), .heading)
      line.append(text, shown == nil ? .dim : style)
      return line
    }
  }

  /// A heading line.
  func heading(_ text: String) -> [StyledLine] {
    [StyledLine()] + TextWrapper.wrap(text, width: width).map { StyledLine($0, .heading) }
  }

  /// "• text" wrapped with a hanging indent.
  func bullet(_ text: String, indent: Int = 0, style: Style = .normal, mark: String = "•") -> [StyledLine] {
    let pad = String(repeating: " ", count: indent)
    let wrapped = TextWrapper.wrap(SafeText.clean(text), width: width - indent - 2)
    return wrapped.enumerated().map { index, text in
      StyledLine(pad + (index == 0 ? mark + " " : "  ") + text, style)
    }
  }

  /// Indented wrapped prose.
  func prose(_ text: String, indent: Int = 2, style: Style = .normal) -> [StyledLine] {
    let pad = String(repeating: " ", count: indent)
    return TextWrapper.wrap(SafeText.clean(text), width: width - indent).map { StyledLine(pad + $0, style) }
  }

  /// A dim "none stated" line for an empty list.
  func none(_ what: String) -> [StyledLine] {
    [StyledLine("  \(what)", .dim)]
  }

  /// The phrases evidence gives for `field` = `value`, as "— “phrase” (location)".
  func evidence(_ trial: Trial, _ field: String, _ value: String) -> [String] {
    trial.evidence.filter { $0.field == field && $0.value == value }.map { "“\($0.phrase)” (\($0.location))" }
  }
}
