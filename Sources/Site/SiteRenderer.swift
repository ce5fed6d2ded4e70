import BuurtCore
import Foundation
import Markdown
import Model
import Theme
import YAML

/// Renders the pages of every buurt site and the municipality's portal with the theme's templates.
/// Stateless: each call is independent, so pages render in parallel.
public struct SiteRenderer: Sendable {
    public let content: SiteContent
    public let theme: Theme
    /// The features' models, in the order they are registered: their sections come first in menus.
    public let features: [any FeatureModel]
    public let index: SiteIndex
    /// Where the features' items and home pages are on each site, for links in Markdown.
    public let links: FeatureLinks
    public let markdown: MarkdownRenderer
    let buurten: [String: BuurtContext]
    /// Markdown shown on several sites (a feature's items on every buurt site that shows them), rendered once
    /// where it comes out the same.
    public let renderings = SharedRenderings()
    /// The site keys and site partials (head, header, footer, buurtverbinders) of each site variant, made once
    /// rather than per page.
    let chrome: SiteChrome

    /// `assets`: the files of every site's `assets/` folder, named after their content; by default the theme's
    /// and `tokens.css` of every buurt (problems with them are then not reported).
    public init(content: SiteContent, theme: Theme, features: [any FeatureModel] = [], assets: SiteAssets? = nil) {
        self.content = content
        self.theme = theme
        self.features = features
        chrome = SiteChrome(theme: theme)
        self.assets =
            assets
            ?? SiteAssets(theme: theme, content: content, buurten: content.buurten, diagnostics: DiagnosticCollector())
        index = SiteIndex(content: content)
        links = FeatureLinks(features: features, buurten: content.buurten)
        markdown = MarkdownRenderer(options: MarkdownOptions(allowRawHTML: content.municipality.markdown.unsafeHTML))
        buurten = Dictionary(
            uniqueKeysWithValues: content.buurten.map {
                ($0.slug, BuurtContext($0, content: content, features: features))
            })
    }

    var context: TemplateContext {
        TemplateContext(content: content, chrome: chrome, features: features, assets: assets)
    }
    /// Every file of each site's `assets/` folder, with the name templates use for it.
    public let assets: SiteAssets

    /// Renders a page of a buurt site with `template`: the keys every page of the site has (docs/THEMES.md),
    /// the page's title, description, canonical address and JSON-LD, then the page's own `values`.
    /// `title` is the page's own; the site's name is added to it.
    public func renderBuurtPage(
        _ template: String, buurt: Buurt, urlPath: String, title: String, description: String,
        jsonLD: [String: Any], values: [String: Any]
    ) throws(Diagnostic) -> String {
        let shared = buurten[buurt.slug] ?? BuurtContext(buurt, content: content, features: features)
        let canonical = buurt.config.baseURL.absolute + SitePath.encode(urlPath)
        let data = try context.buurt(shared, urlPath: urlPath)
            .merging(
                context.common(
                    title: "\(title) | \(buurt.config.name)", description: description,
                    canonical: canonical, jsonLD: jsonLD)
            )
            .merging(values)
        return try theme.render(template, data)
    }

    /// Renders a page of the portal with `template`: the keys every page of the portal has (docs/THEMES.md), the
    /// page's title, description, canonical address and JSON-LD, then the page's own `values`. `title` is the
    /// page's own; the municipality's name is added to it.
    public func renderPortalPage(
        _ template: String, urlPath: String, title: String, description: String, jsonLD: [String: Any],
        values: [String: Any]
    ) throws(Diagnostic) -> String {
        let municipality = content.municipality
        let canonical = municipality.baseURL.absolute + SitePath.encode(urlPath)
        let data = try context.portal(urlPath: urlPath)
            .merging(
                context.common(
                    title: "\(title) | \(municipality.name)", description: description, canonical: canonical,
                    jsonLD: jsonLD)
            )
            .merging(values)
        return try theme.render(template, data)
    }

    /// The page's Markdown as HTML, its links resolved; files it uses are added to `media`.
    /// `text`: the texts to collect besides the summary a page without description needs (`.plainText` when a
    /// collector reads the pages' words).
    public func renderMarkdown(_ page: Page, media: MediaFiles, text: TextParts = []) -> RenderedMarkdown {
        let resolver = PageLinkResolver(page: page, index: index, links: links, root: content.root, media: media)
        // Read again since the page was loaded: a file that went missing or broke since then is reported.
        let body: String
        do throws(Diagnostic) { body = try page.body(in: content.root) } catch {
            return RenderedMarkdown(html: "", headings: [], plainText: "", diagnostics: [error])
        }
        // The summary stands in for a missing description.
        return markdown.render(
            body, file: page.sourcePath, firstLine: page.bodyFirstLine, resolver: resolver,
            text: page.frontMatter.description == nil ? text.union(.summary) : text)
    }

