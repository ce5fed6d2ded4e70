import BuurtCalendar
import BuurtCore
import Kaart
import Model
import Testing

@testable import Agenda

/// The agenda builds on the kaart: a schedule marked `agenda: true` is an activity, and an activity's organiser
/// and place may be a kaart entry.
@Suite struct KaartLinkTests {
    static let beek = KaartLocation(
        name: "Buurthuis De Beekpunt", address: "Oeverlaan 3", postcode: "9993 EG", place: "Lindeveen")

    func entry(
        _ slug: String, buurt: String? = nil, locations: [KaartLocation] = [beek, molensteen],
        schedules: [KaartSchedule] = [], closed: [String] = []
    ) -> KaartEntry {
        KaartEntry(
            sourcePath: (buurt.map { "content/buurten/\($0)/kaart/" } ?? "content/kaart/") + slug + ".md",
            buurtSlug: buurt, slug: slug, name: "Repair Café", summary: "Samen repareren.", kind: .informeel,
            categories: ["repareren"], audiences: ["iedereen"],
            organization: KaartOrganization(name: "Beekdal Verbindt"),
            locations: locations, contact: KaartContact(email: "kees@example.nl"), schedules: schedules,
            closed: closed.map(day), reviewed: day("2026-09-21"), owner: "kees@example.nl")
    }

    func kaart(_ entries: [KaartEntry]) -> KaartCatalogue {
        var settings = KaartSettings(name: "Wegwijzer", segment: "wegwijzer")
        settings.categories = exampleSettings.categories
        settings.audiences = exampleSettings.audiences
        return KaartCatalogue(
            entries: entries, settings: settings, settingsNode: nil, buurten: exampleBuurten, today: day("2026-11-22"),
            diagnostics: DiagnosticCollector())
    }

    @Test func aMarkedScheduleIsAnActivityOfItsEntry() throws {
        let rule = monthlyRule(["2SA"])
        let repair = entry(
            "repair-cafe", buurt: "beekdal",
            schedules: [
                KaartSchedule(
                    recurrence: rule, location: "Buurthuis De Beekpunt", note: "Niet in juli en augustus",
                    inAgenda: true, position: 0),
                KaartSchedule(recurrence: weeklyRule([.monday]), position: 1),
            ], closed: ["2026-12-12", "2026-12-13"])
        let (agenda, problems) = catalogue([], kaart: kaart([repair]))
        #expect(problems == [])
        let activity = try #require(agenda.loaded.first)
        #expect(agenda.loaded.count == 1, "only the marked schedule")
        #expect(activity.key == "beekdal-repair-cafe")
        #expect(activity.title == "Repair Café")
        #expect(activity.whenNote == "Niet in juli en augustus")
        #expect(activity.location == Self.beek)
        #expect(activity.organiserName == "Beekdal Verbindt")
        #expect(activity.kaartEntry?.slug == "repair-cafe")
        #expect(agenda.activities(for: "beekdal").count == 1)
        // The entry's closed days on the schedule are cancelled; the others are no day of it.
        #expect(activity.cancelled == [AgendaCancellation(day: day("2026-12-12"), reason: "Gesloten")])
        #expect(activity.recurrence?.closedDates == [])
    }

    @Test func severalMarkedSchedulesAreSeveralActivities() {
        let repair = entry(
            "repair-cafe",
            schedules: [
                KaartSchedule(
                    recurrence: monthlyRule(["2SA"]), location: "Buurthuis De Beekpunt", note: "Repareren",
                    inAgenda: true, position: 0),
                KaartSchedule(
                    recurrence: monthlyRule(["4SA"]), location: "Wijkhuiskamer De Molensteen",
                    inAgenda: true, position: 1),
            ])
        let agenda = catalogue([], kaart: kaart([repair])).catalogue
        // Sorted by title; the first marked schedule keeps the entry's slug.
        #expect(agenda.loaded.map(\.key) == ["repair-cafe-2", "repair-cafe"])
        #expect(agenda.loaded.map(\.title) == ["Repair Café", "Repair Café: Repareren"])
    }

    @Test func aMarkedScheduleNeedsAPlace() {
        let repair = entry(
            "repair-cafe", schedules: [KaartSchedule(recurrence: monthlyRule(["2SA"]), inAgenda: true, position: 0)])
        #expect(
            catalogue([], kaart: kaart([repair])).problems == [
                "content/kaart/repair-cafe.md: schedules[1].agenda: a schedule in the agenda needs a location: people "
                    + "must know where to go"
            ])
    }

    @Test func organiserAndPlaceFromTheKaart() throws {
        let (loaded, _) = load(
            activityFile(
                thursdays + "\norganiser: { kaart: repair-cafe }\n"
                    + "location: { kaart: repair-cafe, name: Buurthuis De Beekpunt }",
                without: ["location"]))
        let (agenda, problems) = catalogue([try #require(loaded)], kaart: kaart([entry("repair-cafe")]))
        #expect(problems == [])
        let activity = try #require(agenda.loaded.first)
        #expect(activity.location == Self.beek)
        #expect(activity.organiserEntry?.contact.email == "kees@example.nl")
        #expect(activity.organiserName == "Beekdal Verbindt")
    }

    @Test func unknownKaartEntriesAndPlacesAreErrors() throws {
        let path = "content/agenda/taalcafe.md"
        let line = extraLine(without: ["location"])
        func problems(_ extra: String) throws -> [String] {
            let (loaded, _) = load(activityFile(thursdays + "\n" + extra, without: ["location"]))
            return catalogue([try #require(loaded)], kaart: kaart([entry("repair-cafe")])).problems
        }
        #expect(
            try problems(
                "organiser: { kaart: repair-kafe }\nlocation: { kaart: repair-cafe, name: Buurthuis De Beekpunt }")
                == [
                    "\(path):\(line + 5):21: organiser.kaart: unknown kaart entry 'repair-kafe' (did you mean "
                        + "'repair-cafe'?)"
                ])
        #expect(
            try problems("location: { kaart: repair-cafe }")
                == ["\(path):\(line + 5):20: location.kaart: kaart entry 'repair-cafe' has 2 locations: say which one"])
        let unknownPlace = try problems("location: { kaart: repair-cafe, name: Buurthuis De Beek }")
        #expect(
            unknownPlace == [
                "\(path):\(line + 5):39: location.name: kaart entry 'repair-cafe' has no location 'Buurthuis De Beek'"
            ])
    }
}
