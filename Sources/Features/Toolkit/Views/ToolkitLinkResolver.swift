import BuurtCore
import Foundation
import Markdown
import Model
import Site

/// Turns the relative links and images of a toolkit article into URLs of the buurt site:
/// other articles become their pages, content pages and other features' items their pages, and files (images, a
/// worksheet)
/// are copied beside the article page, or into media/ when they live elsewhere in the repository.
///
/// The same article is shown on its own page and in booklets; `page` is where this rendering appears.
struct ToolkitLinkResolver: ContentLinkResolver {
    let article: ToolkitArticle
    let site: ToolkitSite
    /// Site path of the page the HTML appears on: the article page or a booklet.
    let page: String
    /// In a booklet: slugs of the articles it holds, linked to their place in it rather than to their pages.
    let bookletArticles: Set<String>
    /// In a booklet, links (not images) get the site's full address: on paper and in its PDF, a relative link
    /// would lead nowhere (Chromium writes it as a file:// address of the build machine).
    let absoluteLinks: Bool
    let index: SiteIndex
    /// Where the features' items are on each site, for links to a kaart entry or an activity.
    let links: FeatureLinks
    let root: SiteRoot
    /// Collects the files to copy; nil when the article page's rendering has collected them already.
    let files: MediaFiles?

    /// The anchor of an article's part of a booklet. Template-made ids start with "_": never a heading's id.
    static func anchor(of slug: String) -> String { "_artikel-" + slug }

    func resolveLink(_ destination: String) -> LinkResolution {
        let (path, fragment) = split(destination)
        guard let target = target(of: path) else {
            return .missing("link leaves the site's folder: '\(destination)'")
        }
        if path.isEmpty { return .keep }
        if let other = site.articlesBySource[target] {
            if bookletArticles.contains(other.slug) { return .replace("#" + Self.anchor(of: other.slug)) }
            return .replace(link(site.path(of: other)) + fragment)
        }
        if let other = site.libraryBySource[target] {
            return .missing(site.whyNotShown(other))
        }
        if let entry = index.entries[target] {
            return .replace(url(of: entry) + fragment)
        }
        if index.drafts.contains(target) {
            return .missing(Self.draftProblem(target))
        }
        if let link = featureLink(
            target, fragment: fragment, links: links, onSite: site.buurtSlug + "/", relative: link)
        {
            return link
        }
        if ContentLayout.isMarkdown(target) || !root.isFile(target) {
            return .missing("link to a missing page or article: \(target)" + suggestion(for: target))
        }
        return address(ofFile: target, linked: true).map { .replace($0 + fragment) }
            ?? .missing("link to a file of another buurt platform: \(target); copy it into this buurt's folder")
    }

    /// Pages of the same site link relatively; a page of another buurt platform gets its full address.
    private func url(of entry: SiteIndex.Entry) -> String {
        switch entry.owner {
        case .municipality:
            return absoluteLinks
                ? site.base + SitePath.encode(entry.urlPath)
                : SitePath.relative(from: page, to: SitePath.encode(entry.urlPath))
        case .buurt(let slug) where slug == site.buurtSlug:
            return absoluteLinks
                ? site.base + SitePath.encode(entry.urlPath)
                : SitePath.relative(from: page, to: SitePath.encode(entry.urlPath))
        case .buurt(let slug):
            return (index.baseURLs[slug] ?? "") + SitePath.encode(entry.urlPath)
        }
    }

    /// A file the article uses: an attachment keeps the address of its download, a file in the article's
    /// folder goes beside the article page, any other file of the repository into media/.
    func address(ofFile target: String, linked: Bool) -> String? {
        let address = linked ? link : relative
        if let attachment = article.attachments.first(where: { $0.file == target }) {
            return address(site.path(of: article) + attachment.fileName)
        }
        let sitePath: String
        let folder = article.folder + "/"
        if target.hasPrefix(folder), !target.hasSuffix("/index.html") {
            sitePath = site.path(of: article) + target.dropFirst(folder.count)
        } else if let media = MediaFiles.sitePath(
            for: target, owner: article.buurtSlug.map { .buurt(slug: $0) } ?? .municipality)
        {
            sitePath = media
        } else {
            return nil
        }
        files?.add(source: target, sitePath: sitePath)
        return address(sitePath)
    }

    /// The address of a link to a file or page of this site, as seen from `page`.
    private func link(_ sitePath: String) -> String {
        absoluteLinks ? site.base + SitePath.encode(sitePath) : relative(sitePath)
    }

    /// The relative address of a file of this site, as seen from `page`.
    private func relative(_ sitePath: String) -> String {
        ToolkitSite.relative(from: page, to: SitePath.encode(sitePath))
    }

    var sourceFolder: Substring { Substring(article.folder) }
}
