import BuurtCore
import Foundation
import Testing

/// Stylesheets, scripts and images of the theme are named after their content, so that a host may let browsers keep
/// them for a year: a changed file gets a new name, and every page names the new one.
@Suite struct HashedAssetsTests {
    @Test func everyAssetIsNamedAfterItsContentAndPagesNameIt() throws {
        let site = try TestSite()
        #expect(site.build().published)
        let path = try #require(site.asset("site.css", site: "noord/"))
        let bytes = try Data(contentsOf: site.output.appendingPathComponent("noord/" + path))
        #expect(path == "assets/site.\(ContentHash.hex8(bytes)).css")
        #expect(site.read("noord/assets/site.css") == nil, "no file under its plain name")
        let page = try #require(site.read("noord/over/index.html"))
        #expect(page.contains("<link rel=\"stylesheet\" href=\"../\(path)\">"))
        let notFound = try #require(site.read("noord/404.html"))
        #expect(notFound.contains("href=\"/buurten/noord/\(path)\""))
        let script = try #require(site.asset("search/dutch-text.js", site: "noord/"))
        #expect(script.hasPrefix("assets/search/dutch-text.") && script.hasSuffix(".js"))
    }

    @Test func aChangedStylesheetGetsANewNameAndTheOldOneGoes() throws {
        let site = try TestSite()
        #expect(site.build().published)
        let before = try #require(site.asset("site.css", site: "noord/"))
        let favicon = try #require(site.asset("favicon.svg", site: "noord/"))
        site.write("themes/default/assets/site.css", "body { color: black; }")
        #expect(site.build().published)
        let after = try #require(site.asset("site.css", site: "noord/"))
        #expect(after != before)
        #expect(site.read("noord/" + before) == nil)
        let page = try #require(site.read("noord/over/index.html"))
        #expect(page.contains("href=\"../\(after)\""))
        #expect(site.asset("favicon.svg", site: "noord/") == favicon, "an unchanged file keeps its name")
    }

    @Test func aBuurtWithItsOwnColoursHasItsOwnTokens() throws {
        let site = try TestSite()
        site.write(
            "content/buurten/zuid/buurt.yml",
            """
            name: Zuid
            tagline: Buren in Zuid
            base_url: https://www.testdorp.nl/buurten/zuid/
            theme:
              tokens:
                basis.color.accent-1.bg-default: "#8a3a14"
            """)
        #expect(site.build().published)
        let portal = try #require(site.asset("tokens.css"))
        #expect(site.asset("tokens.css", site: "noord/") == portal, "a buurt without overrides has the portal's")
        let zuid = try #require(site.asset("tokens.css", site: "zuid/"))
        #expect(zuid != portal)
        let css = try #require(site.read("zuid/" + zuid)), home = try #require(site.read("zuid/index.html"))
        #expect(css.contains("#8a3a14"))
        #expect(home.contains("href=\"\(zuid)\""))
    }
}
