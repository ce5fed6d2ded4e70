import BuurtCore
import Markdown

extension SiteRenderer {
    /// The words and headings of a Markdown body for collectors (a search index), with texts to put before it
    /// (an item's summary). Made only when a collector asks for a page's text; the links do not matter here.
    public func pageContent(of source: String, before: [String] = [], fields: [String: [String]] = [:]) -> PageContent {
        let rendered = markdown.render(source, file: "", resolver: KeepingLinks(), text: .plainText)
        let body = (before + [rendered.plainText]).filter { !$0.isEmpty }.joined(separator: "\n")
        return PageContent(headings: rendered.headings.map(\.text), body: body, fields: fields)
    }
}

/// Leaves every link and image as it is: for reading the text of Markdown, not for showing it.
private struct KeepingLinks: MarkdownLinkResolver {
    func resolveLink(_ destination: String) -> LinkResolution { .keep }
    func resolveImage(_ source: String) -> LinkResolution { .keep }
}
