/// Where a value sits in a document, as shown in messages: `connectors[2].email`.
///
/// List positions are 1-based ("connectors[2]" is the second connector), because the people who edit
/// these files count items from one; the `file:line:column` in front of every message pins the exact spot anyway.
enum PathComponent: Hashable, Sendable {
    case key(String)
    /// 0-based position; shown 1-based.
    case index(Int)
}

enum NodePath {
    static func describe(_ components: some Sequence<PathComponent>) -> String {
        var text = ""
        for component in components {
            switch component {
            case .key(let name): text += text.isEmpty ? name : "." + name
            case .index(let index): text += "[\(index + 1)]"
            }
        }
        return text
    }

    /// `"path: message"`, or just the message at the top of the document.
    static func message(_ message: String, at components: some Sequence<PathComponent>) -> String {
        let path = describe(components)
        return path.isEmpty ? message : "\(path): \(message)"
    }
}
