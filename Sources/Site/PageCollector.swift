import BuurtCore

/// Sees every page the build renders, as a structured record, on any thread; once every page is rendered it
/// gives the files it makes of them. The sitemap is one; a search index is another.
public protocol PageCollector: AnyObject, Sendable {
    /// Whether it reads the pages' content (text and fields): only then is it made, so that a build without such a
    /// collector pays nothing for it.
    var wantsContent: Bool { get }
    /// Paths of the files it will write (relative to the output folder), known before anything renders; a path
    /// ending in "/" stands for every file in that folder (files named after their content).
    var plannedPaths: [String] { get }
    /// Called once per rendered page, from many threads at once.
    func collect(_ page: PageRecord)
    /// The files it makes, once every page is collected: output path and text.
    func files() -> [(path: String, text: String)]
    /// Problems found while making its files (a page it renders with a template that fails), read after `files()`.
    var problems: [Diagnostic] { get }
    /// Whether the portal's files it makes hold every site's pages (the municipality-wide search), not only the
    /// portal's own: a build of one shard (`--shard i/n`) then leaves them to `buurtsite merge`, which gets the
    /// records of every shard's pages.
    var gathersSites: Bool { get }
    /// Hands its files to `write` (path, text) as it makes them, from any thread: those of these sites (site folders:
    /// "" for the portal, "molenkamp/"), or all with nil. A shard build asks for its buurt sites' files,
    /// `buurtsite merge` for the portal's. A collector that makes many large files (a search index per site) hands
    /// each site's over as soon as they are made, so that the build never holds them all. By default every file of
    /// `files()`, of which the build keeps those of the sites asked for.
    func makeFiles(forSites folders: Set<String>?, _ write: @Sendable (_ path: String, _ text: String) -> Void)
}

extension PageCollector {
    public var problems: [Diagnostic] { [] }
    public var gathersSites: Bool { false }
    public func makeFiles(forSites folders: Set<String>?, _ write: @Sendable (_ path: String, _ text: String) -> Void) {
        for file in files() { write(file.path, file.text) }
    }
}

/// A rendered page as collectors see it.
public struct PageRecord: Sendable, Codable {
    /// The site's folder in the output: "" for the portal, "molenkamp/" for a buurt site.
    public var site: String
    /// The page's path inside its site, ending in "/": "initiatieven/aed/"; "" for the home page.
    public var urlPath: String
    /// "page", "home", or a feature's own kind
    public var kind: String
    public var title: String
    /// "2026-03-01", when the content says when the page changed.
    public var lastModified: String?
    /// Headings, words and the item's fields; nil unless a collector wants them.
    public var content: PageContent?

    public init(site: String, info: PageInfo, content: PageContent?) {
        self.site = site
        urlPath = info.urlPath
        kind = info.kind
        title = info.title
        lastModified = info.lastModified
        self.content = content
    }
}
