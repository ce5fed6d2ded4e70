import BuurtCore

/// Arrays and `[String: T]` dictionaries decode item by item here, so that every bad item is reported,
/// not only the first.
protocol YAMLCollectionDecodable {
    static func decodeCollection(from decoder: NodeDecoder) throws -> Self
}

extension Array: YAMLCollectionDecodable where Element: Decodable {
    static func decodeCollection(from decoder: NodeDecoder) throws -> Self {
        guard case .sequence(let items) = decoder.node.kind else {
            throw decoder.failure(
                "expected a list, found \(decoder.node.foundDescription)",
                hint: StandIn.listHint(for: decoder.node), substitute: Self())
        }
        var result = Self()
        result.reserveCapacity(items.count)
        var diagnostics: [Diagnostic] = []
        for (index, item) in items.enumerated() {
            let child = decoder.child(item, key: YAMLKey(index: index))
            do {
                result.append(try child.decode(Element.self))
            } catch let failure as DecodeFailure {
                diagnostics += failure.diagnostics
                if let substitute = failure.substitute as? Element { result.append(substitute) }
            }
        }
        if !diagnostics.isEmpty { throw DecodeFailure(diagnostics, substitute: result) }
        return result
    }
}

extension Dictionary: YAMLCollectionDecodable where Key == String, Value: Decodable {
    static func decodeCollection(from decoder: NodeDecoder) throws -> Self {
        guard case .mapping(let entries) = decoder.node.kind else {
            throw decoder.failure("expected a mapping, found \(decoder.node.foundDescription)", substitute: Self())
        }
        var result = Self(minimumCapacity: entries.count)
        var diagnostics: [Diagnostic] = []
        for entry in entries {
            let key = entry.key.scalar ?? ""
            let child = decoder.child(entry.value, key: YAMLKey(stringValue: key))
            do {
                result[key] = try child.decode(Value.self)
            } catch let failure as DecodeFailure {
                diagnostics += failure.diagnostics
                if let substitute = failure.substitute as? Value { result[key] = substitute }
            }
        }
        if !diagnostics.isEmpty { throw DecodeFailure(diagnostics, substitute: result) }
        return result
    }
}
