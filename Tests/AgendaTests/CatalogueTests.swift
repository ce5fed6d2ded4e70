import BuurtCalendar
import BuurtCore
import Kaart
import Model
import Testing

@testable import Agenda

/// What needs all activities, the settings and the kaart: known values and buurten, kaart entries, slugs, and the
/// build's report.
@Suite struct AgendaCatalogueTests {
    @Test func unknownCategoriesAudiencesAndBuurtenAreErrors() {
        let found = catalogue([
            makeActivity("a", categories: ["tall"], audiences: ["Ouderen"], serves: .only(["beekdaal"]))
        ]).problems
        #expect(
            found == [
                "content/agenda/a.md: audiences[1]: unknown audience 'Ouderen' (did you mean 'ouderen'?)",
                "content/agenda/a.md: categories[1]: unknown category 'tall' (did you mean 'taal'?)",
                "content/agenda/a.md: serves[1]: unknown buurt 'beekdaal' (did you mean 'beekdal'?)",
            ])
    }

    @Test func whichSitesShowAnActivity() {
        let agenda = catalogue([
            makeActivity("overal"), makeActivity("eigen", buurt: "molenkamp"),
            makeActivity("beek", serves: .only(["beekdal"])),
        ]).catalogue
        #expect(agenda.activities(for: "beekdal").map(\.slug) == ["beek", "overal"])
        #expect(agenda.activities(for: "molenkamp").map(\.slug) == ["eigen", "overal"])
        #expect(agenda.all.map(\.key) == ["beek", "molenkamp-eigen", "overal"])
    }

    @Test func slugsMayNotClash() {
        let found = catalogue([
            makeActivity("taalcafe"), makeActivity("taalcafe", buurt: "molenkamp"), makeActivity("afdrukken"),
            makeActivity("onderwerp"), makeActivity("molenkamp-breien"), makeActivity("breien", buurt: "molenkamp"),
        ]).problems
        #expect(
            found == [
                "content/agenda/afdrukken.md: activity slug 'afdrukken' is taken by the week sheet: /agenda/afdrukken/",
                "content/agenda/onderwerp.md: activity slug 'onderwerp' is taken by a filter of the agenda: "
                    + "/agenda/onderwerp/",
                "content/buurten/molenkamp/agenda/breien.md: activity 'molenkamp-breien' is also made by "
                    + "content/agenda/molenkamp-breien.md; both would be /agenda/molenkamp-breien/ on the portal, "
                    + "with the same calendar UID",
                "content/buurten/molenkamp/agenda/taalcafe.md: activity slug 'taalcafe' is also used by "
                    + "content/agenda/taalcafe.md; both would be /agenda/taalcafe/ on the site of Hart van Molenkamp",
            ])
    }

    @Test func theWindowIsTheWeeksFromTheBuildsDay() {
        let agenda = catalogue([makeActivity("taalcafe")]).catalogue
        #expect(agenda.firstDay == day("2026-11-22"))
        #expect(agenda.lastDay == day("2027-01-02"), "six weeks, the build's day included")
        #expect(agenda.windowOccurrences(of: agenda.loaded[0]).count == 6)
    }

    @Test func pastActivitiesAndOverdueReviewsAreReportedNotWarnedAbout() {
        let (agenda, problems) = catalogue(
            [
                makeActivity(
                    "markt", title: "Kerstmarkt",
                    timing: .once(AgendaOnce(day: day("2026-11-14"), times: (time("10:00"), time("16:00"))))),
                makeActivity("cursus", title: "Cursus", timing: .recurring(weeklyRule([.monday], to: "2026-11-16"))),
                makeActivity("oud", title: "Oud nieuws", reviewed: "2025-06-01"),
                makeActivity("taalcafe"),
            ])
        #expect(problems == [])
        #expect(
            agenda.overReport == [
                "content/agenda/markt.md: Kerstmarkt — afgelopen op 14 november 2026; beheerder agenda@lindeveen.nl",
                "content/agenda/cursus.md: Cursus — herhaling liep tot en met 16 november 2026; beheerder "
                    + "agenda@lindeveen.nl",
            ])
        #expect(
            agenda.overdueReport == [
                "content/agenda/oud.md: Oud nieuws — gecontroleerd op 1 juni 2025, te controleren sinds 1 juni 2026; "
                    + "beheerder agenda@lindeveen.nl"
            ])
    }

    @Test func settingsAreChecked() {
        var settings = exampleSettings
        settings.segment = "Agenda!"
        settings.weeks = 0
        settings.facets = [
            AgendaFacet(field: .categories, label: "Onderwerp", segment: "afdrukken"),
            AgendaFacet(field: .categories, label: "Ook", segment: "ook"),
        ]
        let yaml = """
            agenda:
              segment: Agenda!
              weeks: 0
              facets:
                - {field: categories, label: Onderwerp, segment: afdrukken}
                - {field: categories, label: Ook, segment: ook}
            """
        let found = catalogue([], settings: settings, settingsYAML: yaml).problems
        #expect(
            found == [
                "site.yml:2:12: agenda.segment 'Agenda!' cannot be used in a web address",
                "site.yml:3:10: agenda.weeks must be 1 to 52, found 0",
                "site.yml:5:54: agenda.facets[1].segment 'afdrukken' is taken by the week sheet",
                "site.yml:6:15: agenda.facets: field 'categories' has two filters (also at position 1)",
            ])
    }
}
