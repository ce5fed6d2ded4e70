import BuurtCore
import Foundation
import Site

/// The sitemap of every site, made from the pages the build renders: `sitemap.xml` in each site's folder.
final class SitemapCollector: PageCollector, @unchecked Sendable {
    /// The site's folder ("" for the portal, "molenkamp/") → its absolute address.
    private let bases: [(folder: String, base: String)]
    private let lock = NSLock()
    private var pages: [String: [SiteFiles.SitemapPage]] = [:]

    init(bases: [(folder: String, base: String)]) {
        self.bases = bases
    }

    var wantsContent: Bool { false }

    var plannedPaths: [String] { bases.map { $0.folder + "sitemap.xml" } }

    func collect(_ page: PageRecord) {
        let entry = SiteFiles.SitemapPage(
            urlPath: page.urlPath, lastModified: page.lastModified,
            isContentPage: page.kind == PageInfo.contentPage)
        lock.withLock { pages[page.site, default: []].append(entry) }
    }

    func files() -> [(path: String, text: String)] {
        let collected = lock.withLock { pages }
        return bases.map { site in
            (site.folder + "sitemap.xml", SiteFiles.sitemap(base: site.base, pages: collected[site.folder] ?? []))
        }
    }
}
