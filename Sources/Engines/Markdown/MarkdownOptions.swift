/// How Markdown is turned into HTML for a whole site (from `markdown:` in site.yml).
public struct MarkdownOptions: Sendable {
    /// Lets raw HTML in Markdown through to the page. Off by default: raw HTML is left out.
    public var allowRawHTML: Bool = false

    public init(allowRawHTML: Bool = false) {
        self.allowRawHTML = allowRawHTML
    }
}
