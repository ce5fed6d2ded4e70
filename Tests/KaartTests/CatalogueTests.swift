import BuurtCore
import Testing
import YAML

@testable import Kaart

/// Entries loaded from files, so that problems have file:line:column.
func loadedEntries(_ files: [String: String]) -> [KaartEntry] {
    let site = KaartFixture()
    for (path, text) in files { site.write(path, text) }
    var entries = site.load().entries
    for buurt in exampleBuurten {
        entries += site.load("content/buurten/\(buurt.slug)/kaart", buurt: buurt.slug).entries
    }
    return entries
}

@Suite struct CatalogueCheckTests {
    @Test func unknownCategoriesAndAudiencesGetADidYouMean() {
        let entries = loadedEntries([
            "content/kaart/a.md": entryFile("", without: ["categories", "audiences"]).replacingOccurrences(
                of: "organization:",
                with: "categories: [zorg, reparen, Taal en leren]\naudiences: [oudere]\norganization:")
        ])
        #expect(
            catalogue(entries).problems == [
                "content/kaart/a.md:5:20: categories[2]: unknown category 'reparen' (did you mean 'repareren'?)",
                "content/kaart/a.md:5:29: categories[3]: unknown category 'Taal en leren' (did you mean 'taal'?)",
                "content/kaart/a.md:6:13: audiences[1]: unknown audience 'oudere' (did you mean 'ouderen'?)",
            ])
    }

    @Test func servesMustNameRealBuurtenOrCBSCodes() {
        let entries = loadedEntries([
            "content/kaart/a.md": entryFile("serves: [beekdal, molenkam, BU09990299, BU09990201]")
        ])
        let line = extraLine()
        #expect(
            catalogue(entries).problems == [
                "content/kaart/a.md:\(line):19: serves[2]: unknown buurt 'molenkam' (did you mean 'molenkamp'?)",
                "content/kaart/a.md:\(line):29: serves[3]: no buurt has CBS buurtcode 'BU09990299' (did you "
                    + "mean 'BU09990201'?)",
            ])
    }

    @Test func eachEntryServesItsBuurten() throws {
        let all = makeEntry("a")
        let some = makeEntry("b", serves: .only(["beekdal"]))
        let byCode = makeEntry("c", serves: .only(["BU09990202"]))
        let own = makeEntry("d", buurt: "molenkamp")
        let (kaart, problems) = catalogue([all, some, byCode, own])
        #expect(problems == [])
        #expect(kaart.servedBuurten(of: all) == ["beekdal", "molenkamp"])
        #expect(kaart.servedBuurten(of: some) == ["beekdal"])
        #expect(kaart.servedBuurten(of: byCode) == ["molenkamp"])
        #expect(kaart.servedBuurten(of: own) == ["molenkamp"])
        #expect(kaart.entries(for: "beekdal").map(\.slug) == ["a", "b"])
        #expect(kaart.entries(for: "molenkamp").map(\.slug) == ["a", "c", "d"])
        #expect(kaart.entry(slug: "d", for: "beekdal") == nil)
        #expect(kaart.entry(slug: "d", for: "molenkamp")?.sourcePath == "content/buurten/molenkamp/kaart/d.md")
        #expect(kaart.all.count == 4)
    }

    @Test func twoEntriesWithOneSlugOnOneSiteNameBothFiles() {
        let entries = loadedEntries([
            "content/kaart/taalcafe.md": entryFile(),
            "content/kaart/zorg/taalcafe.md": entryFile("serves: [molenkamp]"),
            "content/buurten/beekdal/kaart/taalcafe.md": entryFile(),
            "content/buurten/molenkamp/kaart/eigen.md": entryFile(),
            "content/buurten/beekdal/kaart/eigen.md": entryFile(),
        ])
        #expect(
            catalogue(entries).problems == [
                "content/buurten/beekdal/kaart/taalcafe.md: entry slug 'taalcafe' is also used by "
                    + "content/kaart/taalcafe.md; "
                    + "both would be /wegwijzer/taalcafe/ on the site of Beekdal Verbindt",
                "content/kaart/zorg/taalcafe.md: entry slug 'taalcafe' is also used by content/kaart/taalcafe.md; "
                    + "both would be /wegwijzer/taalcafe/ on the site of Molenkamp Samen",
            ])
    }

    @Test func aSlugMayNotTakeAFilterOrTheDownloads() {
        let entries = loadedEntries([
            "content/kaart/open-data.md": entryFile(), "content/kaart/x.md": entryFile("slug: voor-wie"),
        ])
        #expect(
            catalogue(entries).problems == [
                "content/kaart/open-data.md: entry slug 'open-data' is taken by the downloads: /wegwijzer/open-data/",
                "content/kaart/x.md:\(extraLine()):7: entry slug 'voor-wie' is taken by a filter of the kaart: "
                    + "/wegwijzer/voor-wie/",
            ])
    }

    @Test func entriesAreSortedByNameIgnoringAccentsAndCase() {
        let entries = [
            makeEntry("b", name: "Zorgloket"),
            makeEntry("a", name: "éénmalige hulp"),
            makeEntry("c", name: "Buurtbus"),
        ]
        #expect(catalogue(entries).catalogue.all.map(\.name) == ["Buurtbus", "éénmalige hulp", "Zorgloket"])
    }

    @Test func facetValuesListOnlyValuesWithEntriesInSettingsOrder() {
        let entries = [makeEntry("a", categories: ["taal", "zorg"]), makeEntry("b", categories: ["taal"])]
        let kaart = catalogue(entries).catalogue
        let facet = KaartFacet(field: .categories, label: "Onderwerp", segment: "onderwerp")
        let values = kaart.facetValues(facet, for: "beekdal")
        #expect(values.map(\.term.value) == ["zorg", "taal"])
        #expect(values.map { $0.entries.map(\.slug) } == [["a"], ["a", "b"]])
    }
}

