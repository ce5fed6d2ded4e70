import BuurtCore
import Model

/// The small machine-readable files of a site: sitemap.xml (or the portal's sitemap index) and robots.txt.
public enum SiteFiles {
    /// One page of a sitemap: its path in the site, and the day it last changed when known.
    public struct SitemapPage: Sendable, Hashable {
        public var urlPath: String
        public var lastModified: String?
        /// Content pages come after the site's other pages (features' pages), each group by path.
        public var isContentPage: Bool

        public init(urlPath: String, lastModified: String?, isContentPage: Bool) {
            self.urlPath = urlPath
            self.lastModified = lastModified
            self.isContentPage = isContentPage
        }
    }

    /// sitemaps.org format: the site's home, then its other pages with their full addresses, features' pages
    /// first, then the content pages, each group in path order.
    public static func sitemap(base: String, pages: [SitemapPage]) -> String {
        var xml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset "
            + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        xml += "  <url><loc>\(base.markupEscaped)</loc></url>\n"
        let ordered = pages.filter { $0.urlPath != "" }.sorted {
            $0.isContentPage != $1.isContentPage ? !$0.isContentPage : $0.urlPath < $1.urlPath
        }
        for page in ordered {
            xml += "  <url><loc>\((base + SitePath.encode(page.urlPath)).markupEscaped)</loc>"
            if let lastModified = page.lastModified { xml += "<lastmod>\(lastModified)</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    /// The name of the sitemap of the portal's own pages: the portal's `sitemap.xml` is the sitemap index of its host.
    public static let portalSitemap = "sitemap-portal.xml"

    /// sitemaps.org sitemap index: one `<sitemap>` per sitemap address, in the order given.
    public static func sitemapIndex(sitemaps: [String]) -> String {
        var xml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex "
            + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for sitemap in sitemaps { xml += "  <sitemap><loc>\(sitemap.markupEscaped)</loc></sitemap>\n" }
        return xml + "</sitemapindex>\n"
    }

    /// robots.txt of a site at the root of its host (crawlers read it nowhere else), pointing at its sitemap.
    public static func robots(base: String) -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(base)sitemap.xml\n"
    }
}
