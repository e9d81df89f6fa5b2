/// Writes records in the JSON contract, keys in the contract's order.
public enum TrialJSON {
  /// A JSON array of `trials`, pretty-printed.
  public static func array(_ trials: [Trial]) throws -> String {
    try OrderedJSONEncoder().encode(trials).serialized(pretty: true)
  }

  /// One compact JSON object per line.
  public static func lines(_ trials: [Trial]) throws -> String {
    let encoder = OrderedJSONEncoder()
    return try trials.map { try encoder.encode($0).serialized(pretty: false) }.joined(separator: "\n")
  }

  /// One record, pretty-printed.
  public static func object(_ trial: Trial) throws -> String {
    try OrderedJSONEncoder().encode(trial).serialized(pretty: true)
  }
}