@Suite struct FreshnessTests {
    // Review interval 365 days, hidden 730 days after the due date; today is 1 May 2026.
    let fresh = makeEntry("vers", reviewed: "2026-03-03")
    let dueToday = makeEntry("vandaag", reviewed: "2025-05-01")
    let overdue = makeEntry("te-laat", reviewed: "2025-03-03")
    let longOverdue = makeEntry("verborgen", reviewed: "2023-04-30")
    let justNotHidden = makeEntry("net-niet", reviewed: "2023-05-02")

    @Test func theReviewIsDueAfterTheInterval() {
        let kaart = catalogue([fresh]).catalogue
        #expect(kaart.reviewDue(fresh) == day("2027-03-03"))
        #expect(kaart.reviewDue(makeEntry("schrikkel", reviewed: "2024-02-29")) == day("2025-02-28"))
    }

    @Test func anEntryIsOverdueOnlyAfterItsDueDate() {
        let kaart = catalogue([fresh, dueToday, overdue]).catalogue
        #expect(!kaart.isOverdue(fresh))
        #expect(!kaart.isOverdue(dueToday))
        #expect(kaart.isOverdue(overdue))
        #expect(kaart.daysOverdue(overdue) == 59)
    }

    @Test func longOverdueEntriesAreHiddenFromSitesAndExports() {
        let kaart = catalogue([fresh, overdue, longOverdue, justNotHidden]).catalogue
        #expect(kaart.isHidden(longOverdue))
        #expect(!kaart.isHidden(justNotHidden))
        #expect(kaart.entries(for: "beekdal").map(\.slug) == ["net-niet", "te-laat", "vers"])
        #expect(kaart.all.map(\.slug) == ["net-niet", "te-laat", "vers"])
        #expect(kaart.hidden.map(\.slug) == ["verborgen"])
    }

    @Test func withoutAHideSettingNothingIsHidden() {
        var settings = exampleSettings
        settings.hideOverdueAfterDays = nil
        let kaart = catalogue([longOverdue], settings: settings).catalogue
        #expect(kaart.isOverdue(longOverdue))
        #expect(kaart.all.count == 1)
    }

    @Test func theOverdueReportListsOldestFirstAndMarksHiddenOnes() {
        let kaart = catalogue([fresh, overdue, longOverdue]).catalogue
        #expect(
            kaart.overdueReport == [
                "content/kaart/verborgen.md: Verborgen — gecontroleerd op 30 april 2023, te controleren sinds "
                    + "29 april 2024; beheerder wegwijzer@lindeveen.nl — verborgen: niet meer op de sites",
                "content/kaart/te-laat.md: Te-Laat — gecontroleerd op 3 maart 2025, "
                    + "te controleren sinds 3 maart 2026; beheerder wegwijzer@lindeveen.nl",
            ])
    }

    @Test func aReviewDateAfterTheBuildDateIsAWarning() {
        #expect(
            catalogue([makeEntry("x", reviewed: "2026-06-01")]).problems
                == ["content/kaart/x.md: warning: reviewed: 1 juni 2026 is after the build date (1 mei 2026)"])
    }
}
