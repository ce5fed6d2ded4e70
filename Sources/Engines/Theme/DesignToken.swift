import BuurtCore

/// One design token: a named value that ends up as a CSS custom property in `tokens.css`.
public struct DesignToken: Hashable, Sendable {
    /// Dotted path in the token tree: `basis.color.accent-1.bg-default`.
    public let name: String
    /// As written in theme.yml or buurt.yml; may be an alias `{other.token}`.
    public let value: String
    /// `$type` of the token or the nearest group that has one.
    public let type: String?
    /// Where the value was written, so messages point at the line to change.
    public let location: SourceLocation
    /// 0 for the theme at the root of the chain, one more for each child theme, higher still for a buurt's
    /// overrides. A contrast failure is blamed on the definition with the highest layer.
    let layer: Int

    public init(name: String, value: String, type: String?, location: SourceLocation) {
        self.init(name: name, value: value, type: type, location: location, layer: 0)
    }

    init(name: String, value: String, type: String?, location: SourceLocation, layer: Int) {
        self.name = name
        self.value = value
        self.type = type
        self.location = location
        self.layer = layer
    }

    /// The token this one refers to, when its value is an alias.
    public var aliasTarget: String? { TokenValue.aliasTarget(value) }

    /// `basis.color.accent-1.bg-default` → `--basis-color-accent-1-bg-default` (NL Design System style).
    public var cssName: String { DesignToken.cssName(of: name) }

    static func cssName(of name: String) -> String {
        "--" + name.split(separator: ".").joined(separator: "-")
    }

    /// One segment of a token path. Limited to what a CSS custom property name can hold without escaping,
    /// and without dots, because dots separate the segments.
    static func isValidSegment(_ segment: some StringProtocol) -> Bool {
        !segment.isEmpty
            && segment.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
                    || $0 == "_"
            }
    }

    static func isValidName(_ name: String) -> Bool {
        let segments = name.split(separator: ".", omittingEmptySubsequences: false)
        return !segments.isEmpty && segments.allSatisfy { isValidSegment($0) }
    }
}
