import BuurtCore
import Foundation
import Markdown
import Model
import Site

/// Resolves the relative links and images in a kaart entry's description, like PageLinkResolver does for pages:
/// a link to a page, to another entry or to another feature's item becomes its URL, a file (an image, a PDF) is
/// copied into the site's media.
struct KaartLinkResolver: ContentLinkResolver {
    let entry: KaartEntry
    /// The entry page's path in the site: "wegwijzer/taalcafe/".
    let urlPath: String
    let index: SiteIndex
    let root: SiteRoot
    let media: MediaFiles
    /// Where the features' items are on each site: the entries of this buurt's kaart among them.
    let links: FeatureLinks
    /// The buurt whose kaart this page is on.
    let buurtSlug: String

    var owner: PageOwner { entry.buurtSlug.map { .buurt(slug: $0) } ?? .municipality }

    func resolveLink(_ destination: String) -> LinkResolution {
        let (path, fragment) = split(destination)
        guard let target = target(of: path) else {
            return .missing("link leaves the site's folder: '\(destination)'")
        }
        if path.isEmpty { return .keep }
        if let page = index.entries[target] {
            return .replace(url(of: page) + fragment)
        }
        if index.drafts.contains(target) {
            return .missing(Self.draftProblem(target))
        }
        if let link = featureLink(
            target, fragment: fragment, links: links, onSite: buurtSlug + "/",
            relative: { SitePath.relative(from: urlPath, to: SitePath.encode($0)) })
        {
            return link
        }
        if ContentLayout.isMarkdown(target) {
            return .missing("link to a missing page or kaart entry: \(target)" + suggestion(for: target))
        }
        guard root.isFile(target) else {
            return .missing("link to a missing file: \(target)" + suggestion(for: target))
        }
        return address(ofFile: target, linked: true).map { .replace($0 + fragment) }
            ?? .missing("link to a file of another buurt platform: \(target); copy it into this buurt's folder")
    }

    /// Pages of this site link relatively; a page of another buurt platform gets its full address.
    private func url(of page: SiteIndex.Entry) -> String {
        address(of: page, from: urlPath, owner: owner, index: index)
    }

    func address(ofFile target: String, linked: Bool) -> String? {
        guard let sitePath = MediaFiles.sitePath(for: target, owner: owner) else { return nil }
        media.add(source: target, sitePath: sitePath)
        return SitePath.relative(from: urlPath, to: SitePath.encode(sitePath))
    }

    var sourceFolder: Substring { entry.sourcePath.pathFolder }
}
