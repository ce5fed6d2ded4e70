import BuurtCore
import Foundation
import Markdown
import Model

/// What the link resolvers of pages and features' items share: relative destinations
/// are read against the folder of the Markdown file, images must exist in the repository, and a file
/// becomes an address in the site (and is recorded to be copied there).
public protocol ContentLinkResolver: MarkdownLinkResolver {
    var root: SiteRoot { get }
    /// Root-relative folder of the Markdown file: "content/pages/hulp".
    var sourceFolder: Substring { get }
    /// The address of a repository file the Markdown links to (`linked`) or shows, recording it to be copied;
    /// nil when this site cannot have it (a file of another buurt platform).
    func address(ofFile target: String, linked: Bool) -> String?
    /// " (did you mean 'x'?)" for a target that does not exist, or "".
    func suggestion(for target: String) -> String
}

extension ContentLinkResolver {
    /// The problem with a link to a file marked `draft: true` (a page or a feature's item).
    public static func draftProblem(_ target: String) -> String {
        "link to a draft: \(target) has draft: true and is not published; publish it or remove the link"
    }

    /// "agenda.md#zomer" → ("agenda.md", "#zomer").
    public func split(_ destination: String) -> (path: String, fragment: String) {
        guard let hash = destination.utf8.firstIndex(of: UInt8(ascii: "#")) else { return (destination, "") }
        return (String(destination[..<hash]), String(destination[hash...]))
    }

    /// Root-relative path of a destination (percent-escapes decoded); nil when it leads out of the root.
    public func target(of path: String) -> String? {
        let decoded = path.anyUTF8Byte({ $0 == UInt8(ascii: "%") }) ? path.removingPercentEncoding ?? path : path
        // Joined as Strings: `Substring + String` would go through the generic, character-by-character `+`.
        return root.normalise(String(sourceFolder) + "/" + decoded)
    }

    public func suggestion(for target: String) -> String {
        let siblings = root.entries(of: String(target.pathFolder))
        // Comparing every name of a very large folder for every broken link would make a failing build slow.
        guard siblings.count <= 500 else { return "" }
        return Suggestion.didYouMean(String(target.pathName), among: siblings)
    }

    public func resolveImage(_ source: String) -> LinkResolution {
        let (path, _) = split(source)
        guard let target = target(of: path), !path.isEmpty else {
            return .missing("image leaves the site's folder: '\(source)'")
        }
        guard root.isFile(target) else {
            return .missing("image not found: \(target)" + suggestion(for: target))
        }
        return address(ofFile: target, linked: false).map { .replace($0) }
            ?? .missing("image of another buurt platform: \(target); copy it into this buurt's folder")
    }

    /// A link to a feature's item or home page (`FeatureLinks`) from Markdown shown on the site in `folder` ("" for the
    /// portal, "molenkamp/"; nil: a municipality-wide page, rendered once for every site); `relative` makes the link
    /// to a path inside that site. nil when `target` is no feature's file.
    public func featureLink(
        _ target: String, fragment: String, links: FeatureLinks, onSite folder: String?, relative: (String) -> String
    ) -> LinkResolution? {
        switch links.resolve(target, onSite: folder) {
        case .path(let path): .replace(relative(path) + fragment)
        case .address(let address): .replace(address + fragment)
        case .problem(let problem): .missing(problem)
        case nil: nil
        }
    }

    /// The address of a content page seen from `urlPath` of a site of `owner`: pages of the same site (and
    /// municipality-wide ones) relatively, a page of another buurt platform with its full address.
    public func address(of page: SiteIndex.Entry, from urlPath: String, owner: PageOwner, index: SiteIndex) -> String {
        if page.owner == .municipality || page.owner == owner {
            return SitePath.relative(from: urlPath, to: SitePath.encode(page.urlPath))
        }
        guard case .buurt(let slug) = page.owner else { return "" }
        return (index.baseURLs[slug] ?? "") + SitePath.encode(page.urlPath)
    }
}
