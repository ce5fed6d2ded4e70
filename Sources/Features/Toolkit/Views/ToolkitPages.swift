import BuurtCore
import Markdown
import Model
import Site

/// A printable booklet of a buurt site's toolkit: all articles of one topic, or of the whole toolkit.
public struct ToolkitBooklet: Sendable, Hashable {
    /// The topic's title, or the toolkit's name for the whole toolkit.
    public let title: String
    /// Path of the booklet page inside the buurt site: "toolkit/ontmoeten/afdrukken/".
    public let urlPath: String
    /// Path of its PDF inside the buurt site (made with `buurtsite build --pdf`):
    /// "toolkit/ontmoeten/afdrukken/ontmoeten.pdf".
    public let pdfPath: String
}

/// The toolkit's pages, booklets and attachments, as files for the build to write in parallel.
struct ToolkitPages: Sendable {
    let site: SiteRenderer
    let library: ToolkitLibrary
    /// Link the PDF versions of the booklets (the build makes them with --pdf when Chromium is there).
    let pdfBooklets: Bool

    var content: SiteContent { site.content }
    var index: SiteIndex { site.index }
    var links: FeatureLinks { site.links }
    var markdown: MarkdownRenderer { site.markdown }
    var renderings: SharedRenderings { site.renderings }

    /// Every file of one buurt's toolkit: home, topic pages, article pages, booklets, copied attachments and images.
    /// A buurt site that shows no article has no toolkit: no files at all.
    func toolkitJobs(for buurt: Buurt) -> [RenderJob] {
        let site = ToolkitSite(library: library, buurt: buurt)
        guard !site.isEmpty else { return [] }
        // The articles' Markdown is rendered here, on all cores, rather than in the page jobs: this way the files it
        // uses are known before the jobs run, and its problems can be reported (see the last job).
        let files = MediaFiles()
        let rendered = site.articles.parallelMap { article in
            renderToolkitArticle(article, site: site, page: site.path(of: article), files: files).markdown
        }

        let name = site.settings.name
        let allArticles = site.articles.map(\.sourcePath)
        let pages = self, renderer = self.site
        var jobs: [RenderJob] = [
            .page(PageInfo(urlPath: site.homePath, kind: "toolkit-home", title: name), inputs: allArticles) {
                try pages.toolkitHome(site, buurt: buurt)
            },
            .page(
                PageInfo(urlPath: site.bookletPath(of: nil), kind: "toolkit-booklet", title: name), inputs: allArticles
            ) {
                try pages.toolkitBooklet(of: nil, site: site, buurt: buurt)
            },
        ]
        for section in site.sections {
            let topic = section.topic, articles = section.articles.map(\.sourcePath)
            // The topic itself: its title and description (its articles are items of their own).
            let topicContent = PageContent(
                body: topic.description ?? "", name: topic.title, summary: topic.description, section: name)
            jobs.append(
                .page(
                    PageInfo(
                        urlPath: site.path(of: topic), kind: "toolkit-topic", title: "\(topic.title) | \(name)",
                        content: { topicContent }),
                    inputs: articles
                ) {
                    try pages.toolkitTopic(section, site: site, buurt: buurt)
                })
            jobs.append(
                .page(
                    PageInfo(urlPath: site.bookletPath(of: topic), kind: "toolkit-booklet", title: topic.title),
                    inputs: articles
                ) {
                    try pages.toolkitBooklet(of: topic, site: site, buurt: buurt)
                })
        }
        var attachmentPaths: Set<String> = []
        for (article, markdown) in zip(site.articles, rendered) {
            let topic = site.section(of: article)?.topic.title ?? article.topic
            let info = PageInfo(
                urlPath: site.path(of: article), kind: "toolkit-article", title: article.title,
                content: {
                    renderer.pageContent(
                        of: article.body, before: [article.summary],
                        item: PageContent(
                            fields: ["topic": [topic]], summary: article.summary, section: name,
                            source: article.sourcePath, searchable: article.searchable))
                }, aliases: article.aliases)
            jobs.append(
                .page(info, inputs: [article.sourcePath] + article.attachments.map(\.file)) {
                    try pages.toolkitArticle(article, markdown: markdown, site: site, buurt: buurt)
                })
            for attachment in article.attachments {
                let path = site.path(of: article) + attachment.fileName
                guard attachmentPaths.insert(path).inserted else { continue }
                jobs.append(RenderJob(path: path, body: .copy(source: attachment.file), inputs: [attachment.file]))
            }
        }
        for file in files.all where !attachmentPaths.contains(file.sitePath) {
            jobs.append(RenderJob(path: file.sitePath, body: .copy(source: file.source), inputs: [file.source]))
        }
        let problems = rendered.flatMap(\.diagnostics)
        if !problems.isEmpty { jobs.append(.reporting(problems)) }
        return jobs
    }

