import BuurtCalendar
import Foundation

/// A `Decoder` that holds no document: it runs a type's `init(from:)` and records what it asks for, to make the
/// type's `ValueShape`. Every key is absent to `contains` and `decodeIfPresent` (so optional branches are skipped,
/// and a key only tested with `contains`, such as a moved setting that is reported, is no field); `decode` gets
/// an empty value of the right type; a list holds one item, a dictionary one key. A type whose `init(from:)` refuses
/// empty values still gives its shape, but when such a value is required, the `init(from:)` that asked for it stops
/// there and the keys after it are missed: `SchemaAgreementTests` would see them missing from the descriptions.
final class ShapeProbe: Decoder {
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    private let depth: Int

    private enum Use {
        case keyed, unkeyed, single
    }
    private var use: Use?
    private var acceptsAnyKey = false
    private var fields: [(name: String, required: Bool, shape: () -> ValueShape)] = []
    private var element: (() -> ValueShape)?
    private var single: ValueShape?

    /// The key a dictionary's one probed entry gets.
    static let anyKey = "*"

    private init(codingPath: [any CodingKey], depth: Int) {
        self.codingPath = codingPath
        self.depth = depth
    }

    /// What `init(from:)` asked for, once it has run.
    private var shape: ValueShape {
        switch use {
        case .keyed:
            if acceptsAnyKey {
                return .dictionary(fields.first { $0.name == Self.anyKey }?.shape() ?? .node)
            }
            return .mapping(fields.map { ShapeField($0.name, $0.shape(), required: $0.required) })
        case .unkeyed: return .list(element?() ?? .node)
        case .single: return single ?? .node
        case nil: return .node
        }
    }

    /// `T`'s shape, and a value of `T` to hand back to the `init(from:)` that asked for it (nil when `T` cannot be
    /// made from empty values).
    static func shape<T: Decodable>(of type: T.Type, depth: Int = 0, path: [any CodingKey] = [])
        -> (shape: ValueShape, value: T?)
    {
        if T.self == YAMLNode.self { return (.node, StandIn.empty(T.self)) }
        if let scalar = scalarShape(T.self) { return (scalar, StandIn.empty(T.self)) }
        if let choices = StandIn.choices(T.self) { return (.choices(choices), StandIn.empty(T.self)) }
        // Recursive types would go on forever.
        guard depth < 12 else { return (.node, StandIn.empty(T.self)) }
        let probe = ShapeProbe(codingPath: path, depth: depth + 1)
        let value = try? T(from: probe)
        return (probe.shape, value ?? StandIn.empty(T.self))
    }

    private static func scalarShape<T>(_ type: T.Type) -> ValueShape? {
        if T.self == String.self { return .text }
        if T.self == Bool.self { return .flag }
        if T.self == Day.self { return .day }
        if T.self == URL.self { return .url }
        if T.self == Double.self || T.self == Float.self { return .number }
        if T.self is any FixedWidthInteger.Type { return .integer }
        return nil
    }

    /// `T`'s shape and value, one level below this probe (under `key`, when it is a mapping's).
    fileprivate func probeShape<T: Decodable>(_ type: T.Type, key: (any CodingKey)?) -> (shape: ValueShape, value: T?) {
        Self.shape(of: T.self, depth: depth, path: codingPath + (key.map { [$0] } ?? []))
    }

    fileprivate func record(_ name: String, required: Bool, shape: @escaping () -> ValueShape) {
        if let index = fields.firstIndex(where: { $0.name == name }) {
            // Asked twice (as a raw node, and then as what it holds): keep what says the most.
            let old = fields[index]
            fields[index].required = old.required || required
            if old.shape() == .node { fields[index].shape = shape }
        } else {
            fields.append((name, required, shape))
        }
    }

