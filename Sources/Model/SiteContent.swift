import BuurtCalendar
import BuurtCore
import YAML

/// Who a page belongs to: the whole municipality (shown on every buurt site) or one buurt platform.
public enum PageOwner: Sendable, Hashable {
    case municipality
    case buurt(slug: String)
}

/// One Markdown page, loaded and checked, not yet rendered.
public struct Page: Sendable {
    /// Root-relative path of the Markdown file.
    public var sourcePath: String
    public var owner: PageOwner
    /// Path of the page inside its site, always ending in "/": "over-ons/", "initiatieven/aed/".
    public var urlPath: String
    public var frontMatter: PageFrontMatter
    /// Line of the file where the body starts, for Markdown error locations.
    public var bodyFirstLine: Int
    /// Where the URL's last part comes from: the front matter's `slug`, or the file itself.
    public var slugLocation: SourceLocation

    /// The Markdown after the front matter, read from the file again: a page keeps no copy of it, since the
    /// Markdown of every page, held for the whole build, was 307 MB of the peak at 100,000 pages
    /// (docs/ARCHITECTURE.md, "Under 1 GB at 100,000 pages").
    public func body(in root: SiteRoot) throws(Diagnostic) -> String {
        String(try FrontMatterSplit.split(try root.read(sourcePath)).body)
    }
}

/// One buurt platform: its configuration and its own pages.
public struct Buurt: Sendable {
    /// Folder name in content/buurten/, also the folder in the output.
    public var slug: String
    /// Root-relative folder: "content/buurten/<slug>".
    public var folder: String
    public var config: BuurtConfig
    public var configNode: YAMLNode
    /// Published pages (drafts left out), sorted by URL.
    public var pages: [Page]

    public var configPath: String { folder + "/buurt.yml" }

    public init(slug: String, folder: String, config: BuurtConfig, configNode: YAMLNode, pages: [Page] = []) {
        self.slug = slug
        self.folder = folder
        self.config = config
        self.configNode = configNode
        self.pages = pages
    }
}

/// Everything read from the repository: site.yml, municipality-wide pages and every buurt.
public struct SiteContent: Sendable {
    public var root: SiteRoot
    public var municipality: MunicipalityConfig
    public var municipalityNode: YAMLNode
    /// Municipality-wide pages (privacy, toegankelijkheid), published on every buurt site.
    public var sharedPages: [Page]
    /// Sorted by slug.
    public var buurten: [Buurt]
    /// Every page's source path, drafts included, for telling "missing" from "draft" in link errors.
    public var draftPaths: Set<String>
    /// The date the build runs for: what is current or overdue, and the date on printed pages, depend on it.
    public var today: Day

    public init(
        root: SiteRoot, municipality: MunicipalityConfig, municipalityNode: YAMLNode, sharedPages: [Page],
        buurten: [Buurt], draftPaths: Set<String>, today: Day
    ) {
        self.root = root
        self.municipality = municipality
        self.municipalityNode = municipalityNode
        self.sharedPages = sharedPages
        self.buurten = buurten
        self.draftPaths = draftPaths
        self.today = today
    }
}

/// Where things live in the repository: the default layout, documented in the README.
public enum ContentLayout {
    public static let siteConfig = "site.yml"
    public static let sharedPages = "content/pages"
    public static let buurten = "content/buurten"
    public static let buurtConfig = "buurt.yml"
    public static let buurtPages = "pages"
    /// Folders of content/ that the model reads itself: no feature may take one for its content.
    public static let ownContentFolders = ["pages", "buurten"]

    /// A feature's content: content/<key>/ (whole municipality) and content/buurten/<slug>/<key>/.
    public static func featureFolders(_ key: String, buurten: [Buurt]) -> [(folder: String, buurt: Buurt?)] {
        [("content/" + key, nil)] + buurten.map { ($0.folder + "/" + key, $0) }
    }
    public static let themes = "themes"
    /// Markdown pages end in .md or .markdown, in any capitals ("Over ons.MD").
    public static func isMarkdown(_ path: String) -> Bool { FrontMatterFile.isMarkdown(path) }

    /// Top-level output names a page may not take, because the build writes its own files there.
    public static let reservedSlugs: Set<String> = ["assets", "media", "404", "sitemap", "robots"]
}
