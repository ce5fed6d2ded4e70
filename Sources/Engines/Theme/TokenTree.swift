import BuurtCore
import YAML

/// Reads the `tokens:` tree of a theme.yml (W3C design-token format): nested groups whose leaves are mappings
/// with `$value`. Walks the YAML nodes directly, because token names are data, not Swift properties.
struct TokenTree {
    static let tokenKeys = ["$value", "$type", "$description"]

    private(set) var tokens: [DesignToken] = []
    private(set) var problems: [Diagnostic] = []
    private let layer: Int

    /// `layer`: the theme's place in the chain (see `DesignToken.layer`).
    init(_ root: YAMLNode, layer: Int) {
        self.layer = layer
        walk(root, path: [], inheritedType: nil)
    }

    private mutating func walk(_ node: YAMLNode, path: [String], inheritedType: String?) {
        guard case .mapping(let entries) = node.kind else {
            let what = path.isEmpty ? "'tokens'" : "'\(path.joined(separator: "."))'"
            problems.append(
                .error(
                    at: node.location, "\(what) must be a group of tokens or a token with $value",
                    hint: "a token is written as a mapping: `$value: \"#00598a\"`"))
            return
        }
        var value: YAMLNode?
        var type = inheritedType
        var children: [(name: String, node: YAMLNode, location: SourceLocation)] = []
        for (keyNode, child) in entries {
            guard case .scalar(let key, _) = keyNode.kind else {
                problems.append(.error(at: keyNode.location, "a token or group name must be a plain name"))
                continue
            }
            switch key {
            case "$value":
                value = child
            case "$type":
                if let text = scalarText(child, what: "$type") { type = text }
            case "$description":
                _ = scalarText(child, what: "$description")
            default:
                if key.hasPrefix("$") {
                    problems.append(
                        .error(
                            at: keyNode.location,
                            "unknown key '\(key)'" + Suggestion.didYouMean(key, among: TokenTree.tokenKeys),
                            hint: "tokens and groups may have only \(TokenTree.tokenKeys.joined(separator: ", "))"))
                } else if !DesignToken.isValidSegment(key) {
                    problems.append(
                        .error(
                            at: keyNode.location, "token name '\(key)' may hold only letters, digits, '-' and '_'",
                            hint: "names become CSS properties: basis.color.accent-1 → --basis-color-accent-1"))
                } else {
                    children.append((key, child, keyNode.location))
                }
            }
        }
        guard let value else {
            for child in children { walk(child.node, path: path + [child.name], inheritedType: type) }
            return
        }
        let name = path.joined(separator: ".")
        guard !path.isEmpty else {
            problems.append(.error(at: value.location, "'tokens' is a group and cannot have a $value itself"))
            return
        }
        for child in children {
            problems.append(
                .error(
                    at: child.location, "token '\(name)' has a $value and so cannot also hold '\(child.name)'",
                    hint: "move '\(child.name)' into a group of its own"))
        }
        guard let text = scalarText(value, what: "$value of token '\(name)'") else { return }
        if let problem = TokenValue.problem(in: text) {
            problems.append(.error(at: value.location, "value of token '\(name)' \(problem)"))
            return
        }
        tokens.append(DesignToken(name: name, value: text, type: type, location: value.location, layer: layer))
    }

    /// The text of a scalar node, or nil after reporting that a single value was expected.
    private mutating func scalarText(_ node: YAMLNode, what: String) -> String? {
        if case .scalar(let text, _) = node.kind { return text }
        problems.append(.error(at: node.location, "\(what) must be a single value, not a list or mapping"))
        return nil
    }
}