    fileprivate func child(_ key: any CodingKey) -> ShapeProbe {
        ShapeProbe(codingPath: codingPath + [key], depth: depth + 1)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        use = .keyed
        return KeyedDecodingContainer(ProbeKeyedContainer<Key>(probe: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        use = .unkeyed
        return ProbeUnkeyedContainer(probe: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        use = .single
        return ProbeSingleValueContainer(probe: self)
    }

    fileprivate func setElement(_ shape: @escaping () -> ValueShape) {
        if element == nil { element = shape }
    }

    fileprivate func setSingle(_ shape: ValueShape) {
        if single == nil { single = shape }
    }

    fileprivate func acceptAnyKey() { acceptsAnyKey = true }
}

/// A value the probe cannot make: the `init(from:)` that asked stops there.
private struct ProbeFailure: Error {}

private struct ProbeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let probe: ShapeProbe
    var codingPath: [any CodingKey] { probe.codingPath }

    var allKeys: [Key] {
        probe.acceptAnyKey()
        return Key(stringValue: ShapeProbe.anyKey).map { [$0] } ?? []
    }

    func contains(_ key: Key) -> Bool { false }
    func decodeNil(forKey key: Key) throws -> Bool { true }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let shape = probe.probeShape(T.self, key: key)
        probe.record(key.stringValue, required: true) { shape.shape }
        guard let value = shape.value else { throw ProbeFailure() }
        return value
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        let shape = probe.probeShape(T.self, key: key).shape
        probe.record(key.stringValue, required: false) { shape }
        return nil
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try nested(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try nested(key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { probe }
    func superDecoder(forKey key: Key) throws -> any Decoder { nested(key) }

    private func nested(_ key: Key) -> ShapeProbe {
        let child = probe.child(key)
        probe.record(key.stringValue, required: true) { ShapeProbe.shapeAfterUse(child) }
        return child
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try optional(type, key) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try optional(type, key) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try optional(type, key) }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try optional(type, key) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try optional(type, key) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try optional(type, key) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try optional(type, key) }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try optional(type, key) }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try optional(type, key) }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try optional(type, key) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try optional(type, key) }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try optional(type, key) }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try optional(type, key) }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try optional(type, key) }

    private func optional<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T? {
        try decodeIfPresent(type, forKey: key)
    }
}

extension ShapeProbe {
    /// The shape of a probe that a caller used directly (a nested container), read once the caller is done.
    fileprivate static func shapeAfterUse(_ probe: ShapeProbe) -> ValueShape { probe.shape }
}

private struct ProbeUnkeyedContainer: UnkeyedDecodingContainer {
    let probe: ShapeProbe
    var codingPath: [any CodingKey] { probe.codingPath }
    var count: Int? { nil }
    /// One item, so the list's element type is asked for once.
    var currentIndex = 0
    var isAtEnd: Bool { currentIndex > 0 }

    init(probe: ShapeProbe) { self.probe = probe }

    mutating func decodeNil() throws -> Bool { false }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        currentIndex += 1
        let shape = probe.probeShape(T.self, key: nil)
        probe.setElement { shape.shape }
        guard let value = shape.value else { throw ProbeFailure() }
        return value
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try nested().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try nested().unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { nested() }

    private mutating func nested() -> ShapeProbe {
        currentIndex += 1
        let child = probe.child(ProbeIndexKey(index: currentIndex - 1))
        probe.setElement { ShapeProbe.shapeAfterUse(child) }
        return child
    }
}

private struct ProbeSingleValueContainer: SingleValueDecodingContainer {
    let probe: ShapeProbe
    var codingPath: [any CodingKey] { probe.codingPath }

    func decodeNil() -> Bool { false }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let shape = probe.probeShape(T.self, key: nil)
        probe.setSingle(shape.shape)
        guard let value = shape.value else { throw ProbeFailure() }
        return value
    }

    func decode(_ type: Bool.Type) throws -> Bool { try decode(type as Bool.Type, 0) }
    func decode(_ type: String.Type) throws -> String { try decode(type as String.Type, 0) }
    func decode(_ type: Double.Type) throws -> Double { try decode(type as Double.Type, 0) }
    func decode(_ type: Float.Type) throws -> Float { try decode(type as Float.Type, 0) }
    func decode(_ type: Int.Type) throws -> Int { try decode(type as Int.Type, 0) }
    func decode(_ type: Int8.Type) throws -> Int8 { try decode(type as Int8.Type, 0) }
    func decode(_ type: Int16.Type) throws -> Int16 { try decode(type as Int16.Type, 0) }
    func decode(_ type: Int32.Type) throws -> Int32 { try decode(type as Int32.Type, 0) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decode(type as Int64.Type, 0) }
    func decode(_ type: UInt.Type) throws -> UInt { try decode(type as UInt.Type, 0) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decode(type as UInt8.Type, 0) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decode(type as UInt16.Type, 0) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decode(type as UInt32.Type, 0) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decode(type as UInt64.Type, 0) }

    /// The concrete overloads above all funnel into the generic one.
    private func decode<T: Decodable>(_ type: T.Type, _: Int) throws -> T { try decode(type) }
}

private struct ProbeIndexKey: CodingKey {
    let index: Int
    var stringValue: String { "\(index)" }
    var intValue: Int? { index }
    init(index: Int) { self.index = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { index = intValue }
}
