/// Reads "No Healthy Volunteers", "Accepts Healthy Volunteers", "Yes", "No".
enum HealthyVolunteers {
  static func parse(_ text: String) -> Bool? {
    let lower = text.lowercased()
    if lower.hasPrefix("no") || lower.contains("not accept") || lower == "false" { return false }
    if lower.hasPrefix("yes") || lower.hasPrefix("accepts") || lower == "true" { return true }
    return nil
  }
}
