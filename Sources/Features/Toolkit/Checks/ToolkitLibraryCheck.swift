import BuurtCore
import Model
import YAML

/// The checks that need the settings and every article at once: known topics, hidden topics that exist,
/// slugs unique per buurt site and related articles that the same site shows.
struct ToolkitLibraryCheck {
    let library: ToolkitLibrary
    let diagnostics: DiagnosticCollector

    static let siteConfig = "site.yml"

    func validate(settingsNode: YAMLNode?, buurten: [Buurt], buurtSettings: [String: BuurtToolkitSettings]) {
        checkSettings(node: settingsNode)
        checkTopicsOfArticles()
        for buurt in buurten { checkHiddenTopics(of: buurt, settings: buurtSettings[buurt.slug]) }
        checkUniqueSlugs()
        checkRelated(buurten: buurten.map(\.slug))
    }

    private var settings: ToolkitSettings { library.settings }
    private var topicSlugs: [String] { settings.topics.map(\.slug) }

    /// "'ontmoeten', 'organiseren', 'energie'": the topics to choose from, for hints.
    private var topicList: String {
        topicSlugs.prefix(12).map { "'\($0)'" }.joined(separator: ", ") + (topicSlugs.count > 12 ? ", …" : "")
    }

    // MARK: site.yml

    func checkSettings(node: YAMLNode?) {
        let file = SourceLocation(file: Self.siteConfig)
        if !Slug.isValid(settings.segment) {
            let suggestion = Slug.make(from: settings.segment)
            diagnostics.add(
                .error(
                    at: node?["segment"]?.location ?? node?.location ?? file,
                    "toolkit segment '\(settings.segment)' cannot be used in a web address",
                    hint:
                        "write it as '\(suggestion.isEmpty ? "toolkit" : suggestion)': lowercase letters, digits and "
                        + "hyphens"
                ))
        }
        // settings.topics is sorted by order; the nodes are in the order of the file.
        let written = node?["topics"]?.sequence ?? []
        var firstLine: [String: SourceLocation] = [:]
        for (index, item) in written.enumerated() {
            guard let slug = item["slug"]?.string else { continue }
            let location = item["slug"]?.location ?? item.location
            if !Slug.isValid(slug) {
                let suggestion = Slug.make(from: slug)
                diagnostics.add(
                    .error(
                        at: location, "topic slug '\(slug)' cannot be used in a web address",
                        hint:
                            "write it as '\(suggestion.isEmpty ? "onderwerp-\(index + 1)" : suggestion)': lowercase "
                            + "letters, digits and hyphens"
                    ))
            } else if ToolkitLoader.reservedSlugs.contains(slug) {
                diagnostics.add(
                    .error(
                        at: location, "'\(slug)' is the address of the printable booklet of the whole toolkit",
                        hint: "give the topic another slug"))
            } else if let first = firstLine[slug] {
                diagnostics.add(
                    .error(
                        at: location, "topic '\(slug)' is listed twice, first at line \(first.line ?? 0)",
                        hint: "give each topic its own slug, or remove one of the two"))
            }
            firstLine[slug] = firstLine[slug] ?? location
            if let title = item["title"]?.string, title.allSatisfy(\.isWhitespace) {
                diagnostics.add(
                    .error(
                        at: item["title"]?.location ?? item.location, "topic '\(slug)' has an empty title",
                        hint: "write the title shown above the topic's articles: 'title: Samen tegen eenzaamheid'"))
            }
        }
    }

    // MARK: Articles

    func checkTopicsOfArticles() {
        for article in library.all
        where library.topic(article.topic) == nil && !article.topic.allSatisfy(\.isWhitespace) {
            let hint =
                topicSlugs.isEmpty
                ? "site.yml has no toolkit topics yet: add one under toolkit.topics with slug and title"
                : "write one of the topics of site.yml: \(topicList)"
            diagnostics.add(
                .error(
                    at: article.locations.topic,
                    "unknown topic '\(article.topic)'" + Suggestion.didYouMean(article.topic, among: topicSlugs),
                    hint: hint))
        }
    }

