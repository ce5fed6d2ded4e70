import Foundation

/// What a token value may hold. Values go into `tokens.css` exactly as written, so everything that could end
/// the declaration or the `:root` block (or, if the CSS is ever inlined, the `<style>` element) is refused here:
/// a theme or a buurt.yml must never be able to inject CSS.
enum TokenValue {
    /// The token a value like `{basis.color.white}` refers to; nil for any other value.
    static func aliasTarget(_ value: String) -> String? {
        guard value.hasPrefix("{"), value.hasSuffix("}"), value.count >= 2 else { return nil }
        let inner = value.dropFirst().dropLast()
        guard !inner.contains("{"), !inner.contains("}") else { return nil }
        return inner.trimmingCharacters(in: .whitespaces)
    }

    /// Why `value` cannot be emitted, or nil when it is safe.
    static func problem(in value: String) -> String? {
        if value.trimmingCharacters(in: .whitespaces).isEmpty { return "is empty" }
        if let target = aliasTarget(value) {
            return DesignToken.isValidName(target)
                ? nil : "is not a valid alias: write {group.token}, with the dotted name of another token"
        }
        var quote: Character?
        var depth = 0
        var previous: Character?
        for character in value {
            if character.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                return "contains a line break or control character"
            }
            switch character {
            case ";": return "contains ';', which would end the CSS declaration"
            case "{": return "contains '{': an alias must be the whole value, like {basis.color.white}"
            case "}": return "contains '}', which would end the CSS block"
            case "<": return "contains '<'"
            case "\\": return "contains '\\': CSS escapes could hide the characters that are refused"
            default: break
            }
            if (previous == "/" && character == "*") || (previous == "*" && character == "/") {
                return "contains a CSS comment marker ('/*' or '*/')"
            }
            previous = character
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "(" {
                depth += 1
            } else if character == ")" {
                depth -= 1
                if depth < 0 { return "has a ')' without '('" }
            }
        }
        // An open string or parenthesis would swallow the rest of the stylesheet.
        if quote != nil { return "has an unclosed quote" }
        if depth > 0 { return "has a '(' without ')'" }
        return nil
    }
}
