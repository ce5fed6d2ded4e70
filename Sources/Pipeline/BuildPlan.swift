import BuurtCore
import Foundation
import Model
import Site

/// Every file a build makes, known before anything renders: its path, the site it belongs to, what a page is
/// (for collectors), the content files it is made from, and what makes it. Files made of every page (sitemaps,
/// by collectors) are listed apart. The one kind of file not listed: what a buurt's own pages link to or show
/// (`<buurt>/media/…`), which becomes known as those pages render.
public struct BuildPlan: Sendable {
    public struct Output: Sendable {
        /// Path in the output folder: "molenkamp/initiatieven/aed/index.html".
        public var path: String
        /// The site's folder: "" for the portal, "molenkamp/".
        public var site: String
        /// What the page is, for collectors; nil for files that are not pages.
        public var page: PageInfo?
        /// Content files it is made from, besides `BuildPlan.sharedInputs` of its site: a preview re-renders it
        /// when one of them changes.
        public var inputs: [String]
        let maker: Maker

        /// True for the HTML pages the summary counts: pages with a `page`, and each site's 404 page.
        var isHTMLPage: Bool {
            if case .notFound = maker { return true }
            return page != nil && path.hasSuffix(".html")
        }
    }

    /// What makes an output.
    enum Maker: Sendable {
        /// A Markdown page of a buurt site, or of the portal (buurt nil).
        case page(Buurt?, Page)
        case home(Buurt)
        case notFound(Buurt)
        case portal
        /// robots.txt of a site with this address.
        case robots(base: String)
        /// The theme's design tokens as CSS, with a buurt's own overrides.
        case tokens(Buurt?)
        /// A theme asset, read once for all sites.
        case asset(Data)
        /// A file of the repository copied as it is (an image a municipality-wide page shows, a logo).
        case copy(String)
        /// A feature's file.
        case job(RenderJob)
    }

    public var outputs: [Output]
    /// Paths the collectors write once every page is rendered (`sitemap.xml` of every site).
    public var collectedPaths: [String]
    /// What every output of a site reads, by site folder: site.yml and the theme, and a buurt's buurt.yml.
    public var sharedInputs: [String: [String]]

    /// The outputs that `changed` (root-relative content paths) touches: those made from it, and every output of
    /// a site whose shared inputs hold it.
    public func outputs(touchedBy changed: Set<String>) -> [Output] {
        outputs.filter { output in
            output.inputs.contains(where: changed.contains)
                || (sharedInputs[output.site] ?? []).contains(where: changed.contains)
        }
    }
}