    func checkHiddenTopics(of buurt: Buurt, settings: BuurtToolkitSettings?) {
        let section = buurt.configNode["toolkit"], list = section?["hide_topics"]
        for (index, slug) in (settings?.hideTopics ?? []).enumerated() where library.topic(slug) == nil {
            let location =
                list?[index]?.location ?? list?.location ?? section?.location
                ?? SourceLocation(file: buurt.configPath)
            diagnostics.add(
                .error(
                    at: location,
                    "hide_topics: unknown topic '\(slug)'" + Suggestion.didYouMean(slug, among: topicSlugs),
                    hint: topicSlugs.isEmpty
                        ? "site.yml has no toolkit topics to hide" : "the topics of site.yml are \(topicList)"))
        }
    }

    /// Articles shown on one site need different slugs. Hidden topics do not count: the slugs stay unique
    /// whichever topics a buurt shows now or later.
    func checkUniqueSlugs() {
        let byPath = library.all.sorted { $0.sourcePath < $1.sourcePath }
        var shared: [String: ToolkitArticle] = [:]
        for article in byPath where article.buurtSlug == nil {
            if let first = shared[article.slug] {
                diagnostics.add(
                    .error(
                        at: article.locations.slug,
                        "two toolkit articles have the slug '\(article.slug)': \(first.sourcePath) and "
                            + "\(article.sourcePath)",
                        hint: "rename one of the files or give it another 'slug:'; every buurt site shows both"))
            } else {
                shared[article.slug] = article
            }
        }
        var own: [String: [String: ToolkitArticle]] = [:]
        for article in byPath {
            guard let buurt = article.buurtSlug else { continue }
            if let first = shared[article.slug] {
                diagnostics.add(
                    .error(
                        at: article.locations.slug,
                        "slug '\(article.slug)' is already used by the municipality-wide article \(first.sourcePath)",
                        hint: "rename this file or give it another 'slug:'; the site of '\(buurt)' shows both articles")
                )
            } else if let first = own[buurt]?[article.slug] {
                diagnostics.add(
                    .error(
                        at: article.locations.slug,
                        "two toolkit articles have the slug '\(article.slug)': \(first.sourcePath) and "
                            + "\(article.sourcePath)",
                        hint: "rename one of the files or give it another 'slug:'"))
            } else {
                own[buurt, default: [:]][article.slug] = article
            }
        }
    }

    /// Every slug in `related:` must be an article that each site showing this article shows too.
    func checkRelated(buurten: [String]) {
        var slugsOn: [String: Set<String>] = [:]
        for buurt in buurten { slugsOn[buurt] = Set(library.articles(for: buurt).map(\.slug)) }
        let allSlugs = Set(library.all.map(\.slug))
        for article in library.all where !article.related.isEmpty && library.topic(article.topic) != nil {
            let sites = buurten.filter { library.isShown(article, on: $0) }
            // Articles this one could ever be shown with: the municipality's and its own buurt's.
            let pool = library.all.filter { $0.buurtSlug == nil || $0.buurtSlug == article.buurtSlug }.map(\.slug)
            for (index, slug) in article.related.enumerated() {
                let location =
                    article.locations.related.indices.contains(index)
                    ? article.locations.related[index] : article.locations.slug
                if slug == article.slug {
                    diagnostics.add(
                        .error(
                            at: location, "the article lists itself as related",
                            hint: "remove '\(slug)' from 'related'"))
                    continue
                }
                if !allSlugs.contains(slug) {
                    let candidates = Set(sites.isEmpty ? pool : sites.flatMap { slugsOn[$0] ?? [] }).subtracting([
                        article.slug
                    ])
                    diagnostics.add(
                        .error(
                            at: location,
                            "related article '\(slug)' does not exist"
                                + Suggestion.didYouMean(slug, among: candidates.sorted()),
                            hint:
                                "write the slug of another toolkit article: its file name in lowercase with hyphens, "
                                + "or its 'slug:'"
                        ))
                    continue
                }
                let missing =
                    sites.isEmpty
                    ? (pool.contains(slug) ? [] : [article.buurtSlug ?? ""])
                    : sites.filter { !(slugsOn[$0]?.contains(slug) ?? false) }
                guard !missing.isEmpty else { continue }
                let whereMissing =
                    missing.count > 1 && missing.count == sites.count
                    ? "on any buurt site that shows this article"
                    : "on the site of " + missing.map { "'\($0)'" }.joined(separator: ", ")
                diagnostics.add(
                    .error(
                        at: location, "related article '\(slug)' is not shown \(whereMissing)",
                        hint: "it belongs to another buurt or to a topic that is hidden there; remove it from 'related'"
                    ))
            }
        }
    }
}
