import BuurtCore
import Foundation
import Markdown
import Model
import Site

/// Resolves the relative links and images in an activity's description, like PageLinkResolver does for pages:
/// a link to a page, to another activity or to another feature's item becomes its URL, a file (an image, a PDF) is
/// copied into the site.
struct AgendaLinkResolver: ContentLinkResolver {
    let activity: AgendaActivity
    /// The activity page's path in the site: "agenda/taalcafe/".
    let urlPath: String
    let index: SiteIndex
    let root: SiteRoot
    let media: MediaFiles
    /// The buurt whose site this is; nil for the portal.
    let buurtSlug: String?
    /// Where the features' items are on each site: the activities of this site's agenda among them.
    let links: FeatureLinks

    var owner: PageOwner { buurtSlug.map { .buurt(slug: $0) } ?? .municipality }

    func resolveLink(_ destination: String) -> LinkResolution {
        let (path, fragment) = split(destination)
        guard let target = target(of: path) else {
            return .missing("link leaves the site's folder: '\(destination)'")
        }
        if path.isEmpty { return .keep }
        if let page = index.entries[target] {
            return .replace(address(of: page, from: urlPath, owner: owner, index: index) + fragment)
        }
        if index.drafts.contains(target) {
            return .missing(Self.draftProblem(target))
        }
        if let link = featureLink(
            target, fragment: fragment, links: links, onSite: buurtSlug.map { $0 + "/" } ?? "",
            relative: { SitePath.relative(from: urlPath, to: SitePath.encode($0)) })
        {
            return link
        }
        if ContentLayout.isMarkdown(target) {
            return .missing("link to a missing page or activity: \(target)" + suggestion(for: target))
        }
        guard root.isFile(target) else {
            return .missing("link to a missing file: \(target)" + suggestion(for: target))
        }
        return address(ofFile: target, linked: true).map { .replace($0 + fragment) }
            ?? .missing("link to a file of another buurt platform: \(target); copy it into this buurt's folder")
    }

    /// The file's place in the site: as pages have it on a buurt site; on the portal, which shows every buurt's
    /// activities, a buurt's files under media/buurten/<buurt>/.
    func address(ofFile target: String, linked: Bool) -> String? {
        let sitePath: String?
        if buurtSlug == nil, target.hasPrefix(ContentLayout.buurten + "/") {
            sitePath = "media/" + target.dropFirst("content/".count)
        } else {
            sitePath = MediaFiles.sitePath(for: target, owner: owner)
        }
        guard let sitePath else { return nil }
        media.add(source: target, sitePath: sitePath)
        return SitePath.relative(from: urlPath, to: SitePath.encode(sitePath))
    }

    var sourceFolder: Substring { activity.sourcePath.pathFolder }
}
