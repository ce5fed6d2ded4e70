import BuurtCore

/// One heading of a page, for the table of contents and for links to `#id`.
public struct Heading: Sendable, Hashable {
    public let level: Int
    public let text: String
    /// Unique within the page; also the `id` attribute of the heading in `html`.
    public let id: String

    public init(level: Int, text: String, id: String) {
        self.level = level
        self.text = text
        self.id = id
    }
}

/// The result of rendering one page body.
public struct RenderedMarkdown: Sendable {
    /// The body HTML, without any wrapper element.
    public var html: String
    /// Every heading in document order.
    public var headings: [Heading]
    /// All readable text with whitespace collapsed: for full-text search. Empty unless the rendering
    /// asked for `.plainText`.
    public var plainText: String
    public var diagnostics: [Diagnostic]
    /// Text of the paragraphs only (no headings, tables, alt text or footnotes), so that a
    /// summary starts with the first real sentence instead of "Openingstijden".
    var summarySource: String

    public init(html: String, headings: [Heading], plainText: String, diagnostics: [Diagnostic]) {
        self.init(
            html: html, headings: headings, plainText: plainText, diagnostics: diagnostics, summarySource: plainText)
    }

    init(html: String, headings: [Heading], plainText: String, diagnostics: [Diagnostic], summarySource: String) {
        self.html = html
        self.headings = headings
        self.plainText = plainText
        self.diagnostics = diagnostics
        self.summarySource = summarySource
    }

    /// The first sentence(s) that fit in `maxLength` characters; when not even one sentence
    /// fits, the text is cut at a word boundary and ends in "…". Empty unless the rendering asked for `.summary`.
    public func summary(maxLength: Int = 160) -> String {
        Summary.make(from: summarySource, maxLength: maxLength)
    }
}
