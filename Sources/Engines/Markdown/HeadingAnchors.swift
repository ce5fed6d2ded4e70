import BuurtCore
import CCmarkGFM

/// Heading ids, unique within one page: "Openingstijden", "Openingstijden" →
/// "openingstijden", "openingstijden-2".
struct HeadingIDs {
    private var used: Set<String> = []

    mutating func makeID(for text: String) -> String {
        var base = Slug.make(from: text)
        if base.isEmpty { base = "kop" }
        var candidate = base
        var number = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        used.insert(candidate)
        return candidate
    }
}

enum HeadingAnchors {
    /// Makes the heading render as `<hN id="…">…</hN>`. cmark's HTML renderer has no hook for
    /// heading attributes, so the heading becomes an empty custom block holding a custom inline
    /// that writes the tags; the output matches cmark's own heading byte for byte otherwise.
    /// `id` is a slug (a–z, 0–9, "-"), so it needs no escaping.
    static func addID(_ id: String, level: Int, to heading: OpaquePointer) {
        let block = NodeEditing.customNode(CMARK_NODE_CUSTOM_BLOCK, enter: "", exit: "")
        let tags = NodeEditing.customNode(
            CMARK_NODE_CUSTOM_INLINE, enter: "<h\(level) id=\"\(id)\">", exit: "</h\(level)>")
        cmark_node_append_child(block, tags)
        guard NodeEditing.replace(heading, with: block) else {
            cmark_node_free(block)
            return
        }
        NodeEditing.moveChildren(of: heading, to: tags)
        cmark_node_free(heading)
    }
}
