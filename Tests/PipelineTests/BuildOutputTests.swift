import Features
import Foundation
import Pipeline
import Site
import Testing

@Suite struct BuildOutputTests {
    @Test func writesThePortalAndOneSelfContainedSitePerBuurt() throws {
        let site = try TestSite()
        let report = site.build()
        #expect(report.published, "\(report.errorLines)")
        #expect(report.buurten == 1)
        for file in [
            "index.html", "noord/index.html", "noord/over/index.html", "noord/privacy/index.html", "noord/404.html",
            "noord/sitemap.xml",
        ] {
            #expect(site.read(file) != nil, "missing \(file)")
        }
        #expect(site.asset("tokens.css") != nil && site.asset("tokens.css", site: "noord/") != nil)
        let page = try #require(site.read("noord/over/index.html"))
        #expect(page.contains("href=\"../privacy/\""), "links between pages are relative")
        #expect(page.contains("href=\"../assets/"), "assets are linked relative to the page")
        #expect(page.contains("<link rel=\"canonical\" href=\"https://www.testdorp.nl/buurten/noord/over/\""))
        #expect(page.contains("id=\"welkom\""), "headings get ids")
        let sitemap = try #require(site.read("noord/sitemap.xml"))
        #expect(sitemap.contains("<loc>https://www.testdorp.nl/buurten/noord/over/</loc>"))
        let notFound = try #require(site.read("noord/404.html"))
        #expect(
            notFound.contains("href=\"/buurten/noord/"),
            "the 404 page links from the site's own path, as it is served at any depth")
        #expect(
            try #require(site.read("index.html")).contains("href=\"noord/\""),
            "the portal links to a buurt under it relatively")
    }

    @Test func aPageWithoutDescriptionIsDescribedByItsFirstSentences() throws {
        let site = try TestSite()
        site.write(
            "content/buurten/noord/pages/agenda.md",
            "---\ntitle: Agenda\ndescription: Wat er komt in Noord.\n---\n## Zomer\n\nHet feest.")
        #expect(site.build().published)
        #expect(
            site.read("noord/over/index.html")?.contains("<meta name=\"description\" content=\"Lees ook privacy.\">")
                == true)
        #expect(
            site.read("noord/agenda/index.html")?.contains(
                "<meta name=\"description\" content=\"Wat er komt in Noord.\">") == true)
    }

    @Test func thePortalCarriesTheMunicipalityWidePagesToo() throws {
        let site = try TestSite()
        #expect(site.build().published)
        let privacy = try #require(
            site.read("privacy/index.html"), "the portal needs its own privacy and accessibility pages")
        #expect(privacy.contains("<link rel=\"canonical\" href=\"https://www.testdorp.nl/buurten/privacy/\""))
        #expect(
            try #require(site.read("index.html")).contains("href=\"privacy/\""), "the portal's footer links to them")
        #expect(
            site.read("sitemap-portal.xml")?.contains("<loc>https://www.testdorp.nl/buurten/privacy/</loc>") == true)
    }

    @Test func aMunicipalityPageMayNotTakeABuurtsFolderInThePortal() throws {
        let site = try TestSite()
        site.write("content/pages/noord.md", "---\ntitle: Noord\n---\nTekst")
        let report = site.build()
        #expect(!report.published)
        #expect(
            report.errorLines.contains {
                $0.hasPrefix("content/pages/noord.md: error: page 'noord/' would take the portal's folder")
            })
    }

    @Test func emptyOptionalValuesLeaveNoEmptyElements() throws {
        let site = try TestSite()
        site.write(
            "content/buurten/noord/buurt.yml",
            """
            name: Noord Samen
            tagline: Buren in Noord
            description: ""
            base_url: https://www.testdorp.nl/buurten/noord/
            connectors:
              - name: An de Vries
                role: " "
                email: ""
            """)
        #expect(site.build().published)
        let home = try #require(site.read("noord/index.html"))
        #expect(!home.contains("intro__text"), "no empty description paragraph")
        #expect(!home.contains("connector__role"), "no empty role")
        #expect(!home.contains("mailto:"), "no empty e-mail link")
        #expect(!home.contains("<ul class=\"cards\">\n</ul>"))
    }

    @Test func twoBuildsOfTheSameInputAreByteIdentical() throws {
        let site = try TestSite()
        for index in 1...40 {
            site.write(
                "content/buurten/noord/pages/p\(index).md",
                "---\ntitle: Pagina \(index)\n---\n## Kop\n\nZie [over](over.md).")
        }
        #expect(site.build().published)
        let first = site.snapshot()
        #expect(site.build().published)
        #expect(site.snapshot() == first)
        #expect(first.count > 40)
    }

    @Test func pagesThatNoLongerExistDisappear() throws {
        let site = try TestSite()
        site.write("content/buurten/noord/pages/oud.md", "---\ntitle: Oud\n---\nTekst")
        #expect(site.build().published)
        #expect(site.read("noord/oud/index.html") != nil)
        site.remove("content/buurten/noord/pages/oud.md")
        #expect(site.build().published)
        #expect(site.read("noord/oud/index.html") == nil)
    }

    @Test func sloppyFileNamesStillMakeCleanAddresses() throws {
        let site = try TestSite()
        site.write("content/buurten/noord/pages/Wat Doen We.MD", "---\ntitle: Wat doen we\n---\nTekst")
        site.write(
            "content/buurten/noord/pages/initiatieven/index.md", "---\ntitle: Initiatieven\n---\nZie [de AED](aed.md).")
        site.write(
            "content/buurten/noord/pages/initiatieven/aed.md",
            "---\ntitle: AED\n---\nTerug naar [initiatieven](index.md).")
        let report = site.build()
        #expect(report.published, "\(report.errorLines)")
        #expect(site.read("noord/wat-doen-we/index.html") != nil)
        #expect(site.read("noord/initiatieven/index.html")?.contains("href=\"../initiatieven/aed/\"") == true)
        #expect(site.read("noord/initiatieven/aed/index.html")?.contains("href=\"../../initiatieven/\"") == true)
    }

    @Test func anIndexPageCannotReplaceTheHomePage() throws {
        let site = try TestSite()
        site.write("content/buurten/noord/pages/index.md", "---\ntitle: Welkom\n---\nTekst")
        let report = site.build()
        #expect(!report.published)
        #expect(
            report.errorLines.contains {
                $0.hasPrefix(
                    "content/buurten/noord/pages/index.md: error: index.md would take the place of the home page")
            })
    }

    @Test func draftsAreCheckedButNotPublished() throws {
        let site = try TestSite()
        site.write("content/buurten/noord/pages/concept.md", "---\ntitle: Concept\ndraft: true\n---\nTekst")
        #expect(site.build().published)
        #expect(site.read("noord/concept/index.html") == nil)
        #expect(site.read("noord/sitemap.xml")?.contains("concept") == false)
    }

    @Test func buildingOneBuurtLeavesTheOtherSitesInPlace() throws {
        let site = try TestSite()
        site.write(
            "content/buurten/zuid/buurt.yml",
            "name: Zuid Doet Mee\ntagline: Buren in Zuid\nbase_url: https://zuiddoetmee.nl/")
        site.write("content/buurten/zuid/pages/welkom.md", "---\ntitle: Welkom\n---\nTekst")
        #expect(site.build().published)
        site.write("content/buurten/noord/pages/nieuw.md", "---\ntitle: Nieuw\n---\nTekst")
        let report = site.build(["noord"])
        #expect(report.published, "\(report.errorLines)")
        #expect(report.buurten == 1)
        #expect(site.read("noord/nieuw/index.html") != nil)
        #expect(site.read("zuid/welkom/index.html") != nil)
        #expect(
            site.read("index.html")?.contains("https://zuiddoetmee.nl/") == true,
            "a buurt on its own domain is linked by its address")
    }

    @Test func anUnknownBuurtNameIsAnErrorWithASuggestion() throws {
        let site = try TestSite()
        let report = site.build(["nord"])
        #expect(!report.published)
        #expect(
            report.errorLines.contains {
                $0.contains("no buurt platform 'nord'") && $0.contains("did you mean 'noord'?")
            })
    }

    @Test func stagingFoldersOfKilledBuildsAreCleanedUp() throws {
        let site = try TestSite()
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let abandoned = site.root.appendingPathComponent(".buurtsite-staging-public-\(finished.processIdentifier)")
        try FileManager.default.createDirectory(
            at: abandoned.appendingPathComponent("noord"), withIntermediateDirectories: true)
        #expect(site.build().published)
        #expect(!FileManager.default.fileExists(atPath: abandoned.path))
        let entries = try FileManager.default.contentsOfDirectory(atPath: site.root.path)
        #expect(!entries.contains { $0.hasPrefix(".buurtsite-") }, "no staging folder is left behind: \(entries)")
    }

    @Test func refusesToWriteOverTheSiteItself() throws {
        let site = try TestSite()
        let report = SiteBuilder(
            options: BuildOptions(root: site.root.path, output: site.root.path), features: Features.all
        ).build()
        #expect(!report.published)
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("site.yml").path))
    }

    @Test func refusesToReplaceAFolderThatHoldsSomethingElse() throws {
        let site = try TestSite()
        let other = site.folder.appendingPathComponent("scriptie")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try Data("hoofdstuk 1".utf8).write(to: other.appendingPathComponent("scriptie.txt"))
        let report = SiteBuilder(
            options: BuildOptions(root: site.root.path, output: other.path), features: Features.all
        ).build()
        #expect(!report.published)
        #expect(report.errorLines.contains { $0.contains("output folder is not empty and holds no earlier build") })
        #expect(FileManager.default.fileExists(atPath: other.appendingPathComponent("scriptie.txt").path))
        // An earlier build's folder, and an empty one, are fine.
        #expect(site.build().published)
        #expect(site.build().published, "a second build replaces the first")
        try FileManager.default.removeItem(at: other.appendingPathComponent("scriptie.txt"))
        #expect(
            SiteBuilder(options: BuildOptions(root: site.root.path, output: other.path), features: Features.all)
                .build().published)
    }

    @Test func refusesToReplaceAGitCheckout() throws {
        // A gh-pages checkout that an earlier build was copied into: the swap would take its history with it.
        let site = try TestSite()
        #expect(site.build().published)
        let git = site.output.appendingPathComponent(".git")
        try FileManager.default.createDirectory(at: git, withIntermediateDirectories: true)
        try Data("ref: refs/heads/gh-pages\n".utf8).write(to: git.appendingPathComponent("HEAD"))
        let report = site.build()
        #expect(!report.published)
        #expect(report.errorLines.contains { $0.contains("output folder holds a git repository (.git)") })
        #expect(FileManager.default.fileExists(atPath: git.appendingPathComponent("HEAD").path))
    }

}
