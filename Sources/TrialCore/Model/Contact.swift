/// A person named as contact or investigator.
public struct Contact: Sendable, Equatable, Codable {
  /// The name as written, degrees included ("Xingshun Qi, MD").
  public var name: String
  /// "Principal Investigator", "Contact", "Central contact", … as the page says.
  public var role: String?
  /// Telephone number.
  public var phone: String?
  /// E-mail address.
  public var email: String?

  /// Creates a contact.
  public init(name: String, role: String? = nil, phone: String? = nil, email: String? = nil) {
    self.name = name
    self.role = role
    self.phone = phone
    self.email = email
  }

  enum CodingKeys: String, CodingKey { case name, role, phone, email }

  /// Encodes absent fields as `null`.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(name, forKey: .name)
    try c.encode(role, forKey: .role)
    try c.encode(phone, forKey: .phone)
    try c.encode(email, forKey: .email)
  }
}
