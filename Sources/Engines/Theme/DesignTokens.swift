import BuurtCore

/// All tokens of a theme chain, merged, possibly with a buurt's overrides on top.
public struct DesignTokens: Sendable {
    private let byName: [String: DesignToken]
    /// Sorted by name, so that everything derived from it (CSS, messages) is the same on every run.
    public let all: [DesignToken]

    /// A later token with the same name replaces an earlier one.
    public init(_ tokens: [DesignToken]) {
        var byName: [String: DesignToken] = [:]
        for token in tokens { byName[token.name] = token }
        self.byName = byName
        self.all = byName.values.sorted { $0.name < $1.name }
    }

    public subscript(name: String) -> DesignToken? { byName[name] }
    public var names: [String] { all.map(\.name) }
    public var count: Int { all.count }

    /// The tokens with a buurt's values (token name → value) on top. Unknown names, unsafe values and aliases
    /// that lead nowhere or in a circle are errors, at `locations[name]` (the line in buurt.yml).
    public func overriding(_ overrides: [String: String], at locations: [String: SourceLocation]) throws(DiagnosticList)
        -> DesignTokens
    {
        if overrides.isEmpty { return self }
        var problems: [Diagnostic] = []
        var tokens = byName
        let layer = (all.map(\.layer).max() ?? 0) + 1
        for name in overrides.keys.sorted() {
            let value = overrides[name]!
            let location = locations[name]
            guard let original = byName[name] else {
                problems.append(
                    .error(
                        at: location, "unknown design token '\(name)'" + Suggestion.didYouMean(name, among: names),
                        hint: "a buurt can only override tokens that its theme defines"))
                continue
            }
            if let problem = TokenValue.problem(in: value) {
                problems.append(.error(at: location, "value of token '\(name)' \(problem)"))
                continue
            }
            tokens[name] = DesignToken(
                name: name, value: value, type: original.type,
                location: location ?? original.location, layer: layer)
        }
        let result = DesignTokens(Array(tokens.values))
        // Only problems that the overrides brought in: the theme's own were reported when it was loaded.
        let before = Set(aliasProblems())
        problems += result.aliasProblems().filter { !before.contains($0) }
        guard problems.isEmpty else { throw DiagnosticList(problems.sortedForReport()) }
        return result
    }

    /// `tokens.css`: every token as a custom property on `:root`, sorted by name; an alias becomes `var(--…)`
    /// so that overriding the target in the browser (or in a later stylesheet) still carries through.
    public func css() -> String {
        var css = ":root {\n"
        for token in all {
            let value = token.aliasTarget.map { "var(\(DesignToken.cssName(of: $0)))" } ?? token.value
            css += "  \(token.cssName): \(value);\n"
        }
        return css + "}\n"
    }

    /// The colour a token ends up as after following aliases; nil when the name is unknown, an alias leads
    /// nowhere or in a circle, or the value is not a colour this module can read.
    public func resolvedColor(_ name: String) -> RGB? {
        guard case .value(let token, _)? = resolve(name) else { return nil }
        return RGB(css: token.value)
    }

    enum Resolution {
        /// The token holding the final value, and every token passed on the way (the named one first).
        case value(DesignToken, path: [DesignToken])
        case missing(DesignToken, target: String)
        case cycle
    }

    /// Follows aliases from `name`; nil when there is no such token.
    func resolve(_ name: String) -> Resolution? {
        guard var token = byName[name] else { return nil }
        var path = [token]
        var seen: Set<String> = [name]
        while let target = token.aliasTarget {
            guard let next = byName[target] else { return .missing(token, target: target) }
            guard seen.insert(target).inserted else { return .cycle }
            token = next
            path.append(next)
        }
        return .value(token, path: path)
    }

    /// Aliases to tokens that do not exist, and circles of aliases (each reported once).
    func aliasProblems() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for token in all {
            if let target = token.aliasTarget, byName[target] == nil {
                problems.append(
                    .error(
                        at: token.location,
                        "token '\(token.name)' refers to unknown token '\(target)'"
                            + Suggestion.didYouMean(target, among: names.filter { $0 != token.name })))
            }
        }
        // Every token has at most one alias, so walking from each token finds each circle; `done` keeps it linear.
        var done: Set<String> = []
        for start in all where !done.contains(start.name) {
            var path: [String] = []
            var current: DesignToken? = start
            while let token = current, !done.contains(token.name) {
                if let index = path.firstIndex(of: token.name) {
                    var cycle = Array(path[index...])
                    // Start the message at the alphabetically first member, whichever way the circle was entered.
                    let first = cycle.firstIndex(of: cycle.min()!)!
                    cycle = Array(cycle[first...] + cycle[..<first])
                    problems.append(
                        .error(
                            at: byName[cycle[0]]!.location,
                            "design token aliases form a circle: " + (cycle + [cycle[0]]).joined(separator: " → "),
                            hint: "give one of these tokens a real value instead of an alias"))
                    break
                }
                path.append(token.name)
                current = token.aliasTarget.flatMap { byName[$0] }
            }
            done.formUnion(path)
        }
        return problems
    }

    /// Different names that become the same CSS property (`a.b-c` and `a-b.c`): the later would silently win.
    func cssNameCollisions() -> [Diagnostic] {
        var first: [String: DesignToken] = [:]
        var problems: [Diagnostic] = []
        for token in all {
            if let earlier = first[token.cssName] {
                problems.append(
                    .error(
                        at: token.location,
                        "tokens '\(earlier.name)' and '\(token.name)' both become the CSS property \(token.cssName)",
                        hint: "rename one of them"))
            } else {
                first[token.cssName] = token
            }
        }
        return problems
    }
}
