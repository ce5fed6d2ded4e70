import Foundation
import Testing

/// The search as a built site shows it: a search page on every buurt site and the portal, a form in every header,
/// the index beside it, `search: false`, and `search.enabled: false`.
@Suite struct SearchPagesTests {
    func site() throws -> TestSite {
        let site = try TestSite()
        site.write(
            "content/buurten/noord/pages/geheim.md",
            """
            ---
            title: Alleen via de link
            search: false
            ---
            Deze pagina is niet te vinden met zoeken.
            """)
        return site
    }

    @Test func everySiteHasASearchPageAndEveryHeaderAForm() throws {
        let site = try site()
        let report = site.build(strict: true)
        #expect(report.published, "\(report.errorLines)")
        let page = try #require(site.read("noord/zoeken/index.html"))
        #expect(page.contains("data-search-index=\"index/index."))
        #expect(page.contains(#"<a href="../over/">Over Noord</a>"#), "the list without JavaScript")
        #expect(!page.contains("Alleen via de link"), "search: false leaves a page out")
        #expect(site.read("zoeken/index.html")?.contains("Zoeken op alle buurtplatforms") == true, "the portal's")
        let over = try #require(site.read("noord/over/index.html"))
        #expect(over.contains(#"<form class="site-search" action="../zoeken/" method="get" role="search""#))
        #expect(over.contains(#"name="q""#) && !over.contains("autofocus"))
        let index = try FileManager.default.contentsOfDirectory(
            atPath: site.output.appendingPathComponent("noord/zoeken/index").path)
        #expect(index.contains { $0.hasPrefix("index.") } && index.contains { $0.hasPrefix("t0.") })
    }

    /// The list's markup is the theme's: its `search-all-item` partial, or a loop over `items` of its own.
    @Test func aThemeShapesTheListWithoutJavaScript() throws {
        let site = try site()
        site.write(
            "themes/default/templates/search-all-item.mustache",
            "<li class=\"eigen\">{{title}} <a href=\"{{url}}\">lees</a>{{{platforms}}}</li>\n")
        #expect(site.build(strict: true).published)
        let page = try #require(site.read("noord/zoeken/index.html"))
        #expect(page.contains("<ul class=\"search-all__list\">\n<li class=\"eigen\">"))
        #expect(page.contains(#"<li class="eigen">Over Noord <a href="../over/">lees</a></li>"#))
        let portal = try #require(site.read("zoeken/index.html"))
        #expect(portal.contains(#"<li class="eigen">Over Noord <a href="../noord/over/">lees</a>"#), "with its site")

        site.write(
            "themes/default/templates/search.mustache",
            "{{#search_page}}{{#.groups}}{{#.items}}<p>{{.title}} {{.url}}</p>\n{{/.items}}{{/.groups}}{{/search_page}}"
        )
        #expect(site.build(strict: true).published)
        #expect(site.read("noord/zoeken/index.html")?.contains("<p>Over Noord ../over/</p>\n") == true)
    }

    @Test func searchCanBeSwitchedOff() throws {
        let site = try site()
        site.writeSiteConfig("search:\n  enabled: false")
        #expect(site.build(strict: true).published)
        #expect(site.read("noord/zoeken/index.html") == nil && site.read("zoeken/index.html") == nil)
        #expect(site.read("noord/over/index.html")?.contains("site-search") == false)
    }

    @Test func theSegmentIsChosenAndCheckedInSiteYml() throws {
        let site = try site()
        site.writeSiteConfig("search:\n  segment: vinden")
        #expect(site.build(strict: true).published)
        #expect(site.read("noord/vinden/index.html") != nil)
        site.writeSiteConfig("search:\n  segment: Zoek Hier")
        let report = site.build()
        #expect(!report.published)
        #expect(report.errorLines.contains { $0.hasPrefix("site.yml:6:") && $0.contains("'Zoek Hier'") })
    }

    @Test func aPageCannotTakeTheSearchPagesFolder() throws {
        let site = try site()
        site.write("content/buurten/noord/pages/zoeken.md", "---\ntitle: Zoeken\n---\nHier.")
        let report = site.build()
        #expect(!report.published)
        #expect(report.errorLines.contains { $0.contains("zoeken") })
    }

    @Test func theIndexIsTheSameForTheSameContent() throws {
        let site = try site()
        #expect(site.build().published)
        let first = site.snapshot().filter { $0.key.contains("zoeken/") }
        #expect(site.build().published)
        #expect(site.snapshot().filter { $0.key.contains("zoeken/") } == first)
    }
}
