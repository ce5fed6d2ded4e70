import BuurtCore
import Markdown
import Model
import Theme
import YAML

/// The values templates see, as documented in docs/THEMES.md: dictionaries and arrays of text
/// (`TemplateText`, which Mustache reads fastest), flags and numbers, one table theme makers can look up.
public struct TemplateContext {
    /// The key of an asset in `asset`: "site.css" → `site_css`, "js/filter.js" → `js_filter_js`.
    static func assetKey(_ path: String) -> String {
        String(path.map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }

    let content: SiteContent
    /// Keeps the site keys and partials of each site variant.
    let chrome: SiteChrome
    /// Features add keys of their own to every page of a site (`FeatureModel.siteKeys`).
    let features: [any FeatureModel]
    /// The files of every site's `assets/` folder (the theme's and `tokens.css`), named after their content;
    /// templates use them by the key of their name: "site.css" → `site_css`.
    let assets: SiteAssets

    /// The page's own keys, which every template gets besides those of its site (`buurt` or `portal`).
    func common(title: String, description: String, canonical: String, jsonLD: [String: Any]) -> [String: Any] {
        var values: [String: Any] = ["title": TemplateText(title), "json_ld": TemplateText(JSONLD.script(jsonLD))]
        values["description"] = description.nonEmpty.map(TemplateText.init)
        values["canonical"] = canonical.nonEmpty.map(TemplateText.init)
        return values
    }

    /// Keys of every page of a buurt site: the shared keys, navigation relative to `urlPath` and the site partials.
    func buurt(_ buurt: BuurtContext, urlPath: String, rootPrefix: String? = nil) throws(Diagnostic) -> [String: Any] {
        let prefix = rootPrefix ?? SitePath.rootPrefix(from: urlPath)
        return try siteValues(site: buurt.slug, root: prefix, state: Self.menuState(buurt.menu, urlPath: urlPath)) {
            let link = Self.linker(prefix: prefix)
            var values = buurt.values
            values["home_url"] = TemplateText(link(""))
            if let logo = buurt.logoPath { values["logo_url"] = TemplateText(link(logo)) }
            var nav = Self.navigation(
                home: "Home", menu: buurt.menu, footer: buurt.footer, urlPath: urlPath, link: link)
            nav["buurt"] = values
            return featureKeys(for: .buurt(buurt.buurt), link: link).merging(nav)
        }
    }

    /// Keys of every page of the portal: the shared keys, its navigation (its home and the municipality-wide
    /// pages it carries) and the site partials.
    func portal(urlPath: String, rootPrefix: String? = nil) throws(Diagnostic) -> [String: Any] {
        let shared = Self.inListOrder(content.sharedPages)
        let menu = shared.filter(\.frontMatter.menu).map { (title: $0.frontMatter.title, urlPath: $0.urlPath) }
        let prefix = rootPrefix ?? SitePath.rootPrefix(from: urlPath)
        return try siteValues(site: "", root: prefix, state: Self.menuState(menu, urlPath: urlPath)) {
            let link = Self.linker(prefix: prefix)
            return featureKeys(for: .portal, link: link).merging(
                Self.navigation(
                    home: "Alle buurten", menu: menu, footer: shared.map { ($0.frontMatter.title, $0.urlPath) },
                    urlPath: urlPath, link: link))
        }
    }

    /// What the features add to every page of a site (a search form in the header).
    private func featureKeys(for site: SiteScope, link: (String) -> String) -> [String: Any] {
        var keys: [String: Any] = [:]
        for feature in features where feature.hasContent {
            keys.merge(feature.siteKeys(for: site, link: link)) { _, new in new }
        }
        return keys
    }

    /// The keys every page of one site shares at one depth (`root`) and menu state: `siteKeys` with `lang`,
    /// `root`, `site`, `generator`, `asset` (the address of each asset from this page: `{{asset.site_css}}`, whose
    /// file name has its content's hash: `assets/site.3f9a2c1e.css`) and the site partials.
    /// Made once per such variant (SiteChrome), since a site may have thousands of pages that all get the same.
    private func siteValues(site: String, root: String, state: String, _ siteKeys: () -> [String: Any])
        throws(Diagnostic) -> [String: Any]
    {
        try chrome.values(variant: site + "\u{0}" + root + "\u{0}" + state) {
            siteKeys().merging([
                "lang": TemplateText(content.municipality.language),
                "root": TemplateText(root),
                "site": [
                    "name": TemplateText(content.municipality.name),
                    "base_url": TemplateText(content.municipality.baseURL.absolute),
                ] as [String: Any],
                "generator": TemplateText("buurtsite"),
                "asset": Dictionary(
                    uniqueKeysWithValues: assets.files(ofSite: site).map {
                        (Self.assetKey($0.name), TemplateText(root + $0.path))
                    }),
            ])
        }
    }

    /// Which item of the menu (after the home link) is the current page ("c"), which the section the page is in ("s").
    private static func menuState(_ menu: [(title: String, urlPath: String)], urlPath: String) -> String {
        var state = urlPath == "" ? "c" : "-"
        for item in menu {
            state += item.urlPath == urlPath ? "c" : urlPath.hasPrefix(item.urlPath) ? "s" : "-"
        }
        return state
    }

    /// Relative links from a page whose way back to the site root is `prefix`.
    private static func linker(prefix: String) -> (String) -> String {
        { target in
            let url = prefix + SitePath.encode(target)
            return url.isEmpty ? "./" : url
        }
    }

    /// `nav` (the home link, then the menu pages, the current one marked) and `footer_links`, with their flags.
    private static func navigation(
        home: String, menu: [(title: String, urlPath: String)], footer: [(title: String, urlPath: String)],
        urlPath: String, link: (String) -> String
    ) -> [String: Any] {
        // `current`: the page itself; `in_section`: a page below a menu item (an item of a feature).
        let nav: [[String: Any]] =
            [
                [
                    "title": TemplateText(home), "url": TemplateText(link("")), "current": urlPath == "",
                    "in_section": false,
                ]
            ]
            + menu.map { item in
                [
                    "title": TemplateText(item.title), "url": TemplateText(link(item.urlPath)),
                    "current": item.urlPath == urlPath,
                    "in_section": item.urlPath != urlPath && urlPath.hasPrefix(item.urlPath),
                ]
            }
        let footerLinks: [[String: Any]] = footer.map {
            ["title": TemplateText($0.title), "url": TemplateText(link($0.urlPath))]
        }
        return [
            "nav": nav, "has_nav": !nav.isEmpty, "footer_links": footerLinks, "has_footer_links": !footerLinks.isEmpty,
        ]
    }

    /// Lists and menus: by `order`, then by title as a Dutch reader expects (case and accents ignored).
    /// Each title is folded once, not in every comparison: a buurt may have thousands of pages.
    public static func inListOrder(_ pages: [Page]) -> [Page] {
        pages.map { (page: $0, title: Slug.fold($0.frontMatter.title)) }
            .sorted { a, b in
                let (fa, fb) = (a.page.frontMatter, b.page.frontMatter)
                if fa.order != fb.order { return fa.order < fb.order }
                return a.title != b.title ? a.title < b.title : a.page.urlPath < b.page.urlPath
            }
            .map(\.page)
    }

    /// "06 12345678" → "tel:0612345678"
    public static func telephoneLink(_ phone: String) -> String {
        "tel:" + phone.filter { $0.isNumber || $0 == "+" }
    }
}

/// What every page of one buurt site shares, worked out once per buurt rather than once per page.
struct BuurtContext: @unchecked Sendable {
    let buurt: Buurt
    var slug: String { buurt.slug }
    let values: [String: Any]
    let logoPath: String?
    let menu: [(title: String, urlPath: String)]
    let footer: [(title: String, urlPath: String)]
    /// The sections of this buurt site beside its pages: one per feature that has something here.
    let sections: [SiteSection]

