import CCmarkGFM

/// Small tree edits on cmark nodes, used after the walk. Every edit keeps the nodes it moves
/// alive, so pointers recorded during the walk stay valid whatever order edits run in.
enum NodeEditing {
    /// A node the HTML renderer writes as `enter`, its children, then `exit`. Custom nodes are
    /// written verbatim whatever the unsafe flag, which is what lets us add attributes.
    static func customNode(_ type: cmark_node_type, enter: String, exit: String) -> OpaquePointer {
        let node = cmark_node_new(type)!
        cmark_node_set_on_enter(node, enter)
        cmark_node_set_on_exit(node, exit)
        return node
    }

    /// Moves all children of `source` to the end of `destination`.
    static func moveChildren(of source: OpaquePointer, to destination: OpaquePointer) {
        while let child = cmark_node_first_child(source) {
            guard cmark_node_append_child(destination, child) == 1 else { return }
        }
    }

    /// Replaces `node` by its children (a link by its text); returns false when the parent
    /// cannot hold them, leaving the tree as it was apart from children already moved.
    @discardableResult
    static func unwrap(_ node: OpaquePointer) -> Bool {
        while let child = cmark_node_first_child(node) {
            guard cmark_node_insert_before(node, child) == 1 else { return false }
        }
        cmark_node_free(node)
        return true
    }

    /// Puts `replacement` where `node` was; `node` is unlinked but not freed, so its
    /// children can still be moved. False when the parent cannot hold `replacement`.
    static func replace(_ node: OpaquePointer, with replacement: OpaquePointer) -> Bool {
        cmark_node_replace(node, replacement) == 1
    }

    static func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }
}
