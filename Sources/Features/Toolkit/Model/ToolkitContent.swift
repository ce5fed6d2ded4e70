import BuurtCalendar
import BuurtCore
import Model
import YAML

// The toolkit's content: its settings and topics, articles with attachments, and the library of them all.
// Loading, checks and queries live in ToolkitLoading.swift, ToolkitLibraryCheck.swift and ToolkitLibraryQueries.swift.

/// `toolkit:` in site.yml: the topics and where the toolkit lives. Missing: `ToolkitSettings.default`.
public struct ToolkitSettings: Decodable, Sendable {
    /// Shown name: "Toolkit". Default "Toolkit".
    public var name: String
    /// URL segment in every buurt site: /<buurt>/toolkit/. Default "toolkit". Checked to be a slug by `ToolkitLibrary`.
    public var segment: String
    /// Text at the top of the toolkit home page; nil when site.yml has none.
    public var intro: String?
    /// Every topic, sorted by `order` (then by position in site.yml).
    public var topics: [ToolkitTopic]

    public static let `default` = ToolkitSettings(name: "Toolkit", segment: "toolkit")

    public init(name: String, segment: String) {
        self.init(name: name, segment: segment, intro: nil, topics: [])
    }

    /// Topics are sorted by their `order`; equal orders keep the given sequence.
    public init(name: String, segment: String, intro: String?, topics: [ToolkitTopic]) {
        self.name = name
        self.segment = segment
        self.intro = intro
        self.topics = topics.enumerated().sorted { ($0.element.order, $0.offset) < ($1.element.order, $1.offset) }.map(
            \.element)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let entries = try container.decodeIfPresent([TopicEntry].self, forKey: .topics) ?? []
        self.init(
            name: try container.decodeIfPresent(String.self, forKey: .name) ?? "Toolkit",
            segment: try container.decodeIfPresent(String.self, forKey: .segment) ?? "toolkit",
            intro: try container.decodeIfPresent(String.self, forKey: .intro),
            topics: entries.enumerated().map { position, entry in
                ToolkitTopic(
                    slug: entry.slug, title: entry.title, description: entry.description,
                    order: entry.order ?? position + 1)
            })
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case name, segment, intro, topics }

    /// A topic as written in site.yml, before its default order is known.
    struct TopicEntry: Decodable {
        var slug: String
        var title: String
        var description: String?
        var order: Int?
    }
}

/// One topic of the toolkit: a group of articles with its own page (/<segment>/<slug>/) and booklet.
public struct ToolkitTopic: Sendable, Hashable {
    /// URL part and the value of `topic:` in articles.
    public var slug: String
    /// "Samen tegen eenzaamheid"
    public var title: String
    /// One or two sentences under the title; nil when site.yml has none.
    public var description: String?
    /// Position among the topics, lowest first. Default: the topic's position in site.yml (1, 2, 3 …).
    public var order: Int

    public init(slug: String, title: String, description: String? = nil, order: Int) {
        self.slug = slug
        self.title = title
        self.description = description
        self.order = order
    }
}

/// `toolkit:` in buurt.yml: what one buurt changes of the municipality's toolkit.
public struct BuurtToolkitSettings: Decodable, Sendable {
    /// Topic slugs this buurt does not show. Unknown slugs are reported by `ToolkitLibrary`.
    public var hideTopics: [String]

    public init(hideTopics: [String] = []) { self.hideTopics = hideTopics }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        hideTopics = try container.decodeIfPresent([String].self, forKey: .hideTopics) ?? []
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case hideTopics = "hide_topics" }
}

/// Reads the articles of one folder: content/toolkit/ (buurt nil) or content/buurten/<slug>/toolkit/.
public struct ToolkitLoader: Sendable {
    public let root: SiteRoot
    let diagnostics: DiagnosticCollector

    public init(root: SiteRoot, diagnostics: DiagnosticCollector) {
        self.root = root
        self.diagnostics = diagnostics
    }

    /// Every article under `folder` (drafts left out); problems go to the collector. A missing folder is no articles.
    public func load(folder: String, buurt: String?) -> [ToolkitArticle] {
        loadArticles(folder: folder, buurt: buurt)
    }
}

