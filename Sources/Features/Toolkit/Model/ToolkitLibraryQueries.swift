import BuurtCore

/// What the pages of one buurt site need: its topics, its articles in reading order, related articles.
extension ToolkitLibrary {
    /// How many articles of the same topic `related(to:for:)` offers when an article names none.
    public static let relatedLimit = 3

    /// The topic with this slug, or nil when site.yml has none.
    public func topic(_ slug: String) -> ToolkitTopic? {
        topicRank[slug].map { settings.topics[$0] }
    }

    /// Topics this buurt shows, in order, that have at least one article on its site: the ones to list and
    /// to make pages and booklets for. Topics without articles are left out (see `visibleTopics(for:)`).
    public func topics(for buurt: String) -> [ToolkitTopic] {
        let byTopic = shown(on: buurt).byTopic
        return visibleTopics(for: buurt).filter { byTopic[$0.slug] != nil }
    }

    /// Every topic this buurt does not hide, in order, with or without articles.
    public func visibleTopics(for buurt: String) -> [ToolkitTopic] {
        let hiddenHere = hidden[buurt] ?? []
        // A slug listed twice in site.yml (an error reported elsewhere) counts once.
        return settings.topics.enumerated()
            .filter { rank, topic in topicRank[topic.slug] == rank && !hiddenHere.contains(topic.slug) }
            .map(\.element)
    }

    /// The articles of one topic shown on this buurt's site, by `order`, then title. Empty for a hidden topic.
    public func articles(in topic: String, for buurt: String) -> [ToolkitArticle] {
        shown(on: buurt).byTopic[topic] ?? []
    }

    /// The article with this slug on this buurt's site, or nil.
    public func article(_ slug: String, for buurt: String) -> ToolkitArticle? {
        shown(on: buurt).bySlug[slug]
    }

    /// Articles to suggest under an article on this buurt's site. With `related:` in its front matter: those
    /// articles, in the order written, as far as this site shows them. Without: the next (up to) three articles
    /// of the same topic in reading order, continuing from the start of the topic. Never the article itself.
    public func related(to article: ToolkitArticle, for buurt: String) -> [ToolkitArticle] {
        let shown = shown(on: buurt)
        if !article.related.isEmpty {
            var seen: Set<String> = [article.slug]
            return article.related.compactMap { slug in
                guard seen.insert(slug).inserted else { return nil }
                return shown.bySlug[slug]
            }
        }
        let sameTopic = shown.byTopic[article.topic] ?? []
        guard let position = sameTopic.firstIndex(where: { $0.sourcePath == article.sourcePath }) else {
            return Array(sameTopic.filter { $0.sourcePath != article.sourcePath }.prefix(Self.relatedLimit))
        }
        // The ones after it, wrapping round to the start of the topic.
        let count = min(Self.relatedLimit, sameTopic.count - 1)
        return (0..<count).map { sameTopic[(position + 1 + $0) % sameTopic.count] }
    }

    /// Whether this buurt's site shows the article: municipality-wide or its own, in a known topic it does not hide.
    func isShown(_ article: ToolkitArticle, on buurt: String) -> Bool {
        Self.isShown(article, on: buurt, topicRank: topicRank, hidden: hidden)
    }

    static func isShown(
        _ article: ToolkitArticle, on buurt: String, topicRank: [String: Int], hidden: [String: Set<String>]
    ) -> Bool {
        (article.buurtSlug == nil || article.buurtSlug == buurt) && topicRank[article.topic] != nil
            && !(hidden[buurt]?.contains(article.topic) ?? false)
    }

    /// The articles this buurt's site shows: worked out when the library was made for the buurten it knows.
    func shown(on buurt: String) -> ShownArticles {
        shownByBuurt[buurt] ?? ShownArticles(all.filter { isShown($0, on: buurt) })
    }

    /// Reading order: by topic (as in site.yml), then `order` (articles without one last), then title, then file.
    static func readsBefore(_ a: ToolkitArticle, _ b: ToolkitArticle, topicRank: [String: Int]) -> Bool {
        let rankA = topicRank[a.topic] ?? Int.max, rankB = topicRank[b.topic] ?? Int.max
        if rankA != rankB { return rankA < rankB }
        if a.topic != b.topic { return a.topic < b.topic }
        let orderA = a.order ?? Int.max, orderB = b.order ?? Int.max
        if orderA != orderB { return orderA < orderB }
        let titleA = Slug.fold(a.title), titleB = Slug.fold(b.title)
        if titleA != titleB { return titleA < titleB }
        return a.sourcePath < b.sourcePath
    }
}

/// The articles one buurt's site shows, in reading order, and grouped the ways the queries look them up.
struct ShownArticles: Sendable {
    let articles: [ToolkitArticle]
    /// Topic slug → its shown articles, in reading order; only topics with at least one.
    let byTopic: [String: [ToolkitArticle]]
    /// Slug → the first shown article with it (slugs are unique on a site; a duplicate is reported elsewhere).
    let bySlug: [String: ToolkitArticle]

    init(_ articles: [ToolkitArticle]) {
        self.articles = articles
        byTopic = Dictionary(grouping: articles, by: \.topic)
        bySlug = Dictionary(articles.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
