import BuurtCore
import Foundation
import Model
import Site

/// Every file a build makes, known before anything renders: its path, the site it belongs to, what a page is
/// (for collectors), the content files it is made from, and what makes it. Files made of every page (sitemaps,
/// by collectors) are listed apart. The one kind of file not listed: what a buurt's own pages link to or show
/// (`<buurt>/media/…`), which becomes known as those pages render.
public struct BuildPlan: Sendable {
    /// One file. What a page or a feature's file is (path, page, inputs) is read from what makes it, rather than
    /// stored again: a plan of 10,000 pages then holds no second copy of each (measured: the peak memory of the
    /// 10,000-page bench build stays where it was before the plan existed).
    public struct Output: Sendable {
        /// The site's folder: "" for the portal, "molenkamp/".
        public let site: String
        let maker: Maker
        /// Path inside the site, page and inputs of an output whose maker does not hold them (a home page, a
        /// stylesheet, a copied file); nil for Markdown pages and features' files.
        let own: Own?

        final class Own: Sendable {
            let path: String
            let page: PageInfo?
            let inputs: [String]

            init(path: String, page: PageInfo?, inputs: [String]) {
                self.path = path
                self.page = page
                self.inputs = inputs
            }
        }

        /// Path in the output folder: "molenkamp/initiatieven/aed/index.html".
        public var path: String {
            switch maker {
            case .page(let pages, let index): site + SitePath.outputFile(for: pages.pages[index].urlPath)
            case .job(let job): site + job.path
            default: site + (own?.path ?? "")
            }
        }

        /// What the page is, for collectors; nil for files that are not pages.
        public var page: PageInfo? {
            switch maker {
            case .page(let pages, let index): BuildPlan.info(of: pages.pages[index])
            case .job(let job): job.page
            default: own?.page
            }
        }

        /// Content files it is made from, besides `BuildPlan.sharedInputs` of its site: a preview re-renders it
        /// when one of them changes.
        public var inputs: [String] {
            switch maker {
            case .page(let pages, let index): [pages.pages[index].sourcePath]
            case .job(let job): job.inputs
            default: own?.inputs ?? []
            }
        }

        /// True for a municipality-wide Markdown page (on every site), whose links may lead to any buurt site.
        var isMunicipalityPage: Bool {
            if case .page(let pages, let index) = maker { return pages.pages[index].owner == .municipality }
            return false
        }

        /// True for a Markdown page marked `draft: true`, planned only in a preview with drafts.
        public var isDraft: Bool {
            if case .page(let pages, let index) = maker { return pages.pages[index].frontMatter.draft }
            return false
        }

        /// True for the HTML pages the summary counts: pages, and each site's 404 page.
        var isHTMLPage: Bool {
            switch maker {
            case .page, .home, .notFound, .portal: true
            case .job(let job): job.page != nil && job.path.hasSuffix(".html")
            default: false
            }
        }
    }

    /// What a Markdown page of `content/` is, for collectors.
    static func info(of page: Page) -> PageInfo {
        PageInfo(
            urlPath: page.urlPath, kind: PageInfo.contentPage, title: page.frontMatter.title,
            lastModified: page.frontMatter.updated?.description, aliases: page.frontMatter.aliases)
    }

    /// What makes an output. Every case is a few words: a buurt and its pages are held once per site
    /// (`SitePages`) and a feature's job in a box, so that the plan of 10,000 pages stays small (measured with the
    /// 10,000-page bench build: with a buurt and a page in every output, its peak memory grew by 7 MB).
    enum Maker: Sendable {
        /// The Markdown page at this position of its site's pages.
        case page(SitePages, Int)
        case home(SitePages)
        case notFound(SitePages)
        case portal
        /// robots.txt of a site with this address.
        case robots(base: String)
        /// A file of a site's `assets/` folder (the theme's, read once for all sites, or `tokens.css`), made before
        /// the plan, since pages name it by its content's hash.
        case asset(Data)
        /// A small file whose text the plan holds (the host configuration).
        case text(String)
        /// A file of the repository copied as it is (an image a municipality-wide page shows, a logo).
        case copy(String)
        /// A feature's file.
        indirect case job(RenderJob)
        /// The page at an old address (an alias) that sends visitors on to the new one.
        indirect case redirect(SiteRedirect)
    }

