/// Where a value sits in a document, as shown in messages: `connectors[2].email`.
///
/// List positions are 1-based ("connectors[2]" is the second connector), because the people who edit
/// these files count items from one; the `file:line:column` in front of every message pins the exact spot anyway.
///
/// Written as a list of steps: `[.key("schedules"), .index(1), .key("opens_at")]` is `schedules[2].opens_at`.
public struct NodePath: Hashable, Sendable, ExpressibleByArrayLiteral, CustomStringConvertible {
    public enum Component: Hashable, Sendable {
        case key(String)
        /// 0-based position; shown 1-based.
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: some Sequence<Component>) {
        self.components = Array(components)
    }

    public init(arrayLiteral components: Component...) {
        self.components = components
    }

    /// The top of the document.
    public var isEmpty: Bool { components.isEmpty }

    public mutating func append(_ component: Component) {
        components.append(component)
    }

    public static func + (path: NodePath, more: NodePath) -> NodePath {
        NodePath(path.components + more.components)
    }

    /// `schedules[2].opens_at`; empty at the top of the document.
    public var description: String {
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
    public func message(_ message: String) -> String {
        isEmpty ? message : "\(description): \(message)"
    }
}

extension YAMLNode {
    /// The node at `path` below this one or, when the path leads nowhere, the deepest node on it that exists:
    /// the place to report a problem with a value that is missing or not what it should be.
    public func node(at path: NodePath) -> YAMLNode {
        var current = self
        for component in path.components {
            let next: YAMLNode?
            switch component {
            case .key(let name): next = current[name]
            case .index(let index): next = current[index]
            }
            guard let next else { break }
            current = next
        }
        return current
    }
}