/// One toolkit article, loaded and checked on its own.
public struct ToolkitArticle: Sendable {
    /// Root-relative path of the Markdown file.
    public var sourcePath: String
    /// nil: municipality-wide, from content/toolkit/; else the buurt whose folder holds it.
    public var buurtSlug: String?
    /// URL part: /<segment>/<topic>/<slug>/. From the file name, or `slug:` in the front matter.
    public var slug: String
    public var title: String
    /// Slug of the article's topic (checked against site.yml by `ToolkitLibrary`).
    public var topic: String
    /// One or two sentences: shown in lists and as the page description.
    public var summary: String
    /// For whom the article is ("Bewoners van flats"); nil when not given.
    public var audience: String?
    /// Who wrote it; nil when not given.
    public var author: String?
    /// Where it comes from: text, or an http(s) address (see `sourceURL`); nil when not given.
    public var source: String?
    /// When it was written or last revised.
    public var date: Day
    /// Slugs of related articles as written in `related:`; empty means "other articles of the same topic"
    /// (use `ToolkitLibrary.related(to:for:)` for the articles to show).
    public var related: [String]
    /// Files offered for download beside the article, in the order of the front matter.
    public var attachments: [ToolkitAttachment]
    /// Position within the topic, lowest first; articles without one come after those with one. Then by title.
    public var order: Int?
    /// The Markdown text after the front matter.
    public var body: String
    /// Line of the source file on which `body` starts (for locations of Markdown problems).
    public var bodyFirstLine: Int
    /// Words in the body (Markdown punctuation left out), for the reading time.
    public var wordCount: Int
    /// Minutes to read the body at about 200 words a minute; at least 1.
    public var readingMinutes: Int
    /// Root-relative folder of the Markdown file: images and attachments are resolved from here.
    public var folder: String
    /// Where fields were written, for messages about them.
    public var locations: ToolkitArticleLocations
    /// False with `search: false`: the article stays out of the sites' search.
    public var searchable: Bool
    /// Old addresses of the article's page inside each site that shows it (`aliases:`), each a redirect page.
    public var aliases: [PageAlias] = []

    public init(
        sourcePath: String, buurtSlug: String?, slug: String, title: String, topic: String, summary: String,
        audience: String? = nil, author: String? = nil, source: String? = nil, date: Day,
        related: [String] = [], attachments: [ToolkitAttachment] = [], order: Int? = nil,
        body: String = "", bodyFirstLine: Int = 1, locations: ToolkitArticleLocations? = nil,
        searchable: Bool = true
    ) {
        self.sourcePath = sourcePath
        self.buurtSlug = buurtSlug
        self.slug = slug
        self.title = title
        self.topic = topic
        self.summary = summary
        self.audience = audience
        self.author = author
        self.source = source
        self.date = date
        self.related = related
        self.attachments = attachments
        self.order = order
        self.body = body
        self.bodyFirstLine = bodyFirstLine
        self.wordCount = ReadingTime.wordCount(ofMarkdown: body)
        self.readingMinutes = ReadingTime.minutes(forWords: wordCount)
        self.folder = String(sourcePath.pathFolder)
        self.locations = locations ?? ToolkitArticleLocations(file: sourcePath)
        self.searchable = searchable
    }

    /// `source` when it is an http(s) address, to show as a link; nil otherwise.
    public var sourceURL: String? {
        guard let source, AddressCheck.isWebAddress(source) else { return nil }
        return source
    }

    /// "1 minuut lezen", "5 minuten lezen".
    public var readingTimeText: String {
        readingMinutes == 1 ? "1 minuut lezen" : "\(readingMinutes) minuten lezen"
    }
}

/// Where the fields of an article were written, so that cross-checks can point at them.
public struct ToolkitArticleLocations: Sendable {
    /// The `slug:` value, or the file when the slug comes from the file name.
    public var slug: SourceLocation
    public var topic: SourceLocation
    /// One location per entry of `related`.
    public var related: [SourceLocation]

