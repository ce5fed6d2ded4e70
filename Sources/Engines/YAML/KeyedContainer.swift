/// A mapping seen through a type's `CodingKeys`. Records every key asked for, so the decoder can
/// report the keys nobody asked for as unknown.
struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: NodeDecoder
    let entries: [(key: YAMLNode, value: YAMLNode)]

    var codingPath: [any CodingKey] { decoder.codingPath }

    /// A type that lists the keys itself (like a dictionary) accepts whatever keys there are.
    var allKeys: [Key] {
        decoder.acceptsAnyKey = true
        return entries.compactMap { $0.key.scalar.flatMap(Key.init(stringValue:)) }
    }

    func contains(_ key: Key) -> Bool {
        decoder.ask(key.stringValue)
        return decoder.value(for: key.stringValue) != nil
    }

    /// An absent key counts as null too: there is nothing there either way.
    func decodeNil(forKey key: Key) throws -> Bool {
        decoder.ask(key.stringValue)
        return decoder.value(for: key.stringValue)?.isNull ?? true
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let name = key.stringValue
        decoder.ask(name)
        if let substitute = decoder.substitutes[name] as? T { return substitute }
        if decoder.phantomDepth != nil {
            guard let standIn = decoder.standIn(T.self) else { throw decoder.missingKey(name, substitute: nil) }
            return standIn
        }
        guard let value = decoder.value(for: name) else {
            throw decoder.missingKey(name, substitute: decoder.standIn(T.self))
        }
        do {
            return try decoder.child(value, key: key).decode(T.self)
        } catch let failure as DecodeFailure {
            throw decoder.tag(failure, key: name, fallback: decoder.standIn(T.self))
        }
    }

    /// Absent and null both give nil, as for JSON.
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        let name = key.stringValue
        decoder.ask(name)
        if let substitute = decoder.substitutes[name] { return substitute as? T }
        guard decoder.phantomDepth == nil, let value = decoder.value(for: name), !value.isNull else { return nil }
        do {
            return try decoder.child(value, key: key).decode(T.self)
        } catch let failure as DecodeFailure {
            throw decoder.tag(failure, key: name, fallback: T?.none as Any)
        }
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try nestedDecoder(forKey: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try nestedDecoder(forKey: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        try nestedDecoder(name: "super", key: YAMLKey(stringValue: "super"))
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        try nestedDecoder(forKey: key)
    }

    private func nestedDecoder(forKey key: Key) throws -> NodeDecoder {
        try nestedDecoder(name: key.stringValue, key: key)
    }

    /// A decoder for a value used without its own `init(from:)`; its keys are checked with this mapping's.
    private func nestedDecoder(name: String, key: any CodingKey) throws -> NodeDecoder {
        decoder.ask(name)
        let value = decoder.value(for: name) ?? YAMLNode(.scalar("", plain: true), at: decoder.node.location)
        let nested = decoder.child(value, key: key)
        decoder.nestedDecoders.append(nested)
        return nested
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decode(type as Bool.Type, key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decode(type as String.Type, key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decode(type as Double.Type, key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decode(type as Float.Type, key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decode(type as Int.Type, key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decode(type as Int8.Type, key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decode(type as Int16.Type, key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decode(type as Int32.Type, key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decode(type as Int64.Type, key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decode(type as UInt.Type, key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decode(type as UInt8.Type, key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decode(type as UInt16.Type, key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decode(type as UInt32.Type, key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decode(type as UInt64.Type, key) }

    /// The concrete overloads above all funnel into the generic one.
    private func decode<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T {
        try decode(type, forKey: key)
    }
}
