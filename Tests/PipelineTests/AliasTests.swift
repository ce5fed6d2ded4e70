import Foundation
import Pipeline
import Site
import Testing

/// Old addresses (`aliases:`): a redirect page at each, the list of redirects for host configuration, and located
/// errors for an alias that cannot be one.
@Suite struct AliasTests {
    func siteWithAliases() throws -> TestSite {
        let site = try TestSite()
        site.write(
            "content/buurten/noord/pages/initiatieven/aed.md",
            """
            ---
            title: Een AED voor Noord & Oost
            aliases: [aed/, /oude-site/aed-plan.html]
            ---
            Buren zorgen samen voor een AED.
            """)
        return site
    }

    @Test func eachOldAddressGetsARedirectPageToTheNewOne() throws {
        let site = try siteWithAliases()
        let report = site.build(strict: true)
        #expect(report.published, "\(report.errorLines)")
        let page = try #require(site.read("noord/aed/index.html"))
        #expect(page.contains(#"<meta http-equiv="refresh" content="0; url=../initiatieven/aed/">"#))
        #expect(
            page.contains(#"<link rel="canonical" href="https://www.testdorp.nl/buurten/noord/initiatieven/aed/">"#))
        #expect(page.contains(#"<meta name="robots" content="noindex">"#))
        #expect(page.contains(#"<a href="../initiatieven/aed/">Een AED voor Noord &amp; Oost</a>"#), "escaped")
        #expect(page.contains("Deze pagina staat op een nieuw adres"))
        #expect(page.contains(#"<html lang="nl">"#))
        #expect(!page.contains("<script"))
        // An old address of a file, in a folder of its own: the link climbs out of that folder.
        let file = try #require(site.read("noord/oude-site/aed-plan.html"))
        #expect(file.contains(#"content="0; url=../initiatieven/aed/""#))
        // Not a page of the site: no sitemap entry.
        let sitemap = try #require(site.read("noord/sitemap.xml"))
        #expect(sitemap.contains("/noord/initiatieven/aed/"))
        #expect(!sitemap.contains("/noord/aed/"))
        #expect(!sitemap.contains("aed-plan"))
    }

    @Test func theRedirectsAreListedForHostConfiguration() throws {
        let site = try siteWithAliases()
        let report = site.build()
        let redirects = report.redirects.map { "\($0.site)|\($0.from)|\($0.to)|\($0.fromHostPath)|\($0.toURL)" }
        #expect(
            redirects == [
                "noord/|aed/|initiatieven/aed/|/buurten/noord/aed/"
                    + "|https://www.testdorp.nl/buurten/noord/initiatieven/aed/",
                "noord/|oude-site/aed-plan.html|initiatieven/aed/|/buurten/noord/oude-site/aed-plan.html"
                    + "|https://www.testdorp.nl/buurten/noord/initiatieven/aed/",
            ])
        #expect(report.redirects.first?.outputPath == "noord/aed/index.html")
        #expect(report.redirects.first?.toHostPath == "/buurten/noord/initiatieven/aed/")
    }

    @Test func aMunicipalityWidePagesOldAddressWorksOnEverySite() throws {
        let site = try TestSite()
        site.write(
            "content/pages/privacy.md", "---\ntitle: Privacy\naliases: [privacyverklaring/]\n---\nGeen gegevens.")
        #expect(site.build(strict: true).published)
        #expect(site.read("privacyverklaring/index.html")?.contains("url=../privacy/") == true, "the portal")
        #expect(site.read("noord/privacyverklaring/index.html")?.contains("url=../privacy/") == true)
    }

    @Test func aKaartEntrysOldAddressWorksOnEverySiteThatShowsIt() throws {
        let site = try TestSite.withKaart()
        let path = "content/kaart/Repair Café.md"
        let text = try #require(try? String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8))
        site.write(path, text.replacingOccurrences(of: "kind: informeel\n", with: "kind: informeel\naliases: [rc/]\n"))
        let report = site.build()
        #expect(report.published, "\(report.errorLines)")
        for buurt in ["noord", "zuid"] {
            #expect(site.read("\(buurt)/rc/index.html")?.contains("url=../wegwijzer/repair-cafe/") == true, "\(buurt)")
        }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let aliases: String
        let expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "the address of another page", aliases: "[over/]",
            expected: "3:11: error: alias 'over/' is the address of another file of this site (made from "
                + "content/buurten/noord/pages/over.md)"),
        Case(
            name: "the page's own address", aliases: "[oud/, nieuw/]",
            expected: "3:17: error: alias 'nieuw/' is the page's own address"),
        Case(
            name: "twice", aliases: "[oud/, /oud]",
            expected: "3:17: error: alias 'oud/' is also an alias at content/buurten/noord/pages/nieuw.md:3:11"),
        Case(
            name: "outside the site", aliases: "[../oud/]",
            expected: "3:11: error: alias '../oud/' leads outside the site ('..')"),
        Case(
            name: "a full address", aliases: "[https://www.testdorp.nl/buurten/noord/oud/]",
            expected: "3:11: error: alias 'https://www.testdorp.nl/buurten/noord/oud/' is a full web address"),
        Case(
            name: "a space", aliases: "[oud adres/]",
            expected: "3:11: error: alias 'oud adres/' holds ' ', which a static redirect page cannot have"),
        Case(
            name: "a query", aliases: "['pagina?id=12']",
            expected: "3:11: error: alias 'pagina?id=12' holds '?'"),
        Case(
            name: "not a path", aliases: "[{oud: nieuw}]",
            expected: "3:11: error: an alias must be a path, found a mapping"),
        Case(
            name: "a sitemap", aliases: "[sitemap.xml]",
            expected: "3:11: error: alias 'sitemap.xml' names a file that is not a web page ('sitemap.xml')"),
    ]

    @Test(arguments: cases)
    func aBadAliasIsALocatedError(_ example: Case) throws {
        let site = try TestSite()
        site.write("content/buurten/noord/pages/nieuw.md", "---\ntitle: Nieuw\naliases: \(example.aliases)\n---\nTekst")
        let report = site.build()
        expectFailure(report, withErrorStarting: "content/buurten/noord/pages/nieuw.md:" + example.expected)
        #expect(report.diagnostics.allSatisfy { $0.hint != nil }, "every problem says how to fix it")
    }

    @Test func anOldAddressOnThePortalCannotLieInABuurtsFolder() throws {
        let site = try TestSite()
        site.write("content/pages/privacy.md", "---\ntitle: Privacy\naliases: [noord/privacy/]\n---\nTekst.")
        let report = site.build()
        #expect(
            report.errorLines.contains {
                $0.hasPrefix(
                    "content/pages/privacy.md:3:11: error: alias 'noord/privacy/' lies in the folder of the buurt "
                        + "site 'noord'")
            }, "\(report.errorLines)")
    }
}
