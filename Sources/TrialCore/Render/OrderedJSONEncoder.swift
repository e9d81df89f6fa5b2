/// Encodes any `Encodable` into a `JSONValue`, keeping keys in the order `encode(to:)` writes
/// them (Foundation's encoder does not).
public struct OrderedJSONEncoder {
  /// Creates an encoder.
  public init() {}

  /// The value as a JSON tree.
  public func encode<T: Encodable>(_ value: T) throws -> JSONValue {
    let root = Node()
    try value.encode(to: TreeEncoder(node: root, codingPath: []))
    return root.value
  }
}

/// A mutable slot in the tree under construction.
private final class Node {
  enum Content {
    case empty
    case leaf(JSONValue)
    case array([Node])
    case object([(String, Node)])
  }

  var content = Content.empty

  var value: JSONValue {
    switch content {
    case .empty: .null
    case .leaf(let value): value
    case .array(let nodes): .array(nodes.map(\.value))
    case .object(let members): .object(members.map { ($0.0, $0.1.value) })
    }
  }

  func child(forKey key: String) -> Node {
    var members: [(String, Node)] = []
    if case .object(let existing) = content { members = existing }
    if let found = members.first(where: { $0.0 == key }) { return found.1 }
    let node = Node()
    members.append((key, node))
    content = .object(members)
    return node
  }

  func appendChild() -> Node {
    var nodes: [Node] = []
    if case .array(let existing) = content { nodes = existing }
    let node = Node()
    nodes.append(node)
    content = .array(nodes)
    return node
  }
}

private struct TreeEncoder: Encoder {
  let node: Node
  var codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if case .object = node.content {} else { node.content = .object([]) }
    return KeyedEncodingContainer(KeyedContainer<Key>(node: node, codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    if case .array = node.content {} else { node.content = .array([]) }
    return UnkeyedContainer(node: node, codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleContainer(node: node, codingPath: codingPath)
  }
}

/// Turns a primitive into a leaf, or encodes a composite into `node`.
private func store<T: Encodable>(_ value: T, in node: Node, path: [any CodingKey]) throws {
  switch value {
  case let v as String: node.content = .leaf(.string(v))
  case let v as Bool: node.content = .leaf(.bool(v))
  case let v as Int: node.content = .leaf(.integer(v))
  case let v as Double: node.content = .leaf(.number(v))
  case let v as Float: node.content = .leaf(.number(Double(v)))
  default: try value.encode(to: TreeEncoder(node: node, codingPath: path))
  }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let node: Node
  var codingPath: [any CodingKey]

  mutating func encodeNil(forKey key: Key) throws { node.child(forKey: key.stringValue).content = .leaf(.null) }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    try store(value, in: node.child(forKey: key.stringValue), path: codingPath + [key])
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  )
    -> KeyedEncodingContainer<NestedKey>
  {
    let child = node.child(forKey: key.stringValue)
    child.content = .object([])
    return KeyedEncodingContainer(KeyedContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let child = node.child(forKey: key.stringValue)
    child.content = .array([])
    return UnkeyedContainer(node: child, codingPath: codingPath + [key])
  }

  mutating func superEncoder() -> any Encoder { TreeEncoder(node: node.child(forKey: "super"), codingPath: codingPath) }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    TreeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key])
  }
}

private struct IndexKey: CodingKey {
  var stringValue: String
  var intValue: Int?
  init(_ index: Int) {
    stringValue = String(index)
    intValue = index
  }
  init?(stringValue: String) { nil }
  init?(intValue: Int) { self.init(intValue) }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
  let node: Node
  var codingPath: [any CodingKey]
  var count: Int {
    if case .array(let nodes) = node.content { return nodes.count }
    return 0
  }

  mutating func encodeNil() throws { node.appendChild().content = .leaf(.null) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    let path = codingPath + [IndexKey(count)]
    try store(value, in: node.appendChild(), path: path)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type
  ) -> KeyedEncodingContainer<NestedKey> {
    let child = node.appendChild()
    child.content = .object([])
    return KeyedEncodingContainer(KeyedContainer<NestedKey>(node: child, codingPath: codingPath))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let child = node.appendChild()
    child.content = .array([])
    return UnkeyedContainer(node: child, codingPath: codingPath)
  }

  mutating func superEncoder() -> any Encoder { TreeEncoder(node: node.appendChild(), codingPath: codingPath) }
}

private struct SingleContainer: SingleValueEncodingContainer {
  let node: Node
  var codingPath: [any CodingKey]

  mutating func encodeNil() throws { node.content = .leaf(.null) }

  mutating func encode<T: Encodable>(_ value: T) throws { try store(value, in: node, path: codingPath) }
}
