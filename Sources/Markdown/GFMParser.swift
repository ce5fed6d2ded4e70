import CCmarkGFM
import Foundation

/// Parsing with libcmark-gfm and the GitHub extensions.
enum GFMParser {
    /// The extensions, looked up once. `static let` runs its initialiser exactly once even when
    /// the first pages are parsed on several threads, which cmark's own registration is not
    /// safe for. After registration the extension objects are only read.
    private static let extensions = Extensions(names: ["table", "strikethrough", "autolink", "tagfilter", "tasklist"])

    /// cmark-gfm 0.29 keeps the table of "special" inline characters in a global, and every
    /// parse switches the extensions' characters (such as `~`) on when it starts on the inlines
    /// and off when it is done with them. Inline parsing that overlaps makes extension syntax come
    /// and go at random (ConcurrencyTests shows it without this lock), so that step, in
    /// `cmark_parser_finish`, runs one page at a time. Feeding the lines (block structure) does not
    /// read the table and runs in parallel, like the walk and the HTML rendering.
    private static let parseLock = NSLock()

    /// Parser options. Smart punctuation stays off: authors' quotes and dashes are kept as typed.
    /// Strikethrough needs "~~" so that "~5 km" in Dutch text is not struck through.
    static func options(allowRawHTML: Bool) -> Int32 {
        var options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE
        if allowRawHTML { options |= CMARK_OPT_UNSAFE }
        return options
    }

    /// A parsed document and the parser that owns its extension list (needed by the HTML
    /// renderer for tagfilter). Call `free()` once done.
    struct Document {
        let parser: OpaquePointer
        let root: OpaquePointer

        func free() {
            cmark_node_free(root)
            cmark_parser_free(parser)
        }
    }

    static func parse(_ source: String, options: Int32) -> Document {
        let parser = cmark_parser_new(options)!
        for extensionPointer in extensions.pointers {
            cmark_parser_attach_syntax_extension(parser, extensionPointer)
        }
        var source = source
        source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        let root: OpaquePointer = parseLock.withLock { cmark_parser_finish(parser) }
        return Document(parser: parser, root: root)
    }

    static func renderHTML(_ document: Document, options: Int32) -> String {
        guard let html = cmark_render_html(document.root, options, cmark_parser_get_syntax_extensions(document.parser)) else {
            return ""
        }
        defer { Foundation.free(html) }
        return String(cString: html)
    }

    /// Extension pointers; safe to share because cmark never changes an extension after
    /// registration.
    private struct Extensions: @unchecked Sendable {
        let pointers: [OpaquePointer]

        init(names: [String]) {
            cmark_gfm_core_extensions_ensure_registered()
            pointers = names.map { name in
                guard let found = cmark_find_syntax_extension(name) else {
                    fatalError("libcmark-gfm-extensions has no '\(name)' extension")
                }
                return found
            }
        }
    }
}
