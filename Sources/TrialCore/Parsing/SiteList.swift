import Foundation

/// Reads a block of sites and contacts saved as text: a facility line, then (often after a
/// flag emoji) "City, Region, Country"; then names followed by roles, phones and e-mails.
struct SiteList {
  var sites: [Site] = []
  var contacts: [Contact] = []

  static let roles: Set<String> = [
    "principal investigator", "sub-investigator", "contact", "study director", "study chair",
    "backup contact", "site contact", "central contact", "investigator",
  ]

  static func parse(_ lines: [String]) -> SiteList {
    var list = SiteList()
    var pending: String?
    var expectAddress = false
    let anyFlags = lines.contains { $0.unicodeScalars.contains(where: isRegionalIndicator) }
    for raw in lines {
      let flagged = raw.unicodeScalars.first.map(isRegionalIndicator) ?? false
      let line = Prose.squeeze(String(String.UnicodeScalarView(raw.unicodeScalars.drop(while: isRegionalIndicator))))
      if line.isEmpty {
        if flagged { expectAddress = true }
        continue
      }
      let isAddress = flagged || expectAddress || (!anyFlags && pending != nil && line.contains(","))
      expectAddress = false
      if isAddress {
        list.addSite(facility: pending, address: line)
        pending = nil
      } else if roles.contains(line.lowercased()), let name = pending {
        list.contacts.append(Contact(name: name, role: line))
        pending = nil
      } else if line.contains("@"), !line.contains(" "), !list.contacts.isEmpty {
        list.contacts[list.contacts.count - 1].email = list.contacts[list.contacts.count - 1].email ?? line
      } else if isPhone(line), !list.contacts.isEmpty {
        list.contacts[list.contacts.count - 1].phone = list.contacts[list.contacts.count - 1].phone ?? line
      } else {
        if let facility = pending { list.addSite(facility: facility, address: nil) }
        pending = line
      }
    }
    if let last = pending { list.addSite(facility: last, address: nil) }
    return list
  }

  private mutating func addSite(facility: String?, address: String?) {
    var site = Site(facility: facility)
    if let address {
      let parts = address.split(separator: ",").map { Prose.squeeze(String($0)) }.filter { !$0.isEmpty }
      switch parts.count {
      case 0: break
      case 1: site.country = parts[0]
      case 2:
        site.city = parts[0]
        site.country = parts[1]
      default:
        site.city = parts[0]
        site.region = parts[1..<(parts.count - 1)].joined(separator: ", ")
        site.country = parts[parts.count - 1]
      }
    }
    if !sites.contains(site) { sites.append(site) }
  }

  static func isPhone(_ line: String) -> Bool {
    line.range(of: #"^\+?[\d\s\-().]{7,}(\s*(ext\.?|x)\s*\d+)?$"#, options: [.regularExpression, .caseInsensitive])
      != nil
      && line.filter(\.isNumber).count >= 6
  }

  static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
    (0x1F1E6...0x1F1FF).contains(scalar.value)
  }
}
