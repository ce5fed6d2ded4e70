import BuurtCore
import Foundation
import Markdown
import Model
import Site
import Testing

/// What the site core renders, without a whole build: menus with the features' sections, a feature's keys in
/// every page's header, a feature's page with the site's keys.
@Suite struct SiteRendererTests {
    /// A feature model made up for these tests: a section on every buurt site, and a search form in the header.
    struct StubFeature: FeatureModel {
        var name = "Zoeken"
        var segment = "zoeken"
        var hasContent = true

        func section(for buurt: Buurt) -> SiteSection? {
            SiteSection(name: name, urlPath: segment + "/", intro: "Vind alles in \(buurt.config.name).", count: 3)
        }

        func siteKeys(for site: SiteScope, link: (String) -> String) -> [String: Any] {
            ["search": ["url": link(segment + "/")]]
        }
    }

    func buurt(_ renderer: SiteRenderer) throws -> Buurt {
        try #require(renderer.content.buurten.first)
    }

    @Test func featureSectionsComeFirstInTheMenuInTheOrderTheyAreRegistered() throws {
        let fixture = try SiteFixture()
        let renderer = try fixture.renderer(features: [
            StubFeature(name: "Wegwijzer", segment: "wegwijzer"), StubFeature(),
        ])
        let noord = try buurt(renderer)
        let html = try renderer.home(noord)
        let wegwijzer = try #require(html.range(of: "href=\"wegwijzer/\""))
        let zoeken = try #require(html.range(of: "href=\"zoeken/\""))
        let over = try #require(html.range(of: "href=\"over/\""))
        #expect(wegwijzer.lowerBound < zoeken.lowerBound && zoeken.lowerBound < over.lowerBound)
        #expect(html.contains("Vind alles in Noord Samen."), "the home page shows the feature's card")
    }

    @Test func aFeatureWithoutContentAddsNoMenuEntry() throws {
        let fixture = try SiteFixture()
        let renderer = try fixture.renderer(features: [StubFeature(hasContent: false)])
        let html = try renderer.home(try buurt(renderer))
        #expect(!html.contains("zoeken/"))
    }

    @Test func aFeaturesSiteKeysReachTheHeaderOfEveryPageAtItsDepth() throws {
        let fixture = try SiteFixture([
            "themes/eigen/theme.yml": "name: Eigen\nextends: default",
            "themes/eigen/templates/header.mustache":
                "<header>{{#search}}<form action=\"{{url}}\" role=\"search\"></form>{{/search}}</header>",
            "site.yml":
                "name: Gemeente Testdorp\ncbs_code: GM9998\ntheme: eigen\nbase_url: https://www.testdorp.nl/buurten/",
        ])
        let renderer = try fixture.renderer(features: [StubFeature()])
        let noord = try buurt(renderer)
        #expect(try renderer.home(noord).contains("<form action=\"zoeken/\" role=\"search\">"))
        let over = try #require(noord.pages.first { $0.urlPath == "over/" })
        let page = try renderer.page(over, markdown: renderer.renderMarkdown(over, media: MediaFiles()), in: noord)
        #expect(page.contains("<form action=\"../zoeken/\" role=\"search\">"))
        #expect(try renderer.portal().contains("<form action=\"zoeken/\" role=\"search\">"), "the portal too")
    }

    @Test func aFeaturesPageGetsTheSitesKeysTitleAndCanonicalAddress() throws {
        let fixture = try SiteFixture()
        let renderer = try fixture.renderer()
        let html = try renderer.renderBuurtPage(
            "page", buurt: try buurt(renderer), urlPath: "hallo/wereld/", title: "Hallo", description: "Een groet.",
            jsonLD: ["@type": "WebPage"], values: ["page": ["title": "Hallo", "content": "<p>Dag!</p>"]])
        #expect(html.contains("<title>Hallo | Noord Samen</title>"))
        #expect(html.contains("<link rel=\"canonical\" href=\"https://www.testdorp.nl/buurten/noord/hallo/wereld/\">"))
        #expect(html.contains("<p>Dag!</p>"))
        #expect(html.contains("href=\"../../over/\""), "the menu links from the page's depth")
    }

    @Test func pageTextHasTheWordsAndHeadingsWithoutMarkup() throws {
        let renderer = try SiteFixture().renderer()
        let text = renderer.pageContent(
            of: "## Openingstijden\n\nElke **dinsdag** in [het buurthuis](buurthuis.md).",
            before: ["Samen repareren."])
        #expect(text.headings == ["Openingstijden"])
        #expect(text.body.hasPrefix("Samen repareren.\n"))
        #expect(text.body.contains("Elke dinsdag in het buurthuis."))
        #expect(!text.body.contains("**") && !text.body.contains("buurthuis.md"))
    }

    @Test func everyAssetHasAnAddressFromThePageThatTemplatesUse() throws {
        let fixture = try SiteFixture([
            "themes/eigen/theme.yml": "name: Eigen\nextends: default",
            "themes/eigen/assets/logo-wit.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "themes/eigen/templates/header.mustache":
                "<header><img src=\"{{asset.logo_wit_svg}}\" alt=\"\"><link href=\"{{asset.tokens_css}}\"></header>",
            "site.yml":
                "name: Gemeente Testdorp\ncbs_code: GM9998\ntheme: eigen\nbase_url: https://www.testdorp.nl/buurten/",
        ])
        let renderer = try fixture.renderer()
        let noord = try buurt(renderer)
        // Named after their content: the logo's bytes as the fixture wrote them (with a final newline).
        let logo = "assets/logo-wit.\(ContentHash.hex8(Data("<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n".utf8))).svg"
        let tokens = try #require(renderer.assets.files(ofSite: "noord").first { $0.name == "tokens.css" })
        #expect(tokens.path == "assets/tokens.\(ContentHash.hex8(tokens.data)).css")
        #expect(
            try renderer.home(noord).contains("<img src=\"\(logo)\" alt=\"\"><link href=\"\(tokens.path)\">"))
        let over = try #require(noord.pages.first { $0.urlPath == "over/" })
        let page = try renderer.page(over, markdown: renderer.renderMarkdown(over, media: MediaFiles()), in: noord)
        #expect(page.contains("<img src=\"../\(logo)\""))
        #expect(
            try renderer.notFound(noord).contains("<img src=\"/buurten/noord/\(logo)\""),
            "the 404 page, served at any depth, links from the site's own path")
    }
}
