import BuurtCore
import Model
import Site

/// The toolkit as one buurt site shows it: its topics in order, each with the articles the buurt shows,
/// and the paths of every toolkit page in that site.
struct ToolkitSite: Sendable {
    /// A topic with the articles of it that this buurt shows, in reading order.
    struct Section: Sendable {
        let topic: ToolkitTopic
        let articles: [ToolkitArticle]
    }

    let settings: ToolkitSettings
    let buurtSlug: String
    /// The buurt site's absolute address, ending in "/".
    let base: String
    /// Topics with at least one article on this site, in the order of site.yml.
    let sections: [Section]
    /// Every article this site shows, in reading order (topic by topic).
    let articles: [ToolkitArticle]
    /// Shown articles by the root-relative path of their Markdown file, for links between articles.
    let articlesBySource: [String: ToolkitArticle]
    /// Every article of the municipality, shown here or not, by source path: to explain a link that cannot work.
    let libraryBySource: [String: ToolkitArticle]

    init(library: ToolkitLibrary, buurt: Buurt) {
        settings = library.settings
        self.buurtSlug = buurt.slug
        base = buurt.config.baseURL.absolute
        let shown = library.articles(for: buurt.slug)
        let byTopic = Dictionary(grouping: shown, by: \.topic)
        sections = library.topics(for: buurt.slug)
            .compactMap { topic in byTopic[topic.slug].map { Section(topic: topic, articles: $0) } }
        articles = sections.flatMap(\.articles)
        articlesBySource = Dictionary(articles.map { ($0.sourcePath, $0) }, uniquingKeysWith: { first, _ in first })
        libraryBySource = Dictionary(library.all.map { ($0.sourcePath, $0) }, uniquingKeysWith: { first, _ in first })
    }

    var isEmpty: Bool { articles.isEmpty }

    /// Why an article of the municipality is not on this buurt's site, for the error at a link to it.
    func whyNotShown(_ other: ToolkitArticle) -> String {
        if let owner = other.buurtSlug, owner != buurtSlug {
            return "link to '\(other.title)', a toolkit article of the buurt platform '\(owner)' only, "
                + "from the site of '\(buurtSlug)'; move the linked article to content/toolkit/ or remove the link"
        }
        if !sections.contains(where: { $0.topic.slug == other.topic }) {
            return "link to '\(other.title)', whose topic '\(other.topic)' the buurt platform '\(buurtSlug)' hides; "
                + "remove the link, or the topic from hide_topics in "
                + "\(ContentLayout.buurten)/\(buurtSlug)/\(ContentLayout.buurtConfig)"
        }
        return "link to '\(other.title)', a toolkit article that is not on the site of '\(buurtSlug)'"
    }

    func section(of article: ToolkitArticle) -> Section? {
        sections.first { $0.topic.slug == article.topic }
    }

    // MARK: Paths inside the buurt site (all ending in "/", as SitePath expects)

    /// "toolkit/"
    var homePath: String { settings.segment + "/" }

    /// "toolkit/ontmoeten/"
    func path(of topic: ToolkitTopic) -> String { homePath + topic.slug + "/" }

    /// "toolkit/ontmoeten/liftkoffie-in-je-flat/"
    func path(of article: ToolkitArticle) -> String { homePath + article.topic + "/" + article.slug + "/" }

    /// The booklet of the whole toolkit ("toolkit/afdrukken/") or of one topic ("toolkit/ontmoeten/afdrukken/").
    func bookletPath(of topic: ToolkitTopic?) -> String {
        (topic.map(path(of:)) ?? homePath) + Self.bookletSegment + "/"
    }

    /// The PDF beside a booklet: "toolkit/afdrukken/toolkit.pdf", "toolkit/ontmoeten/afdrukken/ontmoeten.pdf".
    func pdfPath(of topic: ToolkitTopic?) -> String {
        bookletPath(of: topic) + (topic?.slug ?? settings.segment) + ".pdf"
    }

    /// The shortest relative link from the page at `from` to the site path `to` (both inside one site):
    /// "poster.pdf" beside the page, "../" for the topic of an article, rather than a way through the site's root.
    /// Every page makes dozens of links, so the paths are split as UTF-8 bytes.
    static func relative(from: String, to: String) -> String {
        let slash = UInt8(ascii: "/")
        let fromParts = from.utf8.split(separator: slash)
        var toParts = to.utf8.split(separator: slash)
        let toFolder = to.utf8.last == slash || to.isEmpty
        let fileName = toFolder ? nil : toParts.popLast()
        var common = 0
        while common < fromParts.count, common < toParts.count, fromParts[common].elementsEqual(toParts[common]) {
            common += 1
        }
        var link = String(repeating: "../", count: fromParts.count - common)
        for part in toParts[common...] { link += Substring(part) + "/" }
        if let fileName { link += Substring(fileName) }
        return link.isEmpty ? "./" : link
    }

    /// The last part of a booklet's address; article slugs may not take it.
    static let bookletSegment = "afdrukken"
}
