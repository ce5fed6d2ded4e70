import Foundation
import Pipeline
import Testing

/// The sociale kaart on the built sites: its home, filter pages, entry pages, JSON-LD and open data
/// (fixture: KaartFixture.swift, built as on 22 November 2026).
@Suite struct KaartPagesTests {
    @Test func anEntryPageShowsEveryDetailInPlainDutch() throws {
        let site = try TestSite.withKaart()
        let report = site.build()
        #expect(report.published, "\(report.errorLines)")
        let page = try #require(site.read("noord/wegwijzer/repair-cafe/index.html"))
        for text in [
            "<h1>Repair Café Testdorp</h1>", "Samen kapotte spullen repareren.",
            "elke dinsdag 10:00–12:00",
            "<time datetime=\"2026-12-29\">29 december 2026</time>",
            "<a href=\"tel:+31999123456\">0999 123 456</a>",
            "<a href=\"mailto:info@repaircafe.example.nl\">info@repaircafe.example.nl</a>",
            "Nederlands en Engels", "Gratis", "Rolstoeltoegankelijk.",
            "Beekstraat 12<br>9999 AB Testdorp",
            "href=\"https://www.openstreetmap.org/directions?to=52.0912%2C5.1234\"",
            "<a href=\"https://repaircafe.example.nl\">Website van Stichting Repair Café</a>",
            "Laatst gecontroleerd op <time datetime=\"2026-10-01\">1 oktober 2026</time>",
        ] {
            #expect(page.contains(text), "missing: \(text)")
        }
        #expect(
            page.contains("href=\"../../wegwijzer/onderwerp/repareren/\">Repareren</a>"),
            "topics link to their filter page")
        #expect(page.contains("href=\"../../wegwijzer/soort/informeel/\">Hulp van buurtgenoten en vrijwilligers</a>"))
        #expect(page.contains("<p>Neem je kapotte spullen mee."), "the Markdown description is rendered")
        #expect(page.contains("href=\"https://www.testdorp.nl/buurten/noord/over/\""), "its link to a page is resolved")
        #expect(!page.contains("kaart-notice"), "a recently checked entry has no notice")
        #expect(!page.contains("kaart.js"), "the script is only for the kaart's home")

