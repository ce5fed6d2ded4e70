import BuurtCore
import CYAML

public enum YAMLParser {
    /// Deeper nesting is refused: no site needs it, and tearing down very deep trees could exhaust a thread's stack.
    static let maximumDepth = 100
    /// Aliases share storage, but decoding walks every copy; this stops "billion laughs" documents.
    static let maximumExpandedNodes = 1_000_000

    /// Parses exactly one YAML document. Empty input (or only comments) → nil.
    /// `lineOffset` is added to every reported line (front matter starts after the `---` line).
    public static func parse(_ text: String, file: String, lineOffset: Int = 0) throws(Diagnostic) -> YAMLNode? {
        var text = text
        let result: Result<YAMLNode?, Diagnostic> = text.withUTF8 { bytes in
            guard !bytes.isEmpty else { return .success(nil) }
            let events = EventReader(bytes: bytes, file: file, lineOffset: lineOffset)
            defer { events.close() }
            var builder = TreeBuilder(file: file)
            do throws(Diagnostic) {
                return .success(try builder.build(from: events))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}

/// Builds nodes from libyaml's events with an explicit stack, so nesting depth never grows the call stack.
struct TreeBuilder {
    /// A mapping or list whose end has not been seen yet.
    private struct Frame {
        var isMapping: Bool
        var anchor: String?
        var location: SourceLocation
        /// Where this collection sits in its parent, for key paths in messages.
        var component: NodePath.Component?
        /// For a mapping: key, value, key, value, …
        var items: [YAMLNode] = []
        /// Nodes in this subtree, counting every alias expansion.
        var size = 1
    }

    private let file: String
    private var stack: [Frame] = []
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    private var root: YAMLNode?
    private var documents = 0
    private var expandedNodes = 0

    init(file: String) {
        self.file = file
    }

    mutating func build(from events: EventReader) throws(Diagnostic) -> YAMLNode? {
        while true {
            switch try events.next() {
            case .streamStart, .documentEnd:
                continue
            case .streamEnd:
                return root
            case .documentStart(let location):
                documents += 1
                if documents > 1 {
                    throw .error(
                        at: location, "more than one YAML document in this file",
                        hint:
                            "a line with only '---' starts a new document; remove it, or put quotes around text that "
                            + "is '---'"
                    )
                }
            case .alias(let name, let location):
                try addAlias(name, at: location)
            case .scalar(let text, let style, let tag, let anchor, let location):
                var plain = style == .plain
                if let tag {
                    try check(tag: tag, allowed: ["str", "int", "float", "bool", "null"], at: location)
                    // `!` and `!!str` make even `12` or `true` text.
                    if tag == "!" || tag == "tag:yaml.org,2002:str" { plain = false }
                }
                let node = YAMLNode(.scalar(text, plain: plain), at: location)
                if let anchor { anchors[anchor] = (node, 1) }
                try add(node, size: 1)
            case .collectionStart(let isMapping, let tag, let anchor, let location):
                if let tag { try check(tag: tag, allowed: isMapping ? ["map"] : ["seq"], at: location) }
                guard stack.count < YAMLParser.maximumDepth else {
                    throw .error(
                        at: location, message("lists and mappings are nested more than \(YAMLParser.maximumDepth) deep")
                    )
                }
                stack.append(
                    Frame(isMapping: isMapping, anchor: anchor, location: location, component: childComponent()))
            case .collectionEnd:
                let frame = stack.removeLast()
                let node: YAMLNode
                if frame.isMapping {
                    node = YAMLNode(.mapping(try entries(of: frame)), at: frame.location)
                } else {
                    node = YAMLNode(.sequence(frame.items), at: frame.location)
                }
                if let anchor = frame.anchor { anchors[anchor] = (node, frame.size) }
                try add(node, size: frame.size)
            }
        }
    }

    private mutating func add(_ node: YAMLNode, size: Int) throws(Diagnostic) {
        guard !stack.isEmpty else {
            root = node
            return
        }
        let isKey = stack[stack.count - 1].isMapping && stack[stack.count - 1].items.count % 2 == 0
        if isKey && node.scalar == nil {
            throw .error(
                at: node.location, message("a key must be text, not \(node.foundDescription)"),
                hint: "write 'key: value' with a plain word as the key")
        }
        stack[stack.count - 1].items.append(node)
        stack[stack.count - 1].size += size
    }

    private mutating func addAlias(_ name: String, at location: SourceLocation) throws(Diagnostic) {
        guard let (node, size) = anchors[name] else {
            if stack.contains(where: { $0.anchor == name }) {
                throw .error(at: location, message("alias '*\(name)' points into the value that contains it"))
            }
            throw .error(
                at: location, message("unknown alias '*\(name)'"),
                hint:
                    "mark the value to repeat with '&\(name)' before using '*\(name)', or put quotes around text that "
                    + "starts with '*'"
            )
        }
        expandedNodes += size
        guard expandedNodes <= YAMLParser.maximumExpandedNodes else {
            throw .error(at: location, message("aliases expand to more than \(YAMLParser.maximumExpandedNodes) values"))
        }
        try add(node, size: size)
    }

    /// Pairs up a finished mapping: rejects duplicate keys and applies `<<` merge keys.
    private func entries(of frame: Frame) throws(Diagnostic) -> [(key: YAMLNode, value: YAMLNode)] {
        var entries: [(key: YAMLNode, value: YAMLNode)] = []
        entries.reserveCapacity(frame.items.count / 2)
        var firstLines: [String: Int] = [:]
        var merges: [YAMLNode] = []
        let path = NodePath(stack.compactMap(\.component) + (frame.component.map { [$0] } ?? []))
        var index = 0
        while index + 1 < frame.items.count {
            let key = frame.items[index], value = frame.items[index + 1]
            index += 2
            let name = key.scalar ?? ""
            // `<<: *defaults` (YAML 1.1 merge key) is common with anchors, so it is supported.
            if key.isPlain && name == "<<" {
                merges.append(value)
                continue
            }
            if let firstLine = firstLines[name] {
                throw .error(
                    at: key.location,
                    path.message("duplicate key '\(name)' (first used on line \(firstLine))"),
                    hint: "remove one of the two; a key can appear only once in a mapping")
            }
            firstLines[name] = key.location.line ?? 0
            entries.append((key, value))
        }
        for merge in merges {
            let sources: [YAMLNode]
            switch merge.kind {
            case .mapping: sources = [merge]
            case .sequence(let items) where items.allSatisfy({ $0.mapping != nil }): sources = items
            default:
                throw .error(
                    at: merge.location,
                    path.message("'<<' merges mappings, but found \(merge.foundDescription)"),
                    hint: "use '<<: *name' where '&name' marks a mapping")
            }
            // Keys written in the mapping itself win, then earlier merged mappings over later ones.
            for source in sources {
                for entry in source.mapping ?? [] where firstLines[entry.key.scalar ?? ""] == nil {
                    firstLines[entry.key.scalar ?? ""] = entry.key.location.line ?? 0
                    entries.append(entry)
                }
            }
        }
        return entries
    }

    private func check(tag: String, allowed: Set<String>, at location: SourceLocation) throws(Diagnostic) {
        let core = "tag:yaml.org,2002:"
        if tag == "!" || (tag.hasPrefix(core) && allowed.contains(String(tag.dropFirst(core.count)))) { return }
        let shown = tag.hasPrefix(core) ? "!!" + tag.dropFirst(core.count) : tag
        throw .error(
            at: location, message("unknown tag '\(shown)'"),
            hint: "put quotes around text that starts with '!'")
    }

    /// Where a node that is being added now will sit in its parent.
    private func childComponent() -> NodePath.Component? {
        guard let top = stack.last else { return nil }
        if !top.isMapping { return .index(top.items.count) }
        return top.items.count % 2 == 1 ? .key(top.items.last?.scalar ?? "") : nil
    }

    /// A message prefixed with the key path of the value being added.
    private func message(_ text: String) -> String {
        NodePath(stack.compactMap(\.component) + (childComponent().map { [$0] } ?? [])).message(text)
    }
}
