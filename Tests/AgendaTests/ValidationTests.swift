import BuurtCalendar
import BuurtCore
import Testing

@testable import Agenda

/// Every problem an activity file can have is reported at its line and column, with what to do about it.
@Suite struct ActivityValidationTests {
    let path = "content/agenda/taalcafe.md"
    let line = extraLine()

    /// The problems of an activity file with `extra` lines, without the location prefix's file name.
    func problems(_ extra: String, without: Set<String> = []) -> [String] {
        load(activityFile(extra, without: without)).problems
    }

    @Test func aValidFileGivesAnActivity() throws {
        let (activity, problems) = load(activityFile(thursdays + "\ncost: Gratis"))
        #expect(problems == [])
        let loaded = try #require(activity)
        #expect(loaded.slug == "taalcafe")
        #expect(loaded.key == "taalcafe")
        #expect(loaded.location == molensteen)
        #expect(loaded.cost == "Gratis")
        #expect(loaded.recurrence == weeklyRule([.thursday]))
    }

    @Test func requiredFieldsAreNamed() {
        let found = problems(thursdays, without: ["title", "summary", "categories", "audiences", "reviewed", "owner"])
        // Problems at one place are reported in the order of their messages.
        #expect(
            found == [
                "\(path):2:1: missing required key 'audiences'",
                "\(path):2:1: missing required key 'categories'",
                "\(path):2:1: missing required key 'owner'",
                "\(path):2:1: missing required key 'reviewed'",
                "\(path):2:1: missing required key 'summary'",
                "\(path):2:1: missing required key 'title'",
            ])
    }

    @Test func aMissingLocationIsAnError() {
        let found = problems(thursdays, without: ["location"])
        #expect(found == ["\(path):2:1: activity has no location: people cannot tell where to go"])
    }

    @Test func anInvalidDateIsAnErrorAtItsPlace() {
        let found = problems("date: 2026-02-30\nstart: \"14:00\"\nend: \"16:00\"")
        #expect(found == ["\(path):\(line):7: date: not a date: '2026-02-30', expected YYYY-MM-DD"])
    }

    @Test func invalidTimesAndAnEndBeforeTheStart() {
        #expect(
            problems("date: 2026-12-12\nstart: \"14.00\"\nend: \"16:00\"")
                == ["\(path):\(line + 1):8: start: '14.00' is not a time"])
        #expect(
            problems("date: 2026-12-12\nstart: \"14:00\"\nend: \"13:00\"")
                == ["\(path):\(line + 2):6: end: ends at 13:00 but starts at 14:00: the end must be later"])
        #expect(
            problems("date: 2026-12-12\nend_date: 2026-12-11\nall_day: true")
                == [
                    "\(path):\(line + 1):11: end_date: end_date (11 december 2026) is before date (12 december 2026)"
                ])
        #expect(
            problems(
                "schedule:\n  freq: weekly\n  byday: [TH]\n  start: \"21:00\"\n  end: \"19:00\"")
                == ["\(path):\(line + 4):8: schedule.end: ends at 19:00 but starts at 21:00: the end must be later"])
        #expect(
            problems("date: 2026-12-12\nstart: \"14:00\"")
                == ["\(path):2:1: missing required key 'end'"])
    }

    @Test func aOneOffOverSeveralDaysMayEndEarlierInTheDay() {
        let (activity, found) = load(
            activityFile("date: 2026-12-19\nend_date: 2026-12-20\nstart: \"20:00\"\nend: \"02:00\""))
        #expect(found == [])
        #expect(
            activity?.timing
                == .once(
                    AgendaOnce(
                        day: day("2026-12-19"), lastDay: day("2026-12-20"), times: (time("20:00"), time("02:00")))))
    }

    @Test func exactlyOneOfDateOrSchedule() {
        #expect(problems("") == ["\(path):2:1: missing 'date' or 'schedule': the activity has no date"])
        #expect(
            problems("date: 2026-12-12\nall_day: true\n" + thursdays)
                == [
                    "\(path):\(line + 3):3: schedule: an activity has 'date' (once) or 'schedule' (repeating), not both"
                ])
    }

    @Test func aCancelledDateMustBeADateOfTheActivity() {
        let found = problems(thursdays + "\ncancelled:\n  - date: 2026-12-23\n    reason: Kerst")
        #expect(found == ["\(path):\(line + 6):11: cancelled[1].date: 23 december 2026 is not a date of this activity"])
        let fixture = AgendaFixture()
        fixture.write(path, activityFile(thursdays + "\ncancelled:\n  - date: 2026-12-23"))
        #expect(hints(of: fixture) == ["it is elke donderdag; the nearest dates are 17 en 24 december 2026"])
        #expect(
            problems("date: 2026-12-12\nall_day: true\ncancelled:\n  - date: 2026-12-13")
                == [
                    "\(path):\(line + 3):11: cancelled[1].date: 13 december 2026 is not the date of this activity "
                        + "(12 december 2026)"
                ])
    }

    @Test func movedAndExtraDatesAreChecked() {
        #expect(
            problems(thursdays + "\nmoved:\n  - from: 2026-12-30\n    to: 2027-01-02")
                == ["\(path):\(line + 6):11: moved[1].from: 30 december 2026 is not a date of the schedule"])
        #expect(
            problems(thursdays + "\ncancelled:\n  - date: 2026-12-31\nmoved:\n  - from: 2026-12-31\n    to: 2027-01-02")
                == ["\(path):\(line + 8):11: moved[1].from: 31 december 2026 is both cancelled and moved"])
        #expect(
            problems(thursdays + "\nextra:\n  - date: 2026-12-31")
                == ["\(path):\(line + 6):11: extra[1].date: 31 december 2026 is already a date of the schedule"])
        #expect(
            problems("date: 2026-12-12\nall_day: true\nextra:\n  - date: 2026-12-13")
                == ["\(path):\(line + 3):3: extra: 'extra' is only for an activity with a 'schedule'"])
    }

    @Test func aRuleWithoutAnyDateInItsRangeIsAnError() {
        let found = problems(
            "schedule:\n  freq: monthly\n  byday: [-1SU]\n  start: \"10:00\"\n  end: \"12:00\"\n"
                + "  valid_from: 2026-12-01\n  valid_to: 2026-12-20")
        #expect(
            found
                == [
                    "\(path):\(line + 1):3: schedule: the schedule has no date from valid_from (1 december 2026) to "
                        + "valid_to (20 december 2026)"
                ])
    }

    @Test func everyFewMonthsNeedsValidFrom() {
        let found = problems(
            "schedule:\n  freq: monthly\n  interval: 2\n  byday: [1MO]\n  start: \"10:00\"\n  end: \"12:00\"")
        #expect(
            found == [
                "\(path):\(line + 2):13: schedule.interval: a schedule every 2 months needs 'valid_from' to tell "
                    + "which months"
            ])
    }

    @Test func aPauseNeedsItsEnd() {
        #expect(problems(thursdays + "\nstatus: paused") == ["\(path):2:1: missing required key 'paused_until'"])
        #expect(
            problems(thursdays + "\npaused_until: 2027-01-05")
                == ["\(path):\(line + 5):15: paused_until: 'paused_until' is only for 'status: paused'"])
        #expect(
            problems(thursdays + "\nstatus: gepauzeerd").first?.hasPrefix("\(path):\(line + 5):9: status:") == true)
    }

    @Test func registrationAndImage() {
        #expect(
            problems(thursdays + "\nregistration:\n  required: true")
                == ["\(path):\(line + 6):3: registration: missing required key 'how'"])
        #expect(
            problems(thursdays + "\nimage: foto.jpg\nimage_alt: Buren aan tafel")
                == ["\(path):\(line + 5):8: image: image not found: content/agenda/foto.jpg"])
        #expect(
            problems(thursdays + "\nimage: foto.jpg").contains("\(path):2:1: missing required key 'image_alt'"))
    }

    @Test func servesIsOnlyForTheMunicipalitysFolder() {
        let found = load(activityFile(thursdays + "\nserves: [beekdal]"), buurt: "molenkamp").problems
        #expect(
            found == [
                "content/buurten/molenkamp/agenda/taalcafe.md:\(line + 5):9: serves: 'serves' cannot be used in a "
                    + "buurt's own agenda folder"
            ])
    }

    @Test func organiserAndLocationMayNameAKaartEntry() throws {
        let (activity, found) = load(
            activityFile(
                thursdays + "\norganiser: { kaart: taalhuis }\nlocation: { kaart: wijkhuiskamer, name: Zaal }",
                without: ["location"]))
        #expect(found == [])
        let loaded = try #require(activity)
        #expect(loaded.organiserReference == "taalhuis")
        #expect(loaded.locationReference?.entry == "wijkhuiskamer")
        #expect(loaded.locationReference?.name == "Zaal")
        #expect(
            problems("organiser: [a, b]\n" + thursdays).first
                == "\(path):\(line):12: organiser: expected a name or '{ kaart: <entry> }'")
    }
}

/// The hints of the problems of a fixture's content/agenda/.
func hints(of fixture: AgendaFixture) -> [String] {
    let collector = DiagnosticCollector()
    _ = AgendaLoader(root: fixture.root, diagnostics: collector).load(folder: "content/agenda", buurt: nil)
    return collector.diagnostics.compactMap(\.hint)
}
