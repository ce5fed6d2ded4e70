import BuurtCore
import Markdown
import Model
import Site

// The printable booklets: one page with a cover, a table of contents and every article, each on new paper.
extension ToolkitPages {
    /// /toolkit/afdrukken/ (`topic` nil: the whole toolkit) or /toolkit/<topic>/afdrukken/.
    func toolkitBooklet(of topic: ToolkitTopic?, site: ToolkitSite, buurt: Buurt) throws(Diagnostic) -> String {
        let urlPath = site.bookletPath(of: topic)
        let link = Self.toolkitLinker(from: urlPath)
        let sections = topic.map { topic in site.sections.filter { $0.topic.slug == topic.slug } } ?? site.sections
        let articles = sections.flatMap(\.articles)
        let inBooklet = Set(articles.map(\.slug))

        let rendered = articles.map {
            renderToolkitArticle($0, site: site, page: urlPath, booklet: inBooklet, files: nil)
        }
        let numberTables = rendered.reduce(0) { $0 + ToolkitHTML.tableCount($1.markdown.html) } > 1
        var tables = 0
        let entries = zip(articles, rendered).map { article, rendering -> [String: Any] in
            let articleTopic = site.section(of: article)?.topic
            // Made once per rendering, for every booklet that holds it: the prefix only depends on the article.
            let html = rendering.transformedHTML {
                ToolkitHTML.forBooklet($0, prefix: article.slug + "--", headingShift: 1)
            }
            let online = site.base + SitePath.encode(site.path(of: article))
            var values = toolkitArticleValues(article, topic: articleTopic, site: site, link: link)
            values["anchor"] = ToolkitLinkResolver.anchor(of: article.slug)
            values["content"] = numberTables ? ToolkitHTML.numberingTables(html, counter: &tables) : html
            values["online_url"] = online
            // On paper a link is only useful with its full address, so attachments get theirs.
            values["attachments"] = article.attachments.map {
                toolkitAttachmentValues($0, url: online + SitePath.encode($0.fileName))
            }
            return values
        }
        // The table of contents: one group per topic in the whole toolkit, one untitled group in a topic's booklet.
        let groups = sections.map { section -> [String: Any] in
            var group: [String: Any] = [
                "articles": section.articles.map {
                    ["title": $0.title, "anchor": ToolkitLinkResolver.anchor(of: $0.slug)]
                }
            ]
            if topic == nil { group["title"] = section.topic.title }
            return group
        }

        let title = topic?.title ?? site.settings.name
        var booklet: [String: Any] = [
            "title": title,
            "is_topic": topic != nil,
            "date": content.today.dutchText,
            "date_iso": content.today.description,
            "online_url": site.base + SitePath.encode(topic.map { site.path(of: $0) } ?? site.homePath),
            "articles": entries,
            "has_articles": !entries.isEmpty,
            "article_count": entries.count,
            "groups": groups,
        ]
        booklet["intro"] = (topic == nil ? site.settings.intro : topic?.description)?.nonEmpty
        if pdfBooklets { booklet["pdf_url"] = link(site.pdfPath(of: topic)) }

        var printBox: [String: Any] = [
            "text":
                "Dit boekje is gemaakt om af te drukken: elk artikel begint op een nieuwe bladzijde. Druk het af met "
                + "de afdrukknop van je browser.",
            "button": "Boekje afdrukken",
        ]
        printBox["pdf_url"] = booklet["pdf_url"]
        printBox["has_links"] = pdfBooklets

        let description =
            topic.map { "Alle artikelen over \($0.title) in één boekje, om af te drukken." }
            ?? "Alle artikelen van de \(site.settings.name) van \(buurt.config.name) in één boekje, om af te drukken."
        var jsonLD = toolkitPageJSONLD(
            type: "CollectionPage", name: title, description: description, urlPath: urlPath, buurt: buurt)
        jsonLD["hasPart"] = articles.map {
            ["@type": "Article", "headline": $0.title, "url": site.base + SitePath.encode(site.path(of: $0))]
        }
        var crumbs = [(site.settings.name, site.homePath)]
        if let topic { crumbs.append((topic.title, site.path(of: topic))) }
        return try renderToolkitPage(
            "toolkit-booklet", title: "\(title) (boekje om af te drukken)", description: description,
            urlPath: urlPath, jsonLD: jsonLD, buurt: buurt, breadcrumbs: crumbs,
            values: [
                "toolkit": toolkitValues(site, link: link),
                "booklet": booklet,
                "print": printBox,
            ])
    }
}