        let taalcafe = try #require(site.read("noord/wegwijzer/taalcafe/index.html"))
        #expect(taalcafe.contains("iedere 2e woensdag van de maand 14:00–16:00"))
        #expect(
            taalcafe.contains("directions?to=Noordweg%201%2C%209999%20CD%20Testdorp"),
            "without coordinates the route goes to the address")
    }

    @Test func anOverdueEntryShowsANoticeWithWhomToTell() throws {
        let site = try TestSite.withKaart()
        #expect(site.build().published)
        let page = try #require(site.read("noord/wegwijzer/schuldhulp/index.html"))
        let notice = try #require(
            page.range(of: "<div class=\"kaart-notice\"").map { String(page[$0.lowerBound...].prefix(700)) })
        #expect(notice.contains("gecontroleerd op <time datetime=\"2025-01-15\">15 januari 2025</time>"))
        #expect(notice.contains("<a href=\"mailto:geld@testdorp.nl\">geld@testdorp.nl</a>"))
        #expect(page.contains("<a href=\"tel:140999\">14 0999</a>"), "a municipal 14 number is called as it is")
        #expect(page.contains("Telefonisch en aan huis"))
        #expect(
            try #require(site.read("noord/wegwijzer/index.html")).contains("kaart-item__overdue"),
            "the list marks it too")

        // The same entry, built before its review was due, has no notice.
        #expect(site.build(today: "2025-12-01").published)
        #expect(site.read("noord/wegwijzer/schuldhulp/index.html")?.contains("kaart-notice") == false)
    }

    @Test func eachBuurtsKaartShowsOnlyTheEntriesThatServeIt() throws {
        let site = try TestSite.withKaart()
        #expect(site.build().published)
        let noord = try #require(site.read("noord/wegwijzer/index.html"))
        let zuid = try #require(site.read("zuid/wegwijzer/index.html"))
        #expect(noord.contains("Taalcafé Noord") && !noord.contains("Buurtbus Zuid"))
        #expect(zuid.contains("Buurtbus Zuid") && !zuid.contains("Taalcafé Noord"))
        for home in [noord, zuid] {
            #expect(home.contains("Repair Café Testdorp") && home.contains("Schuldhulp van de gemeente"))
            #expect(home.contains("3 vermeldingen"))
            let filters = try #require(site.asset("filters.js", site: "noord/"))
            let script = try #require(site.asset("kaart.js", site: "noord/"))
            #expect(
                home.contains(
                    "<script src=\"../\(filters)\" defer></script>\n<script src=\"../\(script)\" defer></script>"),
                "kaart.js starts the filters of filters.js, which runs first")
        }
        #expect(site.read("zuid/wegwijzer/taalcafe/index.html") == nil)
        #expect(site.read("noord/wegwijzer/buurtbus/index.html") == nil)
        // Grouped by the first filter (topics) in the order of site.yml: geld before repareren before taal.
        let geld = try #require(noord.range(of: "id=\"_groep-geld\""))
        let repareren = try #require(noord.range(of: "id=\"_groep-repareren\""))
        let taal = try #require(noord.range(of: "id=\"_groep-taal\""))
        #expect(geld.lowerBound < repareren.lowerBound && repareren.lowerBound < taal.lowerBound)
        // filters.js filters on these.
        #expect(
            noord.contains(
                "data-kaart-onderwerp=\"repareren ontmoeten\" data-kaart-voor-wie=\"iedereen\" "
                    + "data-kaart-soort=\"informeel\""
            ))
    }

    @Test func thereIsAFilterPagePerValueWithEntries() throws {
        let site = try TestSite.withKaart()
        #expect(site.build().published)
        #expect(site.read("noord/wegwijzer/onderwerp/taal/index.html") != nil)
        #expect(site.read("noord/wegwijzer/onderwerp/vervoer/index.html") == nil, "no entry on noord is about vervoer")
        #expect(site.read("zuid/wegwijzer/onderwerp/vervoer/index.html") != nil)
        #expect(site.read("noord/wegwijzer/voor-wie/ouderen/index.html") != nil)
        let page = try #require(site.read("noord/wegwijzer/onderwerp/ontmoeten/index.html"))
        #expect(page.contains("Repair Café Testdorp") && page.contains("Taalcafé Noord"))
        #expect(!page.contains("Schuldhulp van de gemeente"))
        #expect(page.contains("href=\"../../../wegwijzer/onderwerp/ontmoeten/\" aria-current=\"page\">Ontmoeten"))
        #expect(
            page.components(separatedBy: "aria-current=\"page\"").count == 3,
            "the filter value and the breadcrumb are marked, nothing else")
        #expect(!page.contains("Vervoer"), "values without entries on this buurt are not offered")
        let sitemap = try #require(site.read("noord/sitemap.xml"))
        #expect(sitemap.contains("<loc>https://www.testdorp.nl/buurten/noord/wegwijzer/onderwerp/ontmoeten/</loc>"))
    }

    @Test func entryPagesDescribeTheServiceForSearchEngines() throws {
        let site = try TestSite.withKaart()
        #expect(site.build().published)
        let service = try jsonLD(#require(site.read("noord/wegwijzer/repair-cafe/index.html")))
        #expect(service["@context"] as? String == "https://schema.org")
        #expect(service["@type"] as? String == "Service")
        #expect((service["provider"] as? [String: Any])?["name"] as? String == "Stichting Repair Café")
        #expect((service["areaServed"] as? [String: Any])?["name"] as? String == "Noord Samen")
        #expect(service["serviceType"] as? [String] == ["Repareren", "Ontmoeten"])
        let channel = try #require((service["availableChannel"] as? [[String: Any]])?.first)
        #expect(channel["@type"] as? String == "ServiceChannel")
        #expect((channel["servicePhone"] as? [String: Any])?["telephone"] as? String == "+31999123456")
        let place = try #require(channel["serviceLocation"] as? [String: Any])
        #expect((place["address"] as? [String: Any])?["postalCode"] as? String == "9999 AB")
        #expect((place["geo"] as? [String: Any])?["@type"] as? String == "GeoCoordinates")
        let hours = try #require((service["hoursAvailable"] as? [[String: Any]])?.first)
        #expect(hours["dayOfWeek"] as? [String] == ["https://schema.org/Tuesday"])
        #expect(hours["opens"] as? String == "10:00" && hours["closes"] as? String == "12:00")

        let government = try jsonLD(#require(site.read("noord/wegwijzer/schuldhulp/index.html")))
        #expect(government["@type"] as? String == "GovernmentService", "the municipality's own service")
        #expect(government["hoursAvailable"] == nil)
        let monthly = try jsonLD(#require(site.read("noord/wegwijzer/taalcafe/index.html")))
        #expect(monthly["hoursAvailable"] == nil, "a monthly schedule cannot be said in OpeningHoursSpecification")
        #expect(try jsonLD(#require(site.read("noord/wegwijzer/index.html")))["@type"] as? String == "CollectionPage")
    }

    @Test func theOpenDataHoldsExactlyTheEntriesOfTheKaart() throws {
        let site = try TestSite.withKaart()
        #expect(site.build().published)
        #expect(
            try hsdsNames(site, "noord/wegwijzer/open-data/hsds.json") == [
                "Repair Café Testdorp", "Schuldhulp van de gemeente", "Taalcafé Noord",
            ])
        #expect(
            try hsdsNames(site, "zuid/wegwijzer/open-data/hsds.json") == [
                "Buurtbus Zuid", "Repair Café Testdorp", "Schuldhulp van de gemeente",
            ])
        #expect(try hsdsNames(site, "wegwijzer/open-data/hsds.json").count == 4, "the portal's export has every entry")
        let csv = try #require(site.read("noord/wegwijzer/open-data/kaart.csv"))
        #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 4, "a header and three rows")
        let home = try #require(site.read("noord/wegwijzer/index.html"))
        #expect(home.contains("href=\"../wegwijzer/open-data/hsds.json\""))
        #expect(home.contains("href=\"../wegwijzer/open-data/kaart.csv\""))
        #expect(
            site.read("noord/wegwijzer/open-data/index.html")?.contains("puntkomma") == true,
            "the open data page explains the files")
    }

    @Test func everySiteHasTheStaticHSDSAPIBesideItsExport() throws {
        let site = try TestSite.withKaart()
        #expect(site.build().published)
        for (folder, count) in [("noord/wegwijzer/open-data/", 3), ("wegwijzer/open-data/", 4)] {
            let services = try json(site, folder + "services/index.json")
            #expect(services["total_items"] as? Int == count, "\(folder)")
            for item in services["contents"] as? [[String: Any]] ?? [] {
                let id = try #require(item["id"] as? String)
                #expect(site.read(folder + "services/\(id).json") != nil, "\(folder): the service's own file")
            }
            #expect((try json(site, folder + "organizations/index.json")["total_items"] as? Int ?? 0) > 0)
            #expect((try json(site, folder + "taxonomy_terms/index.json")["total_items"] as? Int ?? 0) > 0)
            #expect(try json(site, folder + "index.json")["version"] as? String == "3.0")
            #expect(try json(site, folder + "dcat.jsonld")["@type"] as? String == "dcat:Dataset")
        }
    }

    @Test func theLicenceIsShownWithTheOpenData() throws {
        let site = try TestSite.withKaart()
        #expect(site.build().published)
        let page = try #require(site.read("noord/wegwijzer/open-data/index.html"))
        #expect(page.contains("<a href=\"https://creativecommons.org/licenses/by/4.0/deed.nl\">CC BY 4.0</a>"))
        #expect(page.contains("Vermeld dan wel dat ze van Gemeente Testdorp komen."))
        #expect(page.contains("<a href=\"https://www.testdorp.nl/contact\">"))
        #expect(page.contains("href=\"../../wegwijzer/open-data/services/index.json\""))
        let portal = try #require(site.read("index.html"))
        #expect(portal.contains("<a href=\"https://creativecommons.org/licenses/by/4.0/deed.nl\">CC BY 4.0</a>"))
        let license = try json(site, "noord/wegwijzer/open-data/hsds.json")["license"] as? [String: Any]
        #expect(license?["name"] as? String == "CC BY 4.0", "the export carries it")
    }

    @Test func theOpenDataNeedsTheProvinceOfItsAddresses() throws {
        let site = try TestSite.withKaart()
        let config = try #require(site.sourceText("site.yml"))
        site.write("site.yml", config.replacingOccurrences(of: "province: Utrecht\n", with: ""))
        let report = site.build()
        #expect(!report.published)
        #expect(
            report.errorLines.contains {
                $0.hasPrefix("site.yml:1:1: error: site.yml has no 'province': the kaart's open data names it")
            }, "\(report.errorLines)")
    }

    @Test func contentIsEscapedOnPagesAndInJSONLD() throws {
        let site = try TestSite.withKaart()
        site.write(
            "content/kaart/kwaad.md",
            """
            ---
            name: "Kwaad </script><img src=x onerror=alert(1)>"
            summary: "Een \\"samenvatting\\" met <b>html</b>"
            kind: formeel
            categories: [geld]
            organization:
              name: Org & Co
            channels: [online]
            contact:
              email: kwaad@example.org
            reviewed: 2026-10-01
            owner: kwaad@example.org
            ---
            """)
        let report = site.build()
        #expect(report.published, "\(report.errorLines)")
        let page = try #require(site.read("noord/wegwijzer/kwaad/index.html"))
        #expect(!page.contains("<img src=x"))
        #expect(page.contains("&lt;b&gt;html&lt;/b&gt;"))
        #expect(
            try jsonLD(page)["name"] as? String == "Kwaad </script><img src=x onerror=alert(1)>",
            "JSON-LD keeps the text, escaped")
    }

    @Test func aBrokenLinkInADescriptionFailsTheBuildAtItsLine() throws {
        let site = try TestSite.withKaart()
        site.write(
            "content/buurten/noord/kaart/taalcafe.md",
            (site.sourceText("content/buurten/noord/kaart/taalcafe.md") ?? "")
                + "Zie ook [het rooster](rooster.md).")
        let report = site.build()
        #expect(!report.published)
        #expect(
            report.errorLines.contains {
                $0.hasPrefix("content/buurten/noord/kaart/taalcafe.md:21:") && $0.contains("rooster.md")
            },
            "\(report.errorLines)")
    }

    @Test func aDescriptionsImagesAreCopiedAndItsWarningsReported() throws {
        let site = try TestSite.withKaart()
        site.write("content/buurten/noord/kaart/buurthuis.png", Data([0x89, 0x50, 0x4E, 0x47]))
        site.write(
            "content/buurten/noord/kaart/taalcafe.md",
            (site.sourceText("content/buurten/noord/kaart/taalcafe.md") ?? "")
                + "# Welkom\n\n![Het buurthuis](buurthuis.png)")
        let report = site.build()
        #expect(report.published, "a warning does not stop the build: \(report.errorLines)")
        #expect(
            report.diagnostics.contains {
                $0.severity == .warning && $0.description.hasPrefix("content/buurten/noord/kaart/taalcafe.md:21:")
            },
            "\(report.diagnostics.map(\.description))")
        let page = try #require(site.read("noord/wegwijzer/taalcafe/index.html"))
        #expect(page.contains("<img src=\"../../media/kaart/buurthuis.png\" alt=\"Het buurthuis\""))
        #expect(
            FileManager.default.fileExists(
                atPath: site.output.appendingPathComponent("noord/media/kaart/buurthuis.png").path))
        #expect(
            !FileManager.default.fileExists(
                atPath: site.output.appendingPathComponent("noord/wegwijzer/taalcafe/.warnings").path))
    }

    @Test func aSiteWithoutKaartEntriesGetsNoKaartPages() throws {
        let site = try TestSite()
        #expect(site.build().published)
        #expect(site.read("noord/kaart/index.html") == nil)
        #expect(site.read("kaart/open-data/hsds.json") == nil)
    }

    // MARK: Helpers

    private func jsonLD(_ page: String) throws -> [String: Any] {
        let start = try #require(page.range(of: "<script type=\"application/ld+json\">"))
        let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        let object = try JSONSerialization.jsonObject(with: Data(page[start.upperBound..<end.lowerBound].utf8))
        return try #require(object as? [String: Any])
    }

    private func json(_ site: TestSite, _ path: String) throws -> [String: Any] {
        let text = try #require(site.read(path), "missing \(path)")
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func hsdsNames(_ site: TestSite, _ path: String) throws -> [String] {
        let text = try #require(site.read(path), "missing \(path)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let services = try #require(object["contents"] as? [[String: Any]])
        return services.compactMap { $0["name"] as? String }
    }
}

extension TestSite {
    /// A file of the site's source folder, as text.
    func sourceText(_ path: String) -> String? {
        try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }
}