    /// An article's Markdown as it appears on `page`: its own page, or with `booklet` the articles of the booklet
    /// it is part of. Files it uses are added to `files`. Rendered once for all pages and buurt sites where its
    /// links come out the same (see `SharedRenderings`).
    func renderToolkitArticle(
        _ article: ToolkitArticle, site: ToolkitSite, page: String, booklet: Set<String>? = nil,
        files: MediaFiles?
    ) -> SharedRendering {
        let resolver = ToolkitLinkResolver(
            article: article, site: site, page: page, bookletArticles: booklet ?? [],
            absoluteLinks: booklet != nil, index: index, links: links, root: content.root,
            files: files)
        return renderings.render(
            article.body, file: article.sourcePath, firstLine: article.bodyFirstLine,
            with: markdown, resolver: resolver)
    }

    // MARK: Pages

    /// /toolkit/: the introduction, every topic with its articles, the booklets.
    func toolkitHome(_ site: ToolkitSite, buurt: Buurt) throws(Diagnostic) -> String {
        let urlPath = site.homePath
        let link = Self.toolkitLinker(from: urlPath)
        let topics = site.sections.map { section -> [String: Any] in
            var topic = toolkitTopicValues(section.topic, site: site, link: link)
            topic["articles"] = section.articles.map { toolkitCard($0, site: site, link: link) }
            topic["has_articles"] = true
            return topic
        }
        let description =
            site.settings.intro?.nonEmpty
            ?? "Praktische artikelen voor actieve bewoners van \(buurt.config.name), per onderwerp. Ook om af te "
            + "drukken."
        var jsonLD = toolkitPageJSONLD(
            type: "CollectionPage", name: site.settings.name, description: description, urlPath: urlPath, buurt: buurt)
        jsonLD["hasPart"] = site.sections.map {
            [
                "@type": "CollectionPage", "name": $0.topic.title,
                "url": site.base + SitePath.encode(site.path(of: $0.topic)),
            ]
        }
        var toolkit = toolkitValues(site, link: link)
        toolkit["topics"] = topics
        toolkit["has_topics"] = !topics.isEmpty
        return try renderToolkitPage(
            "toolkit-home", title: site.settings.name, description: description, urlPath: urlPath,
            jsonLD: jsonLD, buurt: buurt, breadcrumbs: [],
            values: [
                "toolkit": toolkit,
                "print": printValues(
                    booklet: nil, site: site, link: link,
                    text:
                        "Wil je de artikelen lezen op papier, of ze uitdelen aan buren die niet vaak online zijn? "
                        + "Druk dan een boekje af.",
                    button: nil),
            ])
    }

    /// /toolkit/<topic>/: the topic's description and its articles.
    func toolkitTopic(_ section: ToolkitSite.Section, site: ToolkitSite, buurt: Buurt) throws(Diagnostic) -> String {
        let urlPath = site.path(of: section.topic)
        let link = Self.toolkitLinker(from: urlPath)
        var topic = toolkitTopicValues(section.topic, site: site, link: link)
        topic["articles"] = section.articles.map { toolkitCard($0, site: site, link: link) }
        topic["has_articles"] = !section.articles.isEmpty
        let description =
            section.topic.description?.nonEmpty
            ?? "Artikelen over \(section.topic.title) in de \(site.settings.name) van \(buurt.config.name)."
        var jsonLD = toolkitPageJSONLD(
            type: "CollectionPage", name: section.topic.title, description: description, urlPath: urlPath, buurt: buurt)
        jsonLD["hasPart"] = section.articles.map {
            ["@type": "Article", "headline": $0.title, "url": site.base + SitePath.encode(site.path(of: $0))]
        }
        return try renderToolkitPage(
            "toolkit-topic", title: "\(section.topic.title) | \(site.settings.name)", description: description,
            urlPath: urlPath, jsonLD: jsonLD, buurt: buurt,
            breadcrumbs: [(site.settings.name, site.homePath)],
            values: [
                "toolkit": toolkitValues(site, link: link),
                "topic": topic,
                "print": printValues(
                    booklet: section.topic, site: site, link: link,
                    text:
                        "Druk alle artikelen over dit onderwerp af als één boekje. Elk artikel begint op een nieuwe "
                        + "bladzijde.",
                    button: nil),
            ])
    }

