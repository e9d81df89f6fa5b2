import Foundation

/// How cells reach the liver.
public enum Route: String, Sendable, Equatable, Codable, CaseIterable, Comparable {
  case hepaticArtery = "hepatic-artery"
  case portalVein = "portal-vein"
  case peripheralVein = "peripheral-vein"
  case intrasplenic
  case intraperitoneal
  case intrahepatic

  /// Short badge for lists: `HA`, `PoV`, `PV`, `IS`, `IP`, `IH`.
  public var badge: String {
    switch self {
    case .hepaticArtery: "HA"
    case .portalVein: "PoV"
    case .peripheralVein: "PV"
    case .intrasplenic: "IS"
    case .intraperitoneal: "IP"
    case .intrahepatic: "IH"
    }
  }

  /// Words for people: "hepatic artery", "peripheral vein", … .
  public var displayName: String { rawValue.replacingOccurrences(of: "-", with: " ") }

  /// Declaration order: hepatic artery first.
  public static func < (lhs: Route, rhs: Route) -> Bool { lhs.order < rhs.order }

  private var order: Int {
    switch self {
    case .hepaticArtery: 0
    case .portalVein: 1
    case .peripheralVein: 2
    case .intrasplenic: 3
    case .intraperitoneal: 4
    case .intrahepatic: 5
    }
  }
}
