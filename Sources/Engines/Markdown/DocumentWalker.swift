import BuurtCore
import CCmarkGFM

/// The one pass over a parsed page. It collects headings, plain text and diagnostics, checks
/// every link and image, and records the tree edits to make afterwards: cmark's iterator must
/// not see the tree change under it. During the walk only values change, never the structure:
/// link URLs and, with raw HTML allowed, the text of HTML holding a `javascript:` address.
struct DocumentWalker<Resolver: MarkdownLinkResolver> {
    let resolver: Resolver
    let allowRawHTML: Bool
    var locator: SourceLocator
    /// Texts left out of `text` stay empty.
    let collectPlainText: Bool
    let collectSummary: Bool

    private(set) var headings: [Heading] = []
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var plainText = PlainText()
    private(set) var summaryText = PlainText()

    private var headingIDs = HeadingIDs()
    private var headingText: PlainText?
    /// Alt text of the images being walked (an image's description may hold another image).
    private var altTexts: [PlainText] = []
    private var paragraphDepth = 0
    private var footnoteDepth = 0
    private var reportedRawHTML = false

    // Edits for `applyEdits()`.
    private var headingEdits: [(node: OpaquePointer, id: String, level: Int)] = []
    private var nodesToUnwrap: [OpaquePointer] = []
    private var taskLists: [OpaquePointer] = []
    private var taskListSet: Set<OpaquePointer> = []
    private var tables: [OpaquePointer] = []

    init(resolver: Resolver, allowRawHTML: Bool, text: TextParts = .all, locator: SourceLocator) {
        self.resolver = resolver
        self.allowRawHTML = allowRawHTML
        self.locator = locator
        collectPlainText = text.contains(.plainText)
        collectSummary = text.contains(.summary)
    }