    /// /toolkit/<topic>/<article>/: the article with its facts, table of contents, downloads and related articles.
    func toolkitArticle(_ article: ToolkitArticle, markdown: RenderedMarkdown, site: ToolkitSite, buurt: Buurt)
        throws(Diagnostic) -> String
    {
        let urlPath = site.path(of: article)
        let link = Self.toolkitLinker(from: urlPath)
        let topic = site.section(of: article)?.topic ?? library.topic(article.topic)
        var values = toolkitArticleValues(article, topic: topic, site: site, link: link)
        var tables = 0
        values["content"] =
            ToolkitHTML.tableCount(markdown.html) > 1
            ? ToolkitHTML.numberingTables(markdown.html, counter: &tables) : markdown.html
        values["attachments"] = article.attachments.map { attachment -> [String: Any] in
            var values = toolkitAttachmentValues(attachment, url: link(urlPath + attachment.fileName))
            values["address"] = site.base + SitePath.encode(urlPath + attachment.fileName)
            return values
        }
        let related = library.related(to: article, for: buurt.slug)
        values["related"] = related.map { toolkitCard($0, site: site, link: link) }
        values["has_related"] = !related.isEmpty
        let toc = markdown.headings.filter { (2...3).contains($0.level) }
        let hasTOC = toc.count >= 3
        values["has_toc"] = hasTOC
        var crumbs = [(site.settings.name, site.homePath)]
        if let topic { crumbs.append((topic.title, site.path(of: topic))) }
        return try renderToolkitPage(
            "toolkit-article", title: article.title, description: article.summary, urlPath: urlPath,
            jsonLD: toolkitArticleJSONLD(article, topic: topic, urlPath: urlPath, buurt: buurt),
            buurt: buurt, breadcrumbs: crumbs,
            values: [
                "toolkit": toolkitValues(site, link: link),
                "article": values,
                // The names the toc partial reads.
                "page": [
                    "title": article.title, "has_toc": hasTOC,
                    "toc": toc.map { ["id": $0.id, "text": $0.text, "level": $0.level] as [String: Any] },
                ] as [String: Any],
                "print": printValues(
                    booklet: topic, site: site, link: link,
                    text:
                        "Druk dit artikel af met de afdrukknop van je browser, of druk alle artikelen over "
                        + "\(topic?.title ?? "dit onderwerp") af als boekje.",
                    button: "Dit artikel afdrukken"),
            ])
    }

    // MARK: Shared parts

    /// Renders a toolkit page with the keys every buurt page has, the breadcrumbs and the page's own `values`.
    func renderToolkitPage(
        _ template: String, title: String, description: String, urlPath: String, jsonLD: [String: Any],
        buurt: Buurt, breadcrumbs: [(title: String, urlPath: String)],
        values: [String: Any]
    ) throws(Diagnostic) -> String {
        let link = Self.toolkitLinker(from: urlPath)
        let crumbs: [[String: Any]] = breadcrumbs.map { ["title": $0.title, "url": link($0.urlPath)] }
        return try site.renderBuurtPage(
            template, buurt: buurt, urlPath: urlPath, title: title, description: description,
            jsonLD: jsonLD,
            values: ["breadcrumbs": crumbs, "has_breadcrumbs": !crumbs.isEmpty].merging(values))
    }

    /// Relative links from the page at `from` to site paths.
    static func toolkitLinker(from urlPath: String) -> @Sendable (String) -> String {
        { target in ToolkitSite.relative(from: urlPath, to: SitePath.encode(target)) }
    }

    /// `toolkit`: what every toolkit page knows of the toolkit.
    func toolkitValues(_ site: ToolkitSite, link: (String) -> String) -> [String: Any] {
        var values: [String: Any] = [
            "name": site.settings.name,
            "url": link(site.homePath),
            "booklet_url": link(site.bookletPath(of: nil)),
        ]
        values["intro"] = site.settings.intro?.nonEmpty
        if pdfBooklets { values["booklet_pdf_url"] = link(site.pdfPath(of: nil)) }
        return values
    }

    func toolkitTopicValues(_ topic: ToolkitTopic, site: ToolkitSite, link: (String) -> String) -> [String: Any] {
        var values: [String: Any] = [
            "slug": topic.slug,
            "title": topic.title,
            "url": link(site.path(of: topic)),
            "booklet_url": link(site.bookletPath(of: topic)),
        ]
        values["description"] = topic.description?.nonEmpty
        if pdfBooklets { values["booklet_pdf_url"] = link(site.pdfPath(of: topic)) }
        return values
    }