    public init(file: String) {
        let location = SourceLocation(file: file)
        slug = location
        topic = location
        related = []
    }

    public init(slug: SourceLocation, topic: SourceLocation, related: [SourceLocation]) {
        self.slug = slug
        self.topic = topic
        self.related = related
    }
}

/// A file offered for download beside an article: /<segment>/<topic>/<article>/<fileName>.
public struct ToolkitAttachment: Sendable, Hashable {
    /// Root-relative path of the source file, to copy.
    public var file: String
    /// Name of the copy beside the article page, safe in a web address: "liftkoffie-poster.pdf".
    public var fileName: String
    /// What the file is, from `title:`: "Poster om in de lift op te hangen".
    public var title: String
    /// Size of the source file in bytes.
    public var byteCount: Int

    public init(file: String, fileName: String, title: String, byteCount: Int) {
        self.file = file
        self.fileName = fileName
        self.title = title
        self.byteCount = byteCount
    }

    /// Kind of file in Dutch, from the extension: "PDF", "Word-document", "Afbeelding (SVG)".
    public var kind: String { FileKind.label(forFileName: fileName) }

    /// Size in Dutch notation: "820 bytes", "182 kB", "1,2 MB".
    public var size: String { FileSize.text(forBytes: byteCount) }

    /// Kind and size for next to the link: "PDF, 182 kB".
    public var label: String { kind + ", " + size }
}

/// Every article with the cross-checks done (known topics, existing related articles and attachments, unique slugs).
/// The queries (`topics(for:)`, `articles(in:for:)`, `related(to:for:)` …) are in ToolkitLibraryQueries.swift.
public struct ToolkitLibrary: Sendable {
    public let settings: ToolkitSettings
    /// Every published article, municipality-wide and of every buurt, in reading order (see `articles(for:)`).
    public let all: [ToolkitArticle]
    /// Topic slug → position in `settings.topics`.
    let topicRank: [String: Int]
    /// Buurt slug → topics it hides.
    let hidden: [String: Set<String>]
    /// Buurt slug → the articles its site shows, worked out once for the queries every page makes.
    let shownByBuurt: [String: ShownArticles]

    /// Validates what needs all articles and the settings; problems go to `diagnostics`.
    /// `buurtSettings`: what each buurt (by slug) changes of the toolkit, from the `toolkit:` section of its buurt.yml.
    public init(
        articles: [ToolkitArticle], settings: ToolkitSettings, settingsNode: YAMLNode?, buurten: [Buurt],
        buurtSettings: [String: BuurtToolkitSettings] = [:], diagnostics: DiagnosticCollector
    ) {
        self.settings = settings
        var topicRank: [String: Int] = [:]
        for (rank, topic) in settings.topics.enumerated() where topicRank[topic.slug] == nil {
            topicRank[topic.slug] = rank
        }
        self.topicRank = topicRank
        self.all = articles.sorted { Self.readsBefore($0, $1, topicRank: topicRank) }
        var hidden: [String: Set<String>] = [:]
        for buurt in buurten { hidden[buurt.slug, default: []].formUnion(buurtSettings[buurt.slug]?.hideTopics ?? []) }
        self.hidden = hidden
        var shownByBuurt: [String: ShownArticles] = [:]
        for buurt in buurten where shownByBuurt[buurt.slug] == nil {
            shownByBuurt[buurt.slug] = ShownArticles(
                all.filter {
                    Self.isShown($0, on: buurt.slug, topicRank: topicRank, hidden: hidden)
                })
        }
        self.shownByBuurt = shownByBuurt
        ToolkitLibraryCheck(library: self, diagnostics: diagnostics)
            .validate(settingsNode: settingsNode, buurten: buurten, buurtSettings: buurtSettings)
    }

    /// Articles shown on this buurt's site: municipality-wide ones and its own, without hidden topics
    /// (nor articles whose topic is unknown). Sorted by topic order, then the article's `order`, then title.
    public func articles(for buurt: String) -> [ToolkitArticle] {
        shown(on: buurt).articles
    }
}
