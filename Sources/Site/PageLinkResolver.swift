import BuurtCore
import Foundation
import Markdown
import Model

/// Turns the relative links and images of one page into URLs of the generated site,
/// and reports those that lead nowhere.
struct PageLinkResolver: ContentLinkResolver {
    let page: Page
    let index: SiteIndex
    let links: FeatureLinks
    let root: SiteRoot
    let media: MediaFiles

    func resolveLink(_ destination: String) -> LinkResolution {
        let (path, fragment) = split(destination)
        guard let target = target(of: path) else {
            return .missing("link leaves the site's folder: '\(destination)'")
        }
        if path.isEmpty { return .keep }
        if let entry = index.entries[target] {
            return .replace(url(of: entry) + fragment)
        }
        if index.drafts.contains(target) {
            return .missing(Self.draftProblem(target))
        }
        // A kaart entry, an activity, an article or a feature's folder; a municipality-wide page is on every site.
        if let link = featureLink(
            target, fragment: fragment, links: links, onSite: siteFolder,
            relative: { SitePath.relative(from: page.urlPath, to: SitePath.encode($0)) })
        {
            return link
        }
        if ContentLayout.isMarkdown(target), root.isFile(target) {
            return .missing(
                "link to \(target), a Markdown file that is no page or item of this site (a file with problems "
                    + "of its own is left out)")
        }
        if ContentLayout.isMarkdown(target) || !root.isFile(target) {
            return .missing("link to a missing page: \(target)" + suggestion(for: target))
        }
        return address(ofFile: target, linked: true).map { .replace($0 + fragment) }
            ?? .missing("link to a file of another buurt platform: \(target); copy it into this buurt's folder")
    }

    var sourceFolder: Substring { page.sourcePath.pathFolder }

    /// The folder of the page's site in the output ("molenkamp/"); nil for a municipality-wide page, on every site.
    private var siteFolder: String? {
        guard case .buurt(let slug) = page.owner else { return nil }
        return slug + "/"
    }

    /// Pages of the same site link relatively. A page of another buurt platform gets its full address;
    /// so does a buurt page linked from a municipality-wide page, which is the same on every site.
    private func url(of entry: SiteIndex.Entry) -> String {
        address(of: entry, from: page.urlPath, owner: page.owner, index: index)
    }

    func address(ofFile target: String, linked: Bool) -> String? {
        guard let sitePath = MediaFiles.sitePath(for: target, owner: page.owner) else { return nil }
        media.add(source: target, sitePath: sitePath)
        return SitePath.relative(from: page.urlPath, to: SitePath.encode(sitePath))
    }

    /// "did you mean" among the pages of the target's folder, from the site index rather than the disk (the disk's
    /// names for a folder without pages: a feature's items); skipped for very large folders, where comparing every
    /// name for every broken link would make a failing build slow.
    func suggestion(for target: String) -> String {
        let folder = String(target.pathFolder)
        let siblings = index.fileNamesByFolder[folder] ?? root.entries(of: folder)
        guard siblings.count <= 500 else { return "" }
        return Suggestion.didYouMean(String(target.pathName), among: siblings)
    }
}
