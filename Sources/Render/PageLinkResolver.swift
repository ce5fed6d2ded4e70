import BuurtCore
import Content
import Foundation
import Markdown

/// Turns the relative links and images of one page into URLs of the generated site,
/// and reports those that lead nowhere.
struct PageLinkResolver: MarkdownLinkResolver {
    let page: Page
    let index: SiteIndex
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
            return .missing("link to a draft page: \(target)")
        }
        if ContentLayout.isMarkdown(target) || !root.isFile(target) {
            return .missing("link to a missing page: \(target)" + suggestion(for: target))
        }
        return file(target).map { .replace($0 + fragment) }
            ?? .missing("link to a file of another buurt platform: \(target); copy it into this buurt's folder")
    }

    func resolveImage(_ source: String) -> LinkResolution {
        let (path, _) = split(source)
        guard let target = target(of: path), !path.isEmpty else {
            return .missing("image leaves the site's folder: '\(source)'")
        }
        guard root.isFile(target) else {
            return .missing("image not found: \(target)")
        }
        return file(target).map { .replace($0) }
            ?? .missing("image of another buurt platform: \(target); copy it into this buurt's folder")
    }

    /// Pages of the same site link relatively. A page of another buurt platform gets its full address;
    /// so does a buurt page linked from a municipality-wide page, which is the same on every site.
    private func url(of entry: SiteIndex.Entry) -> String {
        if entry.owner == .municipality || entry.owner == page.owner {
            return SitePath.relative(from: page.urlPath, to: SitePath.encode(entry.urlPath))
        }
        guard case .neighbourhood(let slug) = entry.owner else { return "" }
        return (index.baseURLs[slug] ?? "") + SitePath.encode(entry.urlPath)
    }

    private func file(_ target: String) -> String? {
        guard let sitePath = MediaFiles.sitePath(for: target, owner: page.owner) else { return nil }
        media.add(source: target, sitePath: sitePath)
        return SitePath.relative(from: page.urlPath, to: SitePath.encode(sitePath))
    }

    private func split(_ destination: String) -> (path: String, fragment: String) { LinkTarget.split(destination) }

    /// Root-relative path of a link target, relative to the page's folder; nil when it leaves the root.
    private func target(of path: String) -> String? {
        LinkTarget.resolve(path, inFolder: LinkTarget.folder(of: page.sourcePath), root: root)
    }

    /// "did you mean" among the pages of the target's folder; skipped for very large folders,
    /// where comparing every name for every broken link would make a failing build slow.
    private func suggestion(for target: String) -> String {
        let slash = target.lastIndex(of: "/") ?? target.startIndex
        let siblings = index.fileNamesByFolder[String(target[..<slash])] ?? []
        guard siblings.count <= 500 else { return "" }
        return Suggestion.didYouMean(String(target[target.index(after: slash)...]), among: siblings)
    }
}
