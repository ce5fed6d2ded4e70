import BuurtCore

/// Renders page bodies with cmark-gfm (GitHub Flavored Markdown). Safe to use from many
/// threads at once: each call has its own parser and tree.
public struct MarkdownRenderer: Sendable {
    public let options: MarkdownOptions

    public init(options: MarkdownOptions = .init()) {
        self.options = options
    }

    /// `file` is the path shown in diagnostics; `firstLine` is the file line where `source`
    /// starts (after front matter). `text` says which texts to collect besides the HTML: each is a
    /// copy of every word of the page, so callers ask only for what they use.
    public func render(
        _ source: String, file: String, firstLine: Int = 1, resolver: some MarkdownLinkResolver,
        text: TextParts = .all
    ) -> RenderedMarkdown {
        let cmarkOptions = GFMParser.options(allowRawHTML: options.allowRawHTML)
        let document = GFMParser.parse(source, options: cmarkOptions)
        defer { document.free() }

        var walker = DocumentWalker(
            resolver: resolver, allowRawHTML: options.allowRawHTML, text: text,
            locator: SourceLocator(source: source, file: file, firstLine: firstLine))
        walker.walk(document.root)
        walker.applyEdits()

        return RenderedMarkdown(
            html: GFMParser.renderHTML(document, options: cmarkOptions),
            headings: walker.headings,
            plainText: walker.plainText.text,
            diagnostics: walker.diagnostics,
            summarySource: walker.summaryText.text)
    }
}

/// The texts a rendering collects besides its HTML (`RenderedMarkdown.plainText`, `summary()`).
public struct TextParts: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// All readable text, for full-text search.
    public static let plainText = TextParts(rawValue: 1)
    /// The paragraphs' text, for `summary()` when a page has no description.
    public static let summary = TextParts(rawValue: 2)
    public static let all: TextParts = [.plainText, .summary]
}
