import BuurtCore

/// Every page of the site by source file, so that a link to `../over-ons.md` can become a URL.
public struct SiteIndex: Sendable {
    public struct Entry: Sendable {
        public var owner: PageOwner
        public var urlPath: String
        public var title: String
    }

    public let entries: [String: Entry]
    public let drafts: Set<String>
    /// Base URL of each buurt platform by slug, for links from one platform to another.
    public let baseURLs: [String: String]
    /// File names of the pages in each folder, for "did you mean" on a broken link.
    public let fileNamesByFolder: [String: [String]]

    public init(content: SiteContent) {
        var entries: [String: Entry] = [:]
        for page in content.sharedPages + content.buurten.flatMap(\.pages) {
            entries[page.sourcePath] = Entry(owner: page.owner, urlPath: page.urlPath, title: page.frontMatter.title)
        }
        self.entries = entries
        var names: [String: [String]] = [:]
        for path in entries.keys.sorted() {
            names[String(path.pathFolder), default: []].append(String(path.pathName))
        }
        fileNamesByFolder = names
        drafts = content.draftPaths
        baseURLs = Dictionary(uniqueKeysWithValues: content.buurten.map { ($0.slug, $0.config.baseURL.absolute) })
    }
}
