import BuurtCore

/// One value of a parsed YAML document, with where it starts in the file.
/// Aliases are already replaced by (shared copies of) the nodes they name.
public struct YAMLNode: Sendable {
    public enum Kind: Sendable {
        /// `plain` is true for an unquoted, non-block scalar: only those can mean null, a bool or a number.
        case scalar(String, plain: Bool)
        /// Entries in document order; keys are always scalars (the parser rejects lists or mappings as keys).
        case mapping([(key: YAMLNode, value: YAMLNode)])
        case sequence([YAMLNode])
    }

    public var kind: Kind
    /// 1-based line and column of the node's first character.
    public var location: SourceLocation

    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    /// The text of a scalar, exactly as written (without quotes); nil for a mapping or list.
    public var scalar: String? {
        if case .scalar(let text, _) = kind { return text }
        return nil
    }

    /// Whether the scalar was written without quotes and not as a `|` or `>` block.
    public var isPlain: Bool {
        if case .scalar(_, let plain) = kind { return plain }
        return false
    }

    /// Core-schema null: `~`, `null`, `Null`, `NULL` or nothing at all, unquoted.
    public var isNull: Bool {
        if case .scalar(let text, plain: true) = kind { return CoreSchema.isNull(text) }
        return false
    }

    /// Text of a scalar that is not null, as a `String` property would decode it.
    public var string: String? {
        if case .scalar(let text, _) = kind, !isNull { return text }
        return nil
    }

    /// Core-schema bool: only `true`/`false` in three spellings, unquoted.
    public var bool: Bool? {
        guard case .scalar(let text, plain: true) = kind else { return nil }
        return CoreSchema.bool(text)
    }

    /// Core-schema integer (`12`, `-3`, `0o17`, `0x1F`), unquoted; nil when it does not fit in an `Int`.
    public var int: Int? {
        guard case .scalar(let text, plain: true) = kind else { return nil }
        return CoreSchema.integer(text, as: Int.self)
    }

    /// Core-schema number: an integer or a float (`1.5`, `1e3`, `.inf`, `.nan`), unquoted.
    public var double: Double? {
        guard case .scalar(let text, plain: true) = kind else { return nil }
        return CoreSchema.double(text)
    }

    public var mapping: [(key: YAMLNode, value: YAMLNode)]? {
        if case .mapping(let entries) = kind { return entries }
        return nil
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    /// The value for a key of a mapping; nil when this is not a mapping or the key is absent.
    /// A linear search: fine for the handful of keys a page has; decoders index the keys once instead.
    public subscript(key: String) -> YAMLNode? {
        guard case .mapping(let entries) = kind else { return nil }
        return entries.first { $0.key.scalar == key }?.value
    }

    /// The item at a 0-based position of a list; nil when out of range or not a list.
    public subscript(index: Int) -> YAMLNode? {
        guard case .sequence(let items) = kind, items.indices.contains(index) else { return nil }
        return items[index]
    }

    /// Keys of a mapping in document order; empty for anything else.
    public var keys: [String] {
        mapping?.compactMap(\.key.scalar) ?? []
    }

    /// What people see in "found …": "a list", "a mapping", "empty value" or the quoted text.
    var foundDescription: String {
        switch kind {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let text, let plain):
            if plain && text.isEmpty { return "empty value" }
            if plain && CoreSchema.isNull(text) { return "'\(text)' (which YAML reads as empty)" }
            return "'\(YAMLNode.excerpt(text))'"
        }
    }

    /// The first line of a text, shortened, for messages.
    static func excerpt(_ text: String, limit: Int = 40) -> String {
        let firstLine =
            text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        if firstLine.count > limit { return String(firstLine.prefix(limit)) + "…" }
        return firstLine.count < text.count ? firstLine + "…" : firstLine
    }
}

/// YAMLNode is decoded only by `YAMLDecoder`, which hands over the node itself (a "raw" value, e.g. theme tokens).
extension YAMLNode: Decodable {
    public init(from decoder: any Decoder) throws {
        guard let nodeDecoder = decoder as? NodeDecoder else {
            throw DecodingError.typeMismatch(
                YAMLNode.self,
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "YAMLNode can only be decoded with YAMLDecoder"))
        }
        self = nodeDecoder.node
    }
}