    mutating func walk(_ root: OpaquePointer) {
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            visit(node, entering: event == CMARK_EVENT_ENTER)
        }
    }

    /// Makes the recorded changes: dropped links and images become their text, headings get
    /// their ids, task lists their accessible markup.
    func applyEdits() {
        for node in nodesToUnwrap { NodeEditing.unwrap(node) }
        for edit in headingEdits { HeadingAnchors.addID(edit.id, level: edit.level, to: edit.node) }
        for list in taskLists { TaskListRendering.rewrite(list: list) }
        // Landmarks on one page need names of their own: with several tables they are numbered.
        for (index, table) in tables.enumerated() {
            wrapScrollable(table, label: tables.count > 1 ? "Tabel \(index + 1)" : "Tabel")
        }
    }

    /// A wide table scrolls on its own on a phone instead of widening the page. The wrapper is a
    /// focusable, labelled region so keyboard users can scroll it too.
    private func wrapScrollable(_ table: OpaquePointer, label: String) {
        let wrapper = NodeEditing.customNode(
            CMARK_NODE_CUSTOM_BLOCK,
            enter: "<div class=\"table-wrapper\" role=\"region\" tabindex=\"0\" aria-label=\"\(label)\">\n",
            exit: "</div>\n")
        guard NodeEditing.replace(table, with: wrapper), cmark_node_append_child(wrapper, table) == 1 else {
            cmark_node_free(wrapper)
            return
        }
    }

    private mutating func visit(_ node: OpaquePointer, entering: Bool) {
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            if let literal = cmark_node_get_literal(node) { addText(literal) }
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            addWordBreak()
        case CMARK_NODE_HTML_INLINE:
            checkRawHTML(node)
        case CMARK_NODE_HTML_BLOCK:
            checkRawHTML(node)
            plainText.breakWord()
        case CMARK_NODE_HEADING:
            plainText.breakWord()
            if entering { headingText = PlainText() } else { finishHeading(node) }
        case CMARK_NODE_PARAGRAPH:
            paragraphDepth += entering ? 1 : -1
            plainText.breakWord()
            summaryText.breakWord()
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            footnoteDepth += entering ? 1 : -1
            plainText.breakWord()
        case CMARK_NODE_LINK:
            if entering { checkLink(node) }
        case CMARK_NODE_IMAGE:
            if entering { altTexts.append(PlainText()) } else { checkImage(node, alt: altTexts.removeLast()) }
        case CMARK_NODE_ITEM:
            plainText.breakWord()
            if entering, TaskListRendering.isTaskItem(node), let list = cmark_node_parent(node),
                taskListSet.insert(list).inserted
            {
                taskLists.append(list)
            }
        case CMARK_NODE_TABLE:
            if entering { tables.append(node) }
            plainText.breakWord()
        default:
            // Other blocks, including table cells: words on either side must not run together.
            if type.rawValue & 0xC000 == 0x8000 { plainText.breakWord() }
        }
    }

    // MARK: Text

    private mutating func addText(_ literal: UnsafePointer<CChar>) {
        if collectPlainText { plainText.append(literal) }
        headingText?.append(literal)
        if !altTexts.isEmpty {
            altTexts[altTexts.count - 1].append(literal)
        } else if collectSummary && paragraphDepth > 0 && footnoteDepth == 0 {
            summaryText.append(literal)
        }
    }

    private mutating func addWordBreak() {
        plainText.breakWord()
        headingText?.breakWord()
        if !altTexts.isEmpty { altTexts[altTexts.count - 1].breakWord() } else { summaryText.breakWord() }
    }

    private mutating func finishHeading(_ node: OpaquePointer) {
        let text = headingText?.text ?? ""
        headingText = nil
        var level = Int(cmark_node_get_heading_level(node))
        if level == 1 {
            // The template shows the page title as the page's one h1; a second would confuse screen-reader users.
            level = 2
            diagnostics.append(
                .warning(
                    at: location(of: node), "a level-1 heading ('# \(text)') is shown as level 2",
                    hint: "the page title is the page's only level-1 heading; start sections with '## '"))
        }
        let id = headingIDs.makeID(for: text)
        headings.append(Heading(level: level, text: text, id: id))
        headingEdits.append((node, id, level))
    }

    // MARK: Links and images

    private mutating func checkLink(_ node: OpaquePointer) {
        guard let pointer = cmark_node_get_url(node) else { return }
        let destination = String(cString: pointer)
        switch LinkPolicy.classify(destination) {
        case .dangerous(let scheme):
            dropLink(node, scheme: scheme)
        case .relative:
            switch resolver.resolveLink(destination) {
            case .keep:
                break
            case .replace(let url):
                if case .dangerous(let scheme) = LinkPolicy.classify(url) {
                    dropLink(node, scheme: scheme)
                } else {
                    cmark_node_set_url(node, url)
                }
            case .missing(let message):
                diagnostics.append(.error(at: location(of: node), message))
                nodesToUnwrap.append(node)
            }
        case .empty, .fragment, .siteAbsolute, .external:
            break
        }
    }

    private mutating func dropLink(_ node: OpaquePointer, scheme: String) {
        // Cleared now, so that even a link that cannot be unwrapped renders harmless.
        cmark_node_set_url(node, "")
        nodesToUnwrap.append(node)
        diagnostics.append(
            .warning(
                at: location(of: node), "link to a `\(scheme):` address is left out",
                hint: "link to a page of the site or to a web address (https://…)"))
    }

    private mutating func checkImage(_ node: OpaquePointer, alt: PlainText) {
        if alt.isEmpty {
            diagnostics.append(
                .error(
                    at: location(of: node), "image has no alt text",
                    hint: "write a description between the brackets: ![Speeltuin aan de Esdoornlaan](speeltuin.jpg)"))
        }
        guard let pointer = cmark_node_get_url(node) else { return }
        let source = String(cString: pointer)
        switch LinkPolicy.classify(source) {
        case .dangerous(let scheme):
            dropImage(
                node,
                .warning(
                    at: location(of: node), "image with a `\(scheme):` address is left out",
                    hint: "store the image in the repository and write ![description](file-name.jpg)"))
        case .external:
            // Pages make no requests to other sites: no tracking, and they keep working offline.
            dropImage(
                node,
                .error(
                    at: location(of: node), "images must be stored in the repository, not loaded from another site",
                    hint: "download \(source), save it next to this page and write ![description](file-name.jpg)"))
        case .relative:
            switch resolver.resolveImage(source) {
            case .keep:
                break
            case .replace(let url):
                if case .dangerous(let scheme) = LinkPolicy.classify(url) {
                    dropImage(node, .warning(at: location(of: node), "image with a `\(scheme):` address is left out"))
                } else {
                    cmark_node_set_url(node, url)
                }
            case .missing(let message):
                diagnostics.append(.error(at: location(of: node), message))
            }
        case .empty, .fragment, .siteAbsolute:
            break
        }
    }

    /// The image is replaced by its alt text.
    private mutating func dropImage(_ node: OpaquePointer, _ diagnostic: Diagnostic) {
        cmark_node_set_url(node, "")
        nodesToUnwrap.append(node)
        diagnostics.append(diagnostic)
    }

    // MARK: Raw HTML

    private mutating func checkRawHTML(_ node: OpaquePointer) {
        guard let literal = cmark_node_get_literal(node) else { return }
        if allowRawHTML {
            if RawHTMLPolicy.hasScriptAddress(literal) {
                cmark_node_set_literal(node, "")
                diagnostics.append(
                    .warning(
                        at: location(of: node), "raw HTML with a `javascript:` address is left out",
                        hint: "link to a page of the site or to a web address (https://…)"))
            }
        } else if !reportedRawHTML && !Self.isComment(literal) {
            // Once per page: one note is enough to explain every omission on it.
            reportedRawHTML = true
            diagnostics.append(
                .warning(
                    at: location(of: node),
                    "raw HTML is left out; remove it or set `markdown.unsafe_html: true` in site.yml"))
        }
    }

    /// `<!-- … -->` notes to fellow editors are meant to be left out, so they need no warning.
    private static func isComment(_ literal: UnsafePointer<CChar>) -> Bool {
        var text = Substring(String(cString: literal))
        while text.last?.isWhitespace == true { text.removeLast() }
        while text.first?.isWhitespace == true { text.removeFirst() }
        return text.hasPrefix("<!--") && text.hasSuffix("-->")
    }

    private mutating func location(of node: OpaquePointer) -> SourceLocation {
        locator.location(line: cmark_node_get_start_line(node), byteColumn: cmark_node_get_start_column(node))
    }
}
