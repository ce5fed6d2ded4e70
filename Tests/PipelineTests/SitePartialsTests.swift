import Foundation
import Pipeline
import Testing

/// The header, footer and buurtverbinders are rendered once per site, depth and menu state (docs/THEMES.md,
/// "Site partials"); every page must still get the variant that fits it.
@Suite struct SitePartialsTests {
    @Test func eachPageGetsTheMenuStateAndDepthOfItsOwn() throws {
        let site = try TestSite()
        site.write("content/buurten/noord/pages/agenda.md", "---\ntitle: Agenda\nmenu: true\n---\nWat er komt.")
        site.write("content/buurten/noord/pages/archief.md", "---\ntitle: Archief\n---\nWat er was.")
        site.write("content/buurten/noord/pages/agenda/zomer.md", "---\ntitle: Zomer\n---\nHet zomerfeest.")
        #expect(site.build().published)

        func menu(_ file: String) throws -> [String] {
            let html = try #require(site.read(file), "missing \(file)")
            let start = try #require(html.range(of: "<nav class=\"site-nav\""), "no menu in \(file)")
            let nav = String(html[start.lowerBound...]).components(separatedBy: "</nav>")[0]
            return nav.components(separatedBy: "<li").dropFirst().map { item in
                let href = item.range(of: "href=\"").map { item[$0.upperBound...].prefix { $0 != "\"" } } ?? ""
                let state =
                    item.contains("aria-current=\"page\"")
                    ? " (page)" : item.contains("aria-current=\"true\"") ? " (section)" : ""
                return String(href) + state
            }
        }
        #expect(try menu("noord/index.html") == ["./ (page)", "agenda/", "over/"])
        #expect(try menu("noord/agenda/index.html") == ["../", "../agenda/ (page)", "../over/"])
        #expect(try menu("noord/over/index.html") == ["../", "../agenda/", "../over/ (page)"])
        #expect(
            try menu("noord/archief/index.html") == ["../", "../agenda/", "../over/"],
            "a page outside the menu marks nothing")
        #expect(
            try menu("noord/agenda/zomer/index.html") == ["../../", "../../agenda/ (section)", "../../over/"],
            "a page below a menu item marks its section, with links from its own depth")
        let zomer = try #require(site.read("noord/agenda/zomer/index.html"))
        let stylesheet = try #require(site.asset("site.css", site: "noord/"))
        #expect(zomer.contains("href=\"../../\(stylesheet)\""), "the head's links start from the page's own depth")
        #expect(zomer.contains("an@example.org"), "the buurtverbinders are on every page")
    }

    @Test func aThemesOwnSitePartialsSeeTheSiteKeysButNoPageKeys() throws {
        let site = try TestSite()
        site.write(
            "site.yml",
            """
            name: Gemeente Testdorp
            cbs_code: GM9998
            theme: eigen
            base_url: https://www.testdorp.nl/buurten/
            """)
        site.write("themes/eigen/theme.yml", "name: Eigen\nextends: default\n")
        site.write(
            "themes/eigen/templates/header.mustache",
            "<header class=\"eigen\">{{#buurt}}{{.name}}{{/buurt}} [{{#page}}{{.title}}{{/page}}] {{root}}</header>")
        #expect(site.build().published)
        let over = try #require(site.read("noord/over/index.html"))
        #expect(over.contains("<header class=\"eigen\">Noord Samen [] ../</header>"))
        #expect(over.contains("<h1>Over Noord</h1>"), "the page itself still has its own keys")
        let portal = try #require(site.read("privacy/index.html"))
        #expect(portal.contains("<header class=\"eigen\"> [] ../</header>"), "the portal has no buurt")
    }
}