    /// An article in a list: its title, summary and reading time.
    func toolkitCard(_ article: ToolkitArticle, site: ToolkitSite, link: (String) -> String) -> [String: Any] {
        var values: [String: Any] = [
            "title": article.title,
            "url": link(site.path(of: article)),
            "summary": article.summary,
            "reading_time": article.readingTimeText,
        ]
        values["audience"] = article.audience?.nonEmpty
        return values
    }

    /// An article's own facts, on its page and in booklets.
    func toolkitArticleValues(
        _ article: ToolkitArticle, topic: ToolkitTopic?, site: ToolkitSite, link: (String) -> String
    ) -> [String: Any] {
        var values: [String: Any] = [
            "slug": article.slug,
            "title": article.title,
            "summary": article.summary,
            "date": article.date.dutchText,
            "date_iso": article.date.description,
            "reading_time": article.readingTimeText,
            "reading_minutes": article.readingMinutes,
            "reading_duration": article.readingMinutes == 1 ? "1 minuut" : "\(article.readingMinutes) minuten",
            "has_attachments": !article.attachments.isEmpty,
        ]
        values["audience"] = article.audience?.nonEmpty
        values["author"] = article.author?.nonEmpty
        values["source"] = article.source?.nonEmpty
        values["source_url"] = article.sourceURL
        if let topic {
            values["topic_title"] = topic.title
            values["topic_url"] = link(site.path(of: topic))
            values["booklet_url"] = link(site.bookletPath(of: topic))
            if pdfBooklets { values["booklet_pdf_url"] = link(site.pdfPath(of: topic)) }
        }
        return values
    }

    func toolkitAttachmentValues(_ attachment: ToolkitAttachment, url: String) -> [String: Any] {
        [
            "title": attachment.title, "url": url, "file_name": attachment.fileName,
            "kind": attachment.kind, "size": attachment.size, "label": attachment.label,
        ]
    }

    /// `print`: the box that says how to print the page, with the booklet (and its PDF) to print instead.
    func printValues(
        booklet topic: ToolkitTopic?, site: ToolkitSite, link: (String) -> String, text: String, button: String?
    ) -> [String: Any] {
        var values: [String: Any] = [
            "text": text,
            "booklet_url": link(site.bookletPath(of: topic)),
            "booklet_title": topic.map { "Boekje: \($0.title)" } ?? "Boekje: de hele \(site.settings.name)",
            "has_links": true,
        ]
        values["button"] = button
        if pdfBooklets { values["pdf_url"] = link(site.pdfPath(of: topic)) }
        return values
    }

    // MARK: JSON-LD

    func toolkitPageJSONLD(type: String, name: String, description: String, urlPath: String, buurt: Buurt) -> [String:
        Any]
    {
        let base = buurt.config.baseURL.absolute
        return [
            "@type": type, "name": name, "description": description, "url": base + SitePath.encode(urlPath),
            "inLanguage": content.municipality.language,
            "isPartOf": ["@type": "WebSite", "name": buurt.config.name, "url": base],
        ]
    }

    /// schema.org `Article`: what search engines show, with the words and reading time.
    func toolkitArticleJSONLD(_ article: ToolkitArticle, topic: ToolkitTopic?, urlPath: String, buurt: Buurt)
        -> [String: Any]
    {
        let base = buurt.config.baseURL.absolute
        let platform: [String: Any] = ["@type": "Organization", "name": buurt.config.name, "url": base]
        var jsonLD: [String: Any] = [
            "@type": "Article",
            "headline": article.title,
            "description": article.summary,
            "datePublished": article.date.description,
            "dateModified": article.date.description,
            "inLanguage": content.municipality.language,
            "url": base + SitePath.encode(urlPath),
            "mainEntityOfPage": base + SitePath.encode(urlPath),
            "isPartOf": ["@type": "WebSite", "name": buurt.config.name, "url": base],
            "publisher": platform,
            "author": article.author?.nonEmpty.map { ["@type": "Organization", "name": $0] as [String: Any] }
                ?? platform,
            "wordCount": article.wordCount,
            "timeRequired": "PT\(article.readingMinutes)M",
        ]
        jsonLD["articleSection"] = topic?.title
        jsonLD["audience"] = article.audience?.nonEmpty.map { ["@type": "Audience", "audienceType": $0] }
        return jsonLD
    }
}
