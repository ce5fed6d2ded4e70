import BuurtCalendar
import BuurtCore
import Kaart
import Toolkit
import YAML

/// Who a page belongs to: the whole municipality (shown on every buurt site) or one buurt platform.
public enum PageOwner: Sendable, Hashable {
    case municipality
    case neighbourhood(slug: String)
}

/// One Markdown page, loaded and checked, not yet rendered.
public struct Page: Sendable {
    /// Root-relative path of the Markdown file.
    public var sourcePath: String
    public var owner: PageOwner
    /// Path of the page inside its site, always ending in "/": "over-ons/", "initiatieven/aed/".
    public var urlPath: String
    public var frontMatter: PageFrontMatter
    public var body: String
    /// Line of the file where `body` starts, for Markdown error locations.
    public var bodyFirstLine: Int
    /// Where the URL's last part comes from: the front matter's `slug`, or the file itself.
    public var slugLocation: SourceLocation
}

/// One buurt platform: its configuration and its own pages.
public struct Neighbourhood: Sendable {
    /// Folder name in content/buurten/, also the folder in the output.
    public var slug: String
    /// Root-relative folder: "content/buurten/<slug>".
    public var folder: String
    public var config: NeighbourhoodConfig
    public var configNode: YAMLNode
    /// Published pages (drafts left out), sorted by URL.
    public var pages: [Page]

    public var configPath: String { folder + "/buurt.yml" }
}

/// Everything read from the repository: site.yml, municipality-wide pages and every buurt.
public struct SiteContent: Sendable {
    public var root: SiteRoot
    public var municipality: MunicipalityConfig
    public var municipalityNode: YAMLNode
    /// Municipality-wide pages (privacy, toegankelijkheid), published on every buurt site.
    public var sharedPages: [Page]
    /// Sorted by slug.
    public var neighbourhoods: [Neighbourhood]
    /// Every page's source path, drafts included, for telling "missing" from "draft" in link errors.
    public var draftPaths: Set<String>
    /// The sociale kaart: every entry, checked, with the buurten each one serves.
    public var kaart: KaartCatalogue
    /// The toolkit: every article, checked, with the topics each buurt shows.
    public var toolkit: ToolkitLibrary
    /// The date the build runs for: kaart freshness and booklet covers depend on it.
    public var today: Day
}

/// Where things live in the repository: the default layout, documented in the README.
public enum ContentLayout {
    public static let siteConfig = "site.yml"
    public static let sharedPages = "content/pages"
    public static let neighbourhoods = "content/buurten"
    public static let neighbourhoodConfig = "buurt.yml"
    public static let neighbourhoodPages = "pages"
    /// Kaart entries: content/kaart/ (whole municipality) and content/buurten/<slug>/kaart/.
    public static let kaart = "kaart"
    /// Toolkit articles: content/toolkit/ (whole municipality) and content/buurten/<slug>/toolkit/.
    public static let toolkit = "toolkit"
    public static let themes = "themes"
    /// Markdown pages end in .md or .markdown, in any capitals ("Over ons.MD").
    public static func isMarkdown(_ path: String) -> Bool { FrontMatterFile.isMarkdown(path) }

    /// Top-level output names a page may not take, because the build writes its own files there.
    public static let reservedSlugs: Set<String> = ["assets", "media", "404", "sitemap", "robots"]
}