    /// A content page of a buurt site (its own or a municipality-wide one), or, with `buurt` nil,
    /// a municipality-wide page of the portal, which needs its own privacy and accessibility statements.
    public func page(_ page: Page, markdown: RenderedMarkdown, in buurt: Buurt?) throws(Diagnostic) -> String {
        let front = page.frontMatter
        let siteName = buurt?.config.name ?? content.municipality.name
        let base = (buurt?.config.baseURL ?? content.municipality.baseURL).absolute
        let canonical = base + SitePath.encode(page.urlPath)
        let description = front.description ?? markdown.summary()
        var jsonLD: [String: Any] = [
            "@type": "WebPage", "name": front.title, "url": canonical, "inLanguage": content.municipality.language,
            "isPartOf": ["@type": "WebSite", "name": siteName, "url": base],
        ]
        if !description.isEmpty { jsonLD["description"] = description }
        let toc = markdown.headings.filter { (2...3).contains($0.level) }
        var values: [String: Any] = [
            "title": TemplateText(front.title),
            "content": TemplateText(markdown.html),
            "toc": toc.map {
                ["id": TemplateText($0.id), "text": TemplateText($0.text), "level": $0.level] as [String: Any]
            },
            "has_toc": front.toc && toc.count >= 2,
            "shared": page.owner == .municipality,
        ]
        if let updated = front.updated {
            values["updated"] = TemplateText(updated.dutchText)
            values["updated_iso"] = TemplateText(updated.description)
            jsonLD["dateModified"] = updated.description
        }
        for feature in features where feature.hasContent {
            values.merge(feature.pageKeys(for: page, in: buurt, self)) { _, new in new }
        }
        let site =
            if let buurt { try context.buurt(buurten[buurt.slug]!, urlPath: page.urlPath) } else {
                try context.portal(urlPath: page.urlPath)
            }
        let data =
            site
            .merging(
                context.common(
                    title: "\(front.title) | \(siteName)", description: description, canonical: canonical,
                    jsonLD: jsonLD)
            )
            .merging(["page": values])
        return try theme.render("page", data)
    }

    /// The platform's home page: who the buurtverbinders are and every page of the platform.
    public func home(_ buurt: Buurt) throws(Diagnostic) -> String {
        let config = buurt.config
        let base = config.baseURL.absolute
        let jsonLD: [String: Any] = [
            "@type": "WebSite", "name": config.name, "url": base, "description": config.description ?? config.tagline,
            "inLanguage": content.municipality.language,
            "publisher": ["@type": "GovernmentOrganization", "name": content.municipality.name],
        ]
        let pages = TemplateContext.inListOrder(buurt.pages).map { page -> [String: Any] in
            var entry: [String: Any] = [
                "title": TemplateText(page.frontMatter.title), "url": TemplateText(SitePath.encode(page.urlPath)),
            ]
            entry["description"] = page.frontMatter.description?.nonEmpty.map(TemplateText.init)
            return entry
        }
        let features = buurten[buurt.slug]!.sections.map { feature -> [String: Any] in
            var entry: [String: Any] = [
                "name": feature.name, "url": SitePath.encode(feature.urlPath), "count": feature.count,
            ]
            entry["intro"] = feature.intro?.nonEmpty
            return entry
        }
        var data = try context.buurt(buurten[buurt.slug]!, urlPath: "")
            .merging(
                context.common(
                    title: "\(config.name): \(config.tagline)", description: config.description ?? config.tagline,
                    canonical: base, jsonLD: jsonLD)
            )
            .merging([
                "pages": pages, "has_pages": !pages.isEmpty, "features": features, "has_features": !features.isEmpty,
            ])
        for feature in self.features where feature.hasContent {
            data.merge(feature.homeKeys(for: buurt, self)) { _, new in new }
        }
        return try theme.render("home", data)
    }

    /// The not-found page. Hosts serve it at any depth, so its links start from the site's own path;
    /// it has no canonical address of its own.
    /// The page a host shows for a missing address of a buurt's site, or of the portal (`buurt` nil).
    public func notFound(_ buurt: Buurt?) throws(Diagnostic) -> String {
        // The root comes from the site's own path (rootPrefix), which the site keys carry.
        let site: [String: Any]
        if let buurt {
            site = try context.buurt(buurten[buurt.slug]!, urlPath: "404.html", rootPrefix: buurt.config.baseURL.path)
        } else {
            site = try context.portal(urlPath: "404.html", rootPrefix: content.municipality.baseURL.path)
        }
        let data = site.merging(
            context.common(
                title: "Pagina niet gevonden | \(buurt?.config.name ?? content.municipality.name)",
                description: "Deze pagina bestaat niet (meer).", canonical: "",
                jsonLD: ["@type": "WebPage", "name": "Pagina niet gevonden"]))
        return try theme.render("404", data)
    }

    /// The municipality's portal: every buurt platform with its name and address.
    public func portal() throws(Diagnostic) -> String {
        let municipality = content.municipality
        let base = municipality.baseURL.absolute
        let buurten = content.buurten
            .sorted { Slug.fold($0.config.name) < Slug.fold($1.config.name) }
            .map { buurt -> [String: Any] in
                let address = buurt.config.baseURL.absolute
                // A platform published in its folder under the portal is linked relatively, so a preview works too.
                let url = address == base + buurt.slug + "/" ? buurt.slug + "/" : address
                var entry: [String: Any] = ["name": buurt.config.name, "url": url]
                entry["tagline"] = buurt.config.tagline.nonEmpty
                entry["description"] = buurt.config.description?.nonEmpty
                return entry
            }
        var data = try context.portal(urlPath: "")
            .merging(
                context.common(
                    title: "Buurtplatforms | \(municipality.name)",
                    description: municipality.portalIntro ?? "Alle buurtplatforms van \(municipality.name).",
                    canonical: base,
                    jsonLD: [
                        "@type": "WebSite", "name": "Buurtplatforms van \(municipality.name)", "url": base,
                        "publisher": ["@type": "GovernmentOrganization", "name": municipality.name],
                    ])
            )
            .merging(["buurten": buurten, "has_buurten": !buurten.isEmpty])
        for feature in features where feature.hasContent { data.merge(feature.portalKeys(self)) { _, new in new } }
        data["portal_intro"] = municipality.portalIntro?.nonEmpty
        return try theme.render("portal", data)
    }
}
