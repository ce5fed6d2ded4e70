import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// robots.txt only where crawlers read it (the root of a host), and the portal's sitemap index of its host.
@Suite struct HostRootFilesTests {
    @Test func onlyASiteAtTheRootOfAHostGetsARobotsFile() throws {
        let site = try TestSite.withZuidOnItsOwnDomain()
        let report = site.build()
        #expect(report.published, "\(report.errorLines)")
        #expect(site.read("robots.txt") == nil, "the portal lives under /buurten/: the host's robots.txt applies")
        #expect(site.read("noord/robots.txt") == nil, "Noord lives under /buurten/noord/")
        #expect(
            site.read("zuid/robots.txt") == "User-agent: *\nAllow: /\n\nSitemap: https://zuidverbindt.nl/sitemap.xml\n")
    }

    @Test func aPortalAtTheRootOfItsHostGetsARobotsFileNamingItsSitemapIndex() throws {
        let site = try TestSite()
        site.write(
            "site.yml",
            "name: Gemeente Testdorp\ncbs_code: GM9998\ntheme: default\nbase_url: https://buurten.testdorp.nl/")
        site.write(
            "content/buurten/noord/buurt.yml",
            "name: Noord Samen\ntagline: Buren in Noord\nbase_url: https://buurten.testdorp.nl/noord/")
        #expect(site.build().published)
        #expect(site.read("robots.txt")?.contains("Sitemap: https://buurten.testdorp.nl/sitemap.xml\n") == true)
        #expect(site.read("noord/robots.txt") == nil)
    }

    @Test func thePortalsSitemapIsASitemapIndexOfEverySiteOnItsHost() throws {
        let site = try TestSite.withZuidOnItsOwnDomain()
        #expect(site.build().published)
        let index = try SitemapShape(xml: try #require(site.read("sitemap.xml")))
        #expect(index.root == "sitemapindex")
        #expect(index.namespace == "http://www.sitemaps.org/schemas/sitemap/0.9")
        #expect(index.children == ["sitemap", "sitemap"], "only <sitemap> entries, no <url>")
        #expect(
            index.locations == [
                "https://www.testdorp.nl/buurten/sitemap-portal.xml",
                "https://www.testdorp.nl/buurten/noord/sitemap.xml",
            ], "the portal's own pages and Noord on the same host; Zuid on its own domain is not listed")
        let portal = try SitemapShape(xml: try #require(site.read("sitemap-portal.xml")))
        #expect(portal.root == "urlset")
        #expect(portal.locations.contains("https://www.testdorp.nl/buurten/privacy/"))
        let noord = try SitemapShape(xml: try #require(site.read("noord/sitemap.xml")))
        #expect(noord.root == "urlset", "each buurt keeps its own sitemap")
        #expect(noord.locations.contains("https://www.testdorp.nl/buurten/noord/over/"))
    }

    @Test func aPartialBuildStillListsEveryBuurtOnTheHost() throws {
        let site = try TestSite.withZuidOnItsOwnDomain()
        site.write(
            "content/buurten/west/buurt.yml",
            "name: West\ntagline: West\nbase_url: https://www.testdorp.nl/buurten/west/")
        #expect(site.build(["zuid"]).published)
        let index = try SitemapShape(xml: try #require(site.read("sitemap.xml")))
        #expect(index.locations.count == 3, "\(index.locations)")
    }
}

/// What a sitemap file is made of: its root element and namespace, the root's children and every `<loc>`.
struct SitemapShape {
    var root = ""
    var namespace: String?
    var children: [String] = []
    var locations: [String] = []

    init(xml: String) throws {
        let reader = Reader()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = reader
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
        self = reader.shape
    }

    private init() {}

    private final class Reader: NSObject, XMLParserDelegate {
        var shape = SitemapShape()
        var depth = 0
        var text = ""

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if depth == 0 {
                shape.root = name
                shape.namespace = attributes["xmlns"]
            } else if depth == 1 {
                shape.children.append(name)
            }
            depth += 1
            text = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            depth -= 1
            if name == "loc" { shape.locations.append(text) }
        }
    }
}
