import CCmarkGFM

/// Task lists ("- [x] Vergunning aangevraagd") without the unlabeled `<input type="checkbox">`
/// of cmark's tasklist extension, which accessibility checkers flag. Each item instead shows a
/// symbol hidden from screen readers and a visually hidden word that screen readers read:
///
///     <ul class="task-list">
///     <li class="task-list-item">
///     <span class="task-state task-state--done" aria-hidden="true">☑</span>
///     <span class="visually-hidden">Gedaan: </span>Vergunning aangevraagd
///
/// (on one line: the two spans are separated by a space).
///     </li>
///     </ul>
enum TaskListRendering {
    static let doneMarker =
        #"<span class="task-state task-state--done" aria-hidden="true">☑</span> "#
        + #"<span class="visually-hidden">Gedaan: </span>"#
    static let todoMarker =
        #"<span class="task-state task-state--todo" aria-hidden="true">☐</span> "#
        + #"<span class="visually-hidden">Nog te doen: </span>"#

    static func isTaskItem(_ item: OpaquePointer) -> Bool {
        guard cmark_node_get_syntax_extension(item) != nil, let type = cmark_node_get_type_string(item) else {
            return false
        }
        return String(cString: type) == "tasklist"
    }

    /// Rewrites a list holding at least one task item. The list and its items become custom
    /// blocks, because cmark has no way to put a class on `<ul>` or `<li>`; items that are not
    /// tasks stay plain `<li>`.
    static func rewrite(list: OpaquePointer) {
        let ordered = cmark_node_get_list_type(list) == CMARK_ORDERED_LIST
        let start = cmark_node_get_list_start(list)
        // cmark leaves out <p> in tight lists by looking at the list node, which is replaced
        // here, so tight items get their paragraphs unwrapped instead.
        let tight = cmark_node_get_list_tight(list) == 1
        let tag = ordered ? "ol" : "ul"
        let startAttribute = ordered && start != 1 ? " start=\"\(start)\"" : ""
        let newList = NodeEditing.customNode(
            CMARK_NODE_CUSTOM_BLOCK, enter: "<\(tag) class=\"task-list\"\(startAttribute)>", exit: "</\(tag)>")
        guard NodeEditing.replace(list, with: newList) else {
            cmark_node_free(newList)
            return
        }
        for item in NodeEditing.children(of: list) {
            cmark_node_append_child(newList, rewrite(item: item, tight: tight))
            cmark_node_free(item)
        }
        cmark_node_free(list)
    }

    /// A custom block with the item's content moved into it; `item` is left empty.
    private static func rewrite(item: OpaquePointer, tight: Bool) -> OpaquePointer {
        let isTask = isTaskItem(item)
        let newItem = NodeEditing.customNode(
            CMARK_NODE_CUSTOM_BLOCK, enter: isTask ? #"<li class="task-list-item">"# : "<li>", exit: "</li>")
        for child in NodeEditing.children(of: item) {
            if tight && cmark_node_get_type(child) == CMARK_NODE_PARAGRAPH {
                NodeEditing.moveChildren(of: child, to: newItem)
                cmark_node_free(child)
            } else {
                cmark_node_append_child(newItem, child)
            }
        }
        if isTask {
            let marker = cmark_gfm_extensions_get_tasklist_item_checked(item) ? doneMarker : todoMarker
            let markerNode = NodeEditing.customNode(CMARK_NODE_CUSTOM_INLINE, enter: marker, exit: "")
            // In a loose list the text sits in a <p>; the marker belongs inside it.
            let first = cmark_node_first_child(newItem)
            if let first, cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH {
                cmark_node_prepend_child(first, markerNode)
            } else {
                cmark_node_prepend_child(newItem, markerNode)
            }
        }
        return newItem
    }
}
