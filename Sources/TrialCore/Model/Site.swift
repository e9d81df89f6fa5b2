/// One study site.
public struct Site: Sendable, Equatable, Hashable, Codable {
  /// The facility's name.
  public var facility: String?
  /// City.
  public var city: String?
  /// State, province or region.
  public var region: String?
  /// Country.
  public var country: String?

  /// Creates a site.
  public init(facility: String?, city: String? = nil, region: String? = nil, country: String? = nil) {
    self.facility = facility
    self.city = city
    self.region = region
    self.country = country
  }

  enum CodingKeys: String, CodingKey { case facility, city, region, country }

  /// Encodes absent fields as `null`.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(facility, forKey: .facility)
    try c.encode(city, forKey: .city)
    try c.encode(region, forKey: .region)
    try c.encode(country, forKey: .country)
  }
}