    /// One site's buurt (nil: the portal) and Markdown pages, held once for all of the site's outputs.
    final class SitePages: Sendable {
        let buurt: Buurt?
        let pages: [Page]

        init(buurt: Buurt?, pages: [Page]) {
            self.buurt = buurt
            self.pages = pages
        }
    }

    public var outputs: [Output]
    /// Paths the collectors write once every page is rendered (`sitemap.xml` of every site); one ending in "/"
    /// stands for every file in that folder (a search index, whose files are named after their content).
    public var collectedPaths: [String]
    /// What every output of a site reads, by site folder: site.yml and the theme, and a buurt's buurt.yml.
    public var sharedInputs: [String: [String]]
    /// Every old address (alias) of a planned page with the page it leads to, in the order of the plan; each also
    /// has its redirect page among `outputs`. Host configuration can turn them into permanent (301) redirects.
    public var redirects: [SiteRedirect] = []
    /// Where the features' items and home pages are on each site, as links in Markdown lead to them: a preview
    /// renders the pages of a site again when they change (`FeatureLinks.sitesChanged(since:)`).
    public var links: FeatureLinks?

    /// The outputs that `changed` (root-relative content paths) touches: those made from it, and every output of
    /// a site whose shared inputs hold it.
    /// `bodyOnly`: those of `changed` whose change other outputs do not show (a page's text, not its title), so that
    /// they count only where they are read directly.
    public func outputs(touchedBy changed: Set<String>, bodyOnly: Set<String> = []) -> [Output] {
        let shown = changed.subtracting(bodyOnly)
        return outputs.filter { output in
            // Home pages list pages by their front matter (title, description), not their text.
            let listsPages: Bool
            switch output.maker {
            case .home, .portal: listsPages = true
            default: listsPages = false
            }
            return output.inputs.contains(where: (listsPages ? shown : changed).contains)
                || (sharedInputs[output.site] ?? []).contains(where: shown.contains)
        }
    }

    /// The pages whose links may have changed since `previous`, though their own files did not: where a feature's
    /// item or home page has another address (a new slug, an item added, removed or no longer shown), or a Markdown
    /// page another address or none (a new slug, a deleted file), every page of that site, and the portal's and
    /// municipality-wide pages, which may link to a page on a buurt site. A new page needs none: a link to it
    /// could only be broken before, and a build with errors stays pending until it is fixed.
    public func relinkedPages(since previous: BuildPlan) -> [Output] {
        var sites: Set<String> = []
        if let links, let old = previous.links { sites = links.sitesChanged(since: old) }
        let addresses = pageAddresses
        for (site, old) in previous.pageAddresses where old.contains(where: { addresses[site]?[$0.key] != $0.value }) {
            sites.insert(site)
        }
        guard !sites.isEmpty else { return [] }
        return outputs.filter { output in
            output.page != nil && (sites.contains(output.site) || output.site.isEmpty || output.isMunicipalityPage)
        }
    }

    /// Each site's Markdown pages: site folder → content file → address in the site.
    private var pageAddresses: [String: [String: String]] {
        var addresses: [String: [String: String]] = [:]
        for output in outputs {
            if case .page(let pages, let index) = output.maker {
                addresses[output.site, default: [:]][pages.pages[index].sourcePath] = pages.pages[index].urlPath
            }
        }
        return addresses
    }

    /// The Markdown page made from this content file, if the plan has one.
    func page(from source: String) -> Page? {
        for output in outputs {
            if case .page(let pages, let index) = output.maker, pages.pages[index].sourcePath == source {
                return pages.pages[index]
            }
        }
        return nil
    }
}
