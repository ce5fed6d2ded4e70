import BuurtCore
import Foundation

/// Checks on the tags of a parsed template that the Mustache parser does not make: a partial or parent that
/// does not exist renders as nothing (a page silently without its header, or empty), and a pragma
/// `{{%CONTENT_TYPE:TEXT}}` would switch off HTML escaping for everything below it.
enum TemplateTags {
    static func check(_ source: SourceFile, names: Set<String>) -> [Diagnostic] {
        // After `{{=<% %>=}}` tags look different; such (rare) templates are left to the parser alone.
        guard !source.text.contains("{{=") else { return [] }
        let characters = Array(source.text)
        var problems: [Diagnostic] = []
        var index = 0, line = 1, column = 1
        func step(to end: Int) {
            while index < end {
                if characters[index].isNewline {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                index += 1
            }
        }
        while index + 1 < characters.count {
            guard characters[index] == "{", characters[index + 1] == "{" else {
                step(to: index + 1)
                continue
            }
            let location = SourceLocation(file: source.path, line: line, column: column)
            var close = index + 2
            while close + 1 < characters.count && !(characters[close] == "}" && characters[close + 1] == "}") {
                close += 1
            }
            let content = String(characters[(index + 2)..<min(close, characters.count)]).trimmingCharacters(
                in: .whitespaces)
            if let sigil = content.first {
                let name = content.dropFirst().trimmingCharacters(in: .whitespaces)
                switch sigil {
                case ">", "<":
                    // `{{>*name}}` is a dynamic partial: its name is only known while rendering.
                    if !name.hasPrefix("*") && !names.contains(name) {
                        let kind = sigil == ">" ? "partial" : "parent template"
                        problems.append(
                            .error(
                                at: location,
                                "\(kind) '\(name)' is not a template of this theme or its parents"
                                    + Suggestion.didYouMean(name, among: names),
                                hint: "add templates/\(name).mustache to the theme"))
                    }
                case "%":
                    problems.append(
                        .error(
                            at: location, "pragmas ({{%…}}) are not allowed in theme templates",
                            hint:
                                "CONTENT_TYPE would switch off HTML escaping; use {{{value}}} only for HTML the build "
                                + "made safe"
                        ))
                default:
                    break
                }
            }
            step(to: min(close + 2, characters.count))
        }
        return problems
    }
}
