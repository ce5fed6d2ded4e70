import CCmarkGFM
import Foundation

/// Parsing with libcmark-gfm and the GitHub extensions.
enum GFMParser {
    /// The extensions, looked up once. `static let` runs its initialiser exactly once even when
    /// the first pages are parsed on several threads, which cmark's own registration is not
    /// safe for. After registration the extension objects are only read.
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]
    private static let extensions = Extensions(names: extensionNames)

    /// The extensions that could find anything in `source`, as each needs certain characters to be there:
    /// tables a "|", strikethrough a "~", task lists "[ ]" or "[x]", autolinks an "@" (e-mail), "://" or
    /// "www." (in any case). An extension is attached only when it could, which leaves the output the same;
    /// the autolink extension in particular costs every page time, as the inline parser stops at every
    /// "w" and ":" for it. One pass over the bytes.
    static func usableExtensions(_ source: String) -> Set<String> {
        var source = source
        return source.withUTF8 { bytes -> Set<String> in
            var names: Set<String> = ["tagfilter"]
            if has(UInt8(ascii: "|"), in: bytes) { names.insert("table") }
            if has(UInt8(ascii: "~"), in: bytes) { names.insert("strikethrough") }
            // "[ ]", "[x]" or "[X]"
            if has(
                UInt8(ascii: "]"), in: bytes,
                where: { at in
                    at >= 2 && bytes[at - 2] == UInt8(ascii: "[")
                        && (bytes[at - 1] == 0x20 || bytes[at - 1] | 0x20 == UInt8(ascii: "x"))
                })
            {
                names.insert("tasklist")
            }
            let wwwDot: (Int) -> Bool = { at in
                at >= 3 && (1...3).allSatisfy { bytes[at - $0] | 0x20 == UInt8(ascii: "w") }
            }
            if has(UInt8(ascii: "@"), in: bytes)
                || has(
                    UInt8(ascii: ":"), in: bytes,
                    where: { at in at + 2 < bytes.count && bytes[at + 1] == 0x2F && bytes[at + 2] == 0x2F })
                || has(UInt8(ascii: "."), in: bytes, where: wwwDot)
            {
                names.insert("autolink")
            }
            return names
        }
    }

    /// Whether `byte` occurs in `bytes` at an offset that passes `test`; memchr finds the candidates.
    private static func has(
        _ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, where test: (Int) -> Bool = { _ in true }
    ) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var offset = 0
        while offset < bytes.count, let found = memchr(base + offset, Int32(byte), bytes.count - offset) {
            let at = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            if test(at) { return true }
            offset = at + 1
        }
        return false
    }

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

    /// `allExtensions` attaches every extension whatever the text holds (for tests that compare).
    static func parse(_ source: String, options: Int32, allExtensions: Bool = false) -> Document {
        let parser = cmark_parser_new(options)!
        let usable = allExtensions ? Set(extensionNames) : usableExtensions(source)
        for (name, pointer) in zip(extensionNames, extensions.pointers) where usable.contains(name) {
            cmark_parser_attach_syntax_extension(parser, pointer)
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
        guard let html = cmark_render_html(document.root, options, cmark_parser_get_syntax_extensions(document.parser))
        else {
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
