import BuurtCore
import Foundation

/// One file of a site, to be made on any thread: a rendered page, an export, or a copied content file.
/// Features describe their files as jobs; the build plans them with the rest and runs them all in parallel.
public struct RenderJob: Sendable {
    public enum Body: Sendable {
        /// Text made when the job runs (HTML, JSON, XML).
        case text(@Sendable () throws -> String)
        /// Bytes made when the job runs (a CSV with its byte-order mark).
        case data(@Sendable () throws -> Data)
        /// A file of the repository copied as it is (an attachment): its root-relative path.
        case copy(source: String)
        /// No file: problems found while the jobs were listed (warnings in Markdown rendered up front),
        /// handed to the build's report.
        case report([Diagnostic])
    }

    /// Path of the output file within its site folder (or the portal): "over-ons/index.html".
    public var path: String
    /// What collectors (the sitemap, a search index) learn of the page; nil for files that are not pages.
    public var page: PageInfo?
    public var body: Body
    /// Root-relative paths of the content files the output is made from, besides what every page of its site
    /// reads (site.yml, buurt.yml, the theme): a preview re-renders it when one of them changes.
    public var inputs: [String]

    public init(path: String, page: PageInfo? = nil, body: Body, inputs: [String] = []) {
        self.path = path
        self.page = page
        self.body = body
        self.inputs = inputs
    }

    /// Problems to report, writing nothing.
    public static func reporting(_ diagnostics: [Diagnostic]) -> RenderJob {
        RenderJob(path: "", body: .report(diagnostics))
    }

    /// An HTML page at `page.urlPath` ("initiatieven/aed/"), listed in the sitemap.
    public static func page(_ page: PageInfo, inputs: [String] = [], _ render: @escaping @Sendable () throws -> String)
        -> RenderJob
    {
        RenderJob(path: SitePath.outputFile(for: page.urlPath), page: page, body: .text(render), inputs: inputs)
    }
}

/// What a page is, known before it renders: collectors get it with the page's text (`PageRecord`).
public struct PageInfo: Sendable {
    /// The kind of a Markdown page of `content/` (pages, municipality-wide pages); the sitemap lists them after
    /// the sites' other pages.
    public static let contentPage = "page"

    /// Path of the page inside its site, ending in "/": "initiatieven/aed/".
    public var urlPath: String
    /// The kind of page, as templates name it: "page", "home", or a feature's own ("agenda-item").
    public var kind: String
    public var title: String
    /// The day the page last changed, when its content says so (`updated:`): "2026-03-01".
    public var lastModified: String?
    /// The page's words, headings and fields for collectors that ask for them (a search index); made only then,
    /// so that a build without such a collector pays nothing for them.
    public var content: (@Sendable () -> PageContent)?

    public init(
        urlPath: String, kind: String, title: String, lastModified: String? = nil,
        content: (@Sendable () -> PageContent)? = nil
    ) {
        self.urlPath = urlPath
        self.kind = kind
        self.title = title
        self.lastModified = lastModified
        self.content = content
    }
}

/// What a page says, without markup: its headings, its body text, and the item's own fields.
public struct PageContent: Sendable {
    public var headings: [String]
    public var body: String
    /// The item's own fields by stable names (not the labels a site shows, which may change or clash), with their
    /// values as filters show them: `["organization": ["Bibliotheek"], "places": ["Lindeveen"], …]`.
    public var fields: [String: [String]]

    public init(headings: [String] = [], body: String = "", fields: [String: [String]] = [:]) {
        self.headings = headings
        self.body = body
        self.fields = fields
    }
}
