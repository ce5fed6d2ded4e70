import BuurtCalendar
import BuurtCore
import Model
import Site
import Testing
import YAML

@testable import Kaart

/// The kaart's view of one buurt and what the feature adds to a site, tested without a build.
@Suite struct KaartViewTests {
    let entries = [
        makeEntry("taalcafe", name: "Taalcafé", categories: ["taal"]),
        makeEntry("repair-cafe", name: "Repair Café", categories: ["repareren", "ontmoeten"]),
        makeEntry("huiswerk", name: "Huiswerkklas", categories: ["taal"], serves: .only(["molenkamp"])),
    ]

    func view(_ slug: String) throws -> KaartView {
        let kaart = catalogue(entries).catalogue
        return KaartView(catalogue: kaart, buurt: try #require(exampleBuurten.first { $0.slug == slug }))
    }

    @Test func theViewHoldsTheBuurtsEntriesAndOnlyTheFilterValuesInUse() throws {
        let beekdal = try view("beekdal")
        #expect(beekdal.entries.map(\.slug) == ["repair-cafe", "taalcafe"], "sorted by name, without molenkamp's own")
        let topics = try #require(beekdal.facets.first { $0.facet.field == .categories })
        #expect(topics.values.map(\.term.value) == ["ontmoeten", "repareren", "taal"], "in the order of site.yml")
        #expect(topics.values.map(\.entries.count) == [1, 1, 1])
        #expect(
            try view("molenkamp").facets.first { $0.facet.field == .categories }?.values
                .first { $0.term.value == "taal" }?.entries.count == 2)
    }

    @Test func pathsAndLinksAreRelativeToThePage() throws {
        let beekdal = try view("beekdal")
        #expect(beekdal.homePath == "wegwijzer/")
        let taalcafe = try #require(beekdal.entries.first { $0.slug == "taalcafe" })
        #expect(beekdal.path(of: taalcafe) == "wegwijzer/taalcafe/")
        #expect(beekdal.filterPath(field: .categories, value: "taal") == "wegwijzer/onderwerp/taal/")
        #expect(beekdal.filterPath(field: .categories, value: "zorg") == nil, "no entry has it here")
        let values = beekdal.values(urlPath: "wegwijzer/onderwerp/taal/")
        // Kaart links go through the site root, so that every entry page can share one set of values.
        #expect(values["home_url"] as? String == "../../../wegwijzer/")
        #expect(values["count"] as? Int == 2)
        let item = beekdal.listItem(taalcafe, urlPath: "wegwijzer/", headingLevel: 3)
        #expect(item["url"] as? String == "../wegwijzer/taalcafe/")
    }

    @Test func collectorsGetAnEntrysOrganisationPlacesAndFilterValuesByStableNames() throws {
        let beekdal = try view("beekdal")
        let repair = try #require(beekdal.entries.first { $0.slug == "repair-cafe" })
        let fields = beekdal.facetFields(of: repair)
        #expect(fields["organization"] == ["Welzijn Lindeveen"])
        #expect(fields["categories"] == ["Repareren en duurzaam", "Ontmoeten en meedoen"])
        #expect(fields["kind"] == ["Professionele hulp"])
    }

    @Test func aFilterLabelledLikeAnotherFieldReplacesNoneOfThem() throws {
        var settings = exampleSettings
        settings.facets = [
            KaartFacet(field: .categories, label: "plaats", segment: "plaats"),
            KaartFacet(field: .kind, label: "organisatie", segment: "soort"),
        ]
        var repair = makeEntry("repair-cafe", categories: ["repareren"])
        repair.locations = [
            KaartLocation(name: "Buurthuis De Beek", address: "Beekstraat 12", postcode: "9999 AB", place: "Lindeveen")
        ]
        let beekdal = KaartView(
            catalogue: catalogue([repair], settings: settings).catalogue, buurt: try #require(exampleBuurten.first))
        #expect(
            beekdal.facetFields(of: try #require(beekdal.entries.first)) == [
                "organization": ["Welzijn Lindeveen"], "locations": ["Buurthuis De Beek"], "places": ["Lindeveen"],
                "categories": ["Repareren en duurzaam"], "kind": ["Professionele hulp"],
            ])
    }

    @Test func theFeatureAddsASectionReservesItsFolderAndReportsOverdueEntries() throws {
        let overdue = makeEntry("oud", reviewed: "2024-01-01")
        let model = KaartModel(
            catalogue: catalogue(entries + [overdue]).catalogue,
            segmentLocation: SourceLocation(file: "site.yml", line: 12, column: 12))
        let beekdal = try #require(exampleBuurten.first)
        let section = try #require(model.section(for: beekdal))
        #expect(section.urlPath == "wegwijzer/" && section.count == 3)
        #expect(model.reservedFolders.map(\.segment) == ["wegwijzer"])
        #expect(model.reservedFolders.first?.portalUse != nil, "the portal keeps the open data there")
        let report = try #require(model.report.first)
        #expect(report.heading == "1 kaart entry is past the review date:")
        #expect(report.lines.first?.hasPrefix("content/kaart/oud.md: Oud") == true)
        let empty = KaartModel(catalogue: catalogue([]).catalogue, segmentLocation: SourceLocation(file: "site.yml"))
        #expect(!empty.hasContent && empty.section(for: beekdal) == nil && empty.report.isEmpty)
    }
}
