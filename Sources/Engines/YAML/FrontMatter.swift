import BuurtCore

/// Splits a Markdown file into its YAML front matter and its body, remembering line numbers
/// so that errors in either part point at the right line of the file.
public struct FrontMatterSplit: Sendable {
    public var yaml: String
    /// Number of lines before the YAML starts (the opening `---`).
    public var yamlLineOffset: Int
    public var body: Substring
    /// Line of the file on which the body starts.
    public var bodyFirstLine: Int

    public static func split(_ file: SourceFile) throws(Diagnostic) -> FrontMatterSplit {
        let text = file.text
        if text.allSatisfy(\.isWhitespace) {
            throw .error(
                at: SourceLocation(file: file.path, line: 1, column: 1), "file is empty",
                hint: "start a page with front matter: a line '---', then 'title: …', then '---', then the text")
        }
        // Scan bytes for the delimiter lines rather than splitting the whole file into Characters:
        // this runs for every page, and the body can be long.
        let bytes = text.utf8
        guard let firstEnd = lineEnd(in: bytes, from: bytes.startIndex), isDelimiter(bytes[bytes.startIndex..<firstEnd])
        else {
            throw .error(
                at: SourceLocation(file: file.path, line: 1, column: 1), "page has no front matter",
                hint: "start the file with a line '---', then 'title: …', then a closing '---'")
        }
        let yamlStart = nextLine(in: bytes, after: firstEnd)
        var lineStart = yamlStart
        var lineNumber = 2
        while lineStart < bytes.endIndex, let end = lineEnd(in: bytes, from: lineStart) {
            if isDelimiter(bytes[lineStart..<end]) {
                let bodyStart = nextLine(in: bytes, after: end)
                return FrontMatterSplit(
                    yaml: String(text[yamlStart..<lineStart]), yamlLineOffset: 1,
                    body: text[bodyStart...], bodyFirstLine: lineNumber + 1)
            }
            lineStart = nextLine(in: bytes, after: end)
            lineNumber += 1
        }
        throw .error(
            at: SourceLocation(file: file.path, line: 1, column: 1), "front matter is not closed",
            hint: "add a line '---' after the last front matter field, before the text")
    }

    /// The end of the line starting at `start`: the index of its "\n" or "\r\n", or the end of the text.
    private static func lineEnd(in bytes: String.UTF8View, from start: String.Index) -> String.Index? {
        guard start <= bytes.endIndex else { return nil }
        var end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
        if end > start, bytes[bytes.index(before: end)] == UInt8(ascii: "\r") { end = bytes.index(before: end) }
        return end
    }

    private static func nextLine(in bytes: String.UTF8View, after end: String.Index) -> String.Index {
        var index = end
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "\r") { index = bytes.index(after: index) }
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "\n") { index = bytes.index(after: index) }
        return index
    }

    /// "---" (or "..." closing), with trailing spaces allowed.
    private static func isDelimiter(_ line: Substring.UTF8View) -> Bool {
        var trimmed = line[...]
        while let last = trimmed.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") {
            trimmed = trimmed.dropLast()
        }
        return trimmed.elementsEqual("---".utf8) || trimmed.elementsEqual("...".utf8)
    }
}

/// A Markdown file with YAML front matter, read, split and parsed: the first step of loading a page
/// or a feature's item.
public struct FrontMatterFile: Sendable {
    /// Root-relative path of the file.
    public let path: String
    /// The parsed front matter.
    public let node: YAMLNode
    public let body: Substring
    /// Line of the file on which `body` starts, for Markdown error locations.
    public let bodyFirstLine: Int

    /// The file name: "Repair Café.md".
    public var fileName: String { String(path.pathName) }

    /// The file name without its extension: "Repair Café".
    public var stem: String {
        let name = fileName
        return name.utf8.lastIndex(of: UInt8(ascii: ".")).map { String(name[..<$0]) } ?? name
    }

    /// Markdown files end in .md or .markdown, in any capitals ("Over ons.MD").
    public static func isMarkdown(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown")
    }

    /// Reads and parses one file; `emptyHint` tells what a file whose front matter is empty needs.
    public static func read(_ path: String, root: SiteRoot, emptyHint: String) throws -> FrontMatterFile {
        let split = try FrontMatterSplit.split(try root.read(path))
        guard let node = try YAMLParser.parse(split.yaml, file: path, lineOffset: split.yamlLineOffset) else {
            throw Diagnostic.error(
                at: SourceLocation(file: path, line: 2, column: 1), "front matter is empty", hint: emptyHint)
        }
        return FrontMatterFile(path: path, node: node, body: split.body, bodyFirstLine: split.bodyFirstLine)
    }

    /// Every Markdown file under `folder` (a missing folder has none), each made into a `T` by `make` on all
    /// cores, in path order. What `make` throws, or adds to the collector it is given, is reported; a file whose
    /// `make` throws or returns nil (a draft) gives nothing. A symlink that leads out of the root (or nowhere) is
    /// reported whatever its name, so that a linked folder is not silently skipped.
    public static func loadAll<T: Sendable>(
        under folder: String, root: SiteRoot, diagnostics: DiagnosticCollector,
        _ make: @Sendable (_ path: String, _ problems: DiagnosticCollector) throws -> T?
    ) -> [T] {
        // Every file is checked on all cores, not only the Markdown ones: a symlink out of the root is reported
        // whatever it is. Reading a Markdown file reports it anyway; other files are only looked at.
        let loaded = root.files(under: folder).parallelMap { path -> (T?, [Diagnostic], draft: String?) in
            let collector = DiagnosticCollector()
            guard isMarkdown(path) else {
                if !root.containsItem(path) { collector.capture { _ = try root.readData(path) } }
                return (nil, collector.diagnostics, nil)
            }
            let made = collector.capture { try make(path, collector) }
            // Made, but nothing: a draft, which the collector records so that the build can say it left it out.
            if case .some(.none) = made { return (nil, collector.diagnostics, path) }
            return (made ?? nil, collector.diagnostics, nil)
        }
        var items: [T] = []
        for (item, problems, draft) in loaded {
            diagnostics.add(contentsOf: problems)
            if let draft { diagnostics.addDraft(draft) }
            if let item { items.append(item) }
        }
        return items
    }
}

extension FrontMatterFile {
    /// The last part of the file's web address: the front matter's `slug:` (`custom`, which must already be a
    /// slug) or the file name made into one ("Wat doen we.md" → "wat-doen-we"), with where it comes from.
    /// `example` is suggested when `custom` has nothing usable in it: "mijn-pagina".
    public func slug(custom: String?, example: String) throws -> (slug: String, location: SourceLocation) {
        guard let custom else {
            let slug = Slug.make(from: stem)
            if slug.isEmpty {
                throw Diagnostic.error(
                    at: SourceLocation(file: path), "file name '\(fileName)' gives an empty web address",
                    hint: "rename the file with letters or digits, or set 'slug:' in the front matter")
            }
            return (slug, SourceLocation(file: path))
        }
        let location = node["slug"]?.location ?? SourceLocation(file: path)
        guard Slug.isValid(custom) else {
            let suggestion = Slug.make(from: custom)
            throw Diagnostic.error(
                at: location, "slug '\(custom)' may only hold lowercase letters, digits and hyphens",
                hint:
                    "write it as '\(suggestion.isEmpty ? example : suggestion)'; a slug names the file within its own "
                    + "folder"
            )
        }
        return (custom, location)
    }
}
