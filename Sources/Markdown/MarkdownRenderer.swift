import BuurtCore

/// Renders page bodies with cmark-gfm (GitHub Flavored Markdown). Safe to use from many
/// threads at once: each call has its own parser and tree.
public struct MarkdownRenderer: Sendable {
    public let options: MarkdownOptions

    public init(options: MarkdownOptions = .init()) {
        self.options = options
    }

    /// `file` is the path shown in diagnostics; `firstLine` is the file line where `source`
    /// starts (after front matter).
    public func render(_ source: String, file: String, firstLine: Int = 1, resolver: some MarkdownLinkResolver) -> RenderedMarkdown {
        let cmarkOptions = GFMParser.options(allowRawHTML: options.allowRawHTML)
        let document = GFMParser.parse(source, options: cmarkOptions)
        defer { document.free() }

        var walker = DocumentWalker(resolver: resolver, allowRawHTML: options.allowRawHTML,
                                    locator: SourceLocator(source: source, file: file, firstLine: firstLine))
        walker.walk(document.root)
        walker.applyEdits()

        return RenderedMarkdown(html: GFMParser.renderHTML(document, options: cmarkOptions),
                                headings: walker.headings,
                                plainText: walker.plainText.text,
                                diagnostics: walker.diagnostics,
                                summarySource: walker.summaryText.text)
    }
}