    init(_ buurt: Buurt, content: SiteContent, features: [any FeatureModel]) {
        self.buurt = buurt
        let config = buurt.config
        var values: [String: Any] = [
            "name": TemplateText(config.name),
            "connectors": config.connectors.map { connector -> [String: Any] in
                var entry: [String: Any] = ["name": TemplateText(connector.name)]
                entry["role"] = connector.role?.nonEmpty.map(TemplateText.init)
                entry["email"] = connector.email?.nonEmpty.map(TemplateText.init)
                entry["phone"] = connector.phone?.nonEmpty.map(TemplateText.init)
                entry["phone_link"] = connector.phone?.nonEmpty.map { TemplateText(TemplateContext.telephoneLink($0)) }
                return entry
            },
            "has_connectors": !config.connectors.isEmpty,
        ]
        values["tagline"] = config.tagline.nonEmpty.map(TemplateText.init)
        values["description"] = config.description?.nonEmpty.map(TemplateText.init)
        self.values = values
        logoPath = config.theme?.logo.flatMap { content.root.normalise(buurt.folder + "/" + $0) }
            .flatMap { MediaFiles.sitePath(for: $0, owner: .buurt(slug: buurt.slug)) }
        // The features come first in the menu, in the order they are registered, when they have something here.
        sections = features.filter(\.hasContent).compactMap { $0.section(for: buurt) }
        menu =
            sections.map { ($0.name, $0.urlPath) }
            + TemplateContext.inListOrder((buurt.pages + content.sharedPages).filter(\.frontMatter.menu))
            .map { ($0.frontMatter.title, $0.urlPath) }
        footer = TemplateContext.inListOrder(content.sharedPages).map { ($0.frontMatter.title, $0.urlPath) }
    }
}

extension Dictionary where Key == String, Value == Any {
    /// The keys of both, those of `other` winning: how a page's values are laid over its site's.
    public func merging(_ other: [String: Any]) -> [String: Any] {
        merging(other) { _, new in new }
    }
}

extension String {
    /// The text, or nil when it is empty or only spaces: templates never see an empty optional value,
    /// so `{{#x}}…{{/x}}` is all they need to leave it out.
    public var nonEmpty: String? {
        allSatisfy(\.isWhitespace) ? nil : self
    }
}
