import BuurtCore
import Foundation
import Model

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
    /// Old addresses of the page inside its site (`aliases:` in its front matter): the build writes a redirect page
    /// at each (`SiteRedirect`) and checks that none takes the place of another file.
    public var aliases: [PageAlias]

    public init(
        urlPath: String, kind: String, title: String, lastModified: String? = nil,
        content: (@Sendable () -> PageContent)? = nil, aliases: [PageAlias] = []
    ) {
        self.urlPath = urlPath
        self.kind = kind
        self.title = title
        self.lastModified = lastModified
        self.content = content
        self.aliases = aliases
    }
}

/// What a page says, without markup: its headings, its body text, the item's own fields, and how lists made of
/// every page (a search index) name it. Made only when a collector asks; a page without content (a home page, a
/// list of filter results, a booklet) is a listing rather than an item of the site.
public struct PageContent: Sendable, Codable {
    public var headings: [String]
    public var body: String
    /// The item's own fields by stable names (not the labels a site shows, which may change or clash), with their
    /// values as filters show them: `["organization": ["Bibliotheek"], "places": ["Lindeveen"], …]`.
    public var fields: [String: [String]]
    /// The item's own name, when the page's title adds more ("Taalcafé" for "Taalcafé | Wegwijzer"); nil when the
    /// title is the name.
    public var name: String?
    /// One or two sentences about the page: its description, or the item's summary.
    public var summary: String?
    /// The part of the site the page belongs to, as residents know it: the feature's shown name ("Wegwijzer",
    /// "Toolkit"); nil for the site's own pages.
    public var section: String?
    /// The fields of `fields` that a reader can narrow a list of such items by, in the order shown, with their
    /// labels: `[("categories", "Onderwerp"), ("audiences", "Voor wie")]`.
    public var filters: [PageFilter]
    /// The content file the page shows, root-relative: a municipality-wide item is one item on several sites.
    public var source: String?
    /// False when its front matter says `search: false`: the page stays out of the site's search.
    public var searchable: Bool

    public init(
        headings: [String] = [], body: String = "", fields: [String: [String]] = [:], name: String? = nil,
        summary: String? = nil, section: String? = nil, filters: [PageFilter] = [], source: String? = nil,
        searchable: Bool = true
    ) {
        self.headings = headings
        self.body = body
        self.fields = fields
        self.name = name
        self.summary = summary
        self.section = section
        self.filters = filters
        self.source = source
        self.searchable = searchable
    }
}

/// A field of `PageContent.fields` that readers narrow lists by, and its label: ("categories", "Onderwerp").
public struct PageFilter: Sendable, Hashable, Codable {
    /// The field's stable name: "categories".
    public var field: String
    /// Its label, as the site shows it: "Onderwerp".
    public var label: String

    public init(field: String, label: String) {
        self.field = field
        self.label = label
    }
}
