import BuurtCalendar
import BuurtCore
import Foundation
import Testing
import YAML

@testable import Kaart

@Suite struct LoaderTests {
    @Test func aCompleteEntryIsLoadedWithEveryField() throws {
        let site = KaartFixture()
        site.write(
            "content/kaart/Repair Café.md",
            entryFile(
                """
                cost: Gratis
                languages: [nl, en]
                eligibility: Voor inwoners van Lindeveen
                channels: [online]
                contact:
                  phone: 0999 123 456
                  email: info@example.nl
                  website: https://www.example.nl/aanmelden
                schedules:
                  - freq: weekly
                    byday: [TU]
                    opens_at: "10:00"
                    closes_at: "12:00"
                    location: Buurthuis De Beek
                    note: Niet in de schoolvakanties
                hours_note: Bellen kan op werkdagen.
                closed: [2026-12-26, 2026-12-25]
                serves: [beekdal, BU09990201]
                """, body: "Kom *langs*."))
        let (entries, problems) = site.load()
        #expect(problems == [])
        let entry = try #require(entries.first)
        #expect(entry.slug == "repair-cafe")
        #expect(entry.buurtSlug == nil)
        #expect(entry.sourcePath == "content/kaart/Repair Café.md")
        #expect(entry.name == "Repair Café Beekdal")
        #expect(entry.kind == .informeel)
        #expect(entry.categories == ["repareren", "ontmoeten"])
        #expect(entry.organization.website == "https://www.example.nl")
        #expect(entry.languages == ["nl", "en"])
        #expect(entry.locations.first?.oneLine == "Beekstraat 12, 9999 AB Lindeveen")
        #expect(entry.channels == [.online])
        #expect(entry.contact.phoneURI == "tel:+31999123456")
        #expect(entry.schedules.first?.recurrence.byDay == [ByDay(weekday: .tuesday)])
        #expect(
            entry.schedules.first?.recurrence.closedDates == [day("2026-12-25"), day("2026-12-26")],
            "the entry's closed dates are every schedule's")
        #expect(entry.schedules.first?.location == "Buurthuis De Beek")
        #expect(entry.closed == [day("2026-12-25"), day("2026-12-26")])
        #expect(entry.serves == .only(["beekdal", "BU09990201"]))
        #expect(entry.reviewed == day("2026-03-03"))
        #expect(entry.body.hasPrefix("Kom *langs*."))
    }

    @Test func theBodyStartsOnTheLineAfterTheFrontMatter() throws {
        let site = KaartFixture()
        site.write("content/kaart/a.md", entryFile())
        let entry = try #require(site.load().entries.first)
        let lines = entryFile().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[entry.bodyFirstLine - 1] == "Kom langs met je kapotte spullen.")
    }

    @Test func slugComesFromTheFileNameOrFromSlugAndSubfoldersDoNotCount() {
        let site = KaartFixture()
        site.write("content/kaart/zorg/Taalcafé De Brug.md", entryFile())
        site.write("content/kaart/b.md", entryFile("slug: eigen-naam"))
        site.write("content/kaart/c.md", entryFile("slug: Eigen Naam"))
        let (entries, problems) = site.load()
        #expect(entries.map(\.slug).sorted() == ["eigen-naam", "taalcafe-de-brug"])
        #expect(
            problems == [
                "content/kaart/c.md:\(extraLine()):7: slug 'Eigen Naam' may only hold lowercase letters, "
                    + "digits and hyphens"
            ])
    }

    @Test func draftsAreCheckedButLeftOut() {
        let site = KaartFixture()
        site.write("content/kaart/klaar.md", entryFile())
        site.write("content/kaart/concept.md", entryFile("draft: true"))
        site.write("content/kaart/kapot.md", entryFile("draft: true\nowner: niemand", without: ["owner"]))
        let (entries, problems) = site.load()
        #expect(entries.map(\.slug) == ["klaar"])
        #expect(
            problems == [
                "content/kaart/kapot.md:\(extraLine(without: ["owner"]) + 1):8: owner: 'niemand' is not an "
                    + "e-mail address"
            ])
    }

    @Test func aMissingFolderIsNoEntriesAndOtherFilesAreIgnored() {
        let site = KaartFixture()
        #expect(site.load().entries.isEmpty)
        site.write("content/kaart/foto.jpg", "not markdown")
        #expect(site.load().problems == [])
    }

    @Test func aBuurtFolderEntryBelongsToThatBuurtAndMayNotUseServes() {
        let site = KaartFixture()
        site.write("content/buurten/beekdal/kaart/eigen.md", entryFile())
        site.write("content/buurten/beekdal/kaart/breed.md", entryFile("serves: all"))
        let (entries, problems) = site.load("content/buurten/beekdal/kaart", buurt: "beekdal")
        #expect(entries.map(\.buurtSlug) == ["beekdal"])
        #expect(
            problems == [
                "content/buurten/beekdal/kaart/breed.md:\(extraLine()):9: serves: 'serves' cannot be used in a "
                    + "buurt's own kaart folder"
            ])
    }

    @Test func servesMustBeAllOrAList() {
        let site = KaartFixture()
        site.write("content/kaart/a.md", entryFile("serves: beekdal"))
        #expect(
            site.load().problems == [
                "content/kaart/a.md:\(extraLine()):9: serves: expected 'all' or a list of buurten, found 'beekdal'"
            ])
    }

    @Test func aSymlinkOutOfTheSiteIsReported() throws {
        let site = KaartFixture()
        let outside = KaartFixture()
        outside.write("geheim.md", entryFile())
        try FileManager.default.createDirectory(
            at: site.url.appendingPathComponent("content/kaart"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: site.url.appendingPathComponent("content/kaart/geheim.md").path,
            withDestinationPath: outside.url.appendingPathComponent("geheim.md").path)
        let (entries, problems) = site.load()
        #expect(entries.isEmpty)
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("content/kaart/geheim.md: symlink points outside the site root") == true)
    }

    @Test func aFileWithoutFrontMatterIsReported() {
        let site = KaartFixture()
        site.write("content/kaart/leeg.md", "Alleen tekst")
        #expect(site.load().problems == ["content/kaart/leeg.md:1:1: page has no front matter"])
    }
}
