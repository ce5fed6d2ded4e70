import BuurtCore
import Markdown

extension SiteRenderer {
    /// The words and headings of a Markdown body for collectors (a search index), with texts to put before it
    /// (an item's summary). Made only when a collector asks for a page's text; the links do not matter here.
    /// `item` gives what lists name the page by (name, summary, section, filters, source, searchable); its headings
    /// and body are replaced.
    public func pageContent(of source: String, before: [String] = [], item: PageContent = PageContent())
        -> PageContent
    {
        let rendered = markdown.render(source, file: "", resolver: KeepingLinks(), text: .plainText)
        var content = item
        content.body = (before + [rendered.plainText]).filter { !$0.isEmpty }.joined(separator: "\n")
        content.headings = rendered.headings.map(\.text)
        return content
    }
}

/// Leaves every link and image as it is: for reading the text of Markdown, not for showing it.
private struct KeepingLinks: MarkdownLinkResolver {
    func resolveLink(_ destination: String) -> LinkResolution { .keep }
    func resolveImage(_ source: String) -> LinkResolution { .keep }
}
