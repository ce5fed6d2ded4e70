import BuurtCore
import Foundation
import Site

/// The sitemap of every site, made from the pages the build renders: `sitemap.xml` in each buurt site's folder.
/// The portal's own pages go to `sitemap-portal.xml`; the portal's `sitemap.xml` is the sitemap index of its host:
/// that file and the sitemaps of every buurt site on the same host, so that the host's robots.txt needs one line.
final class SitemapCollector: PageCollector, @unchecked Sendable {
    /// The site's folder ("" for the portal, "molenkamp/") → its absolute address.
    private let bases: [(folder: String, base: String)]
    /// Addresses of the buurt sites on the portal's host (every buurt, also those a partial build leaves out).
    private let sameHost: [String]
    private let lock = NSLock()
    private var pages: [String: [SiteFiles.SitemapPage]] = [:]

    init(bases: [(folder: String, base: String)], sameHost: [String]) {
        self.bases = bases
        self.sameHost = sameHost
    }

    var wantsContent: Bool { false }

    var plannedPaths: [String] {
        bases.map { $0.folder + ($0.folder.isEmpty ? SiteFiles.portalSitemap : "sitemap.xml") }
            + (bases.contains { $0.folder.isEmpty } ? ["sitemap.xml"] : [])
    }

    func collect(_ page: PageRecord) {
        let entry = SiteFiles.SitemapPage(
            urlPath: page.urlPath, lastModified: page.lastModified,
            isContentPage: page.kind == PageInfo.contentPage)
        lock.withLock { pages[page.site, default: []].append(entry) }
    }

    func files() -> [(path: String, text: String)] {
        let collected = lock.withLock { pages }
        var files: [(path: String, text: String)] = []
        for site in bases {
            let sitemap = SiteFiles.sitemap(base: site.base, pages: collected[site.folder] ?? [])
            guard site.folder.isEmpty else {
                files.append((site.folder + "sitemap.xml", sitemap))
                continue
            }
            files.append((SiteFiles.portalSitemap, sitemap))
            let index = [site.base + SiteFiles.portalSitemap] + sameHost.map { $0 + "sitemap.xml" }
            files.append(("sitemap.xml", SiteFiles.sitemapIndex(sitemaps: index)))
        }
        return files
    }
}
