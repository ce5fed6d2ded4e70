import BuurtCalendar
import BuurtCore
import Testing
import YAML

@testable import Kaart

/// Problems of one schedule, written under `schedules:` (its first key `freq` on line `scheduleLine`).
func scheduleProblems(_ lines: String) -> [String] {
    entryProblems("schedules:\n  - " + lines.replacingOccurrences(of: "\n", with: "\n    "))
}

/// Line of the first key of the schedule in `scheduleProblems`.
var scheduleLine: Int { extraLine() + 1 }

func time(_ text: String) -> TimeOfDay { TimeOfDay(text)! }

/// A schedule without location or note; the rules themselves are tested in BuurtCalendarTests.
func weekly(
    _ days: [Weekday], _ opens: String, _ closes: String, interval: Int = 1,
    from: String? = nil, to: String? = nil
) -> KaartSchedule {
    KaartSchedule(
        recurrence: Recurrence(
            frequency: .weekly, interval: interval, byDay: days.map { ByDay(weekday: $0) },
            startTime: time(opens), endTime: time(closes), validFrom: from.map(day),
            validTo: to.map(day)))
}

func monthly(_ days: [String], _ opens: String, _ closes: String, interval: Int = 1) -> KaartSchedule {
    KaartSchedule(
        recurrence: Recurrence(
            frequency: .monthly, interval: interval, byDay: days.map { ByDay($0)! },
            startTime: time(opens), endTime: time(closes)))
}

@Suite struct ScheduleValidationTests {
    @Test func aValidWeeklyScheduleHasNoProblems() {
        #expect(scheduleProblems("freq: weekly\nbyday: [MO, TH]\nopens_at: \"9:00\"\ncloses_at: \"12:00\"") == [])
    }

    @Test(arguments: [
        ("25:00", "hours go from 00 to 23; midnight is 00:00"), ("9.00", "use a colon: \"09:00\""),
        ("negen uur", "write the time as HH:MM in 24 hours, for example \"10:00\" or \"14:30\""),
    ])
    func badTimesAreReportedWithAFittingHint(_ text: String, _ hint: String) {
        let lines = "schedules:\n  - freq: weekly\n    byday: [TU]\n    opens_at: \(text)\n    closes_at: \"23:30\""
        #expect(entryProblems(lines) == ["\(scheduleLine + 2):15: schedules[1].opens_at: '\(text)' is not a time"])
        #expect(entryHints(lines) == [hint])
    }

    @Test func closingMustComeAfterOpening() {
        let problems = scheduleProblems("freq: weekly\nbyday: [TU]\nopens_at: \"14:00\"\ncloses_at: \"2:00\"")
        #expect(
            problems == [
                "\(scheduleLine + 3):16: schedules[1].closes_at: closes at 02:00 but opens at 14:00: closing "
                    + "time must be later"
            ])
        let hints = entryHints(
            "schedules:\n  - freq: weekly\n    byday: [TU]\n    opens_at: \"14:00\"\n    closes_at: \"2:00\"")
        #expect(hints == ["write times in 24 hours: 5 in the afternoon is 17:00"])
    }

    @Test func monthlyDaysNeedAWeekAndWeeklyDaysMayNotHaveOne() {
        #expect(
            scheduleProblems("freq: monthly\nbyday: [WE]\nopens_at: \"14:00\"\ncloses_at: \"16:00\"")
                == [
                    "\(scheduleLine + 1):13: schedules[1].byday[1]: 'WE' has no week of the month, but the "
                        + "schedule is monthly"
                ])
        #expect(
            scheduleProblems("freq: weekly\nbyday: [2WE]\nopens_at: \"14:00\"\ncloses_at: \"16:00\"")
                == [
                    "\(scheduleLine + 1):13: schedules[1].byday[1]: '2WE' names a week of the month, but the "
                        + "schedule is weekly"
                ])
    }

    @Test func theWeekOfTheMonthIsOneToFourOrLast() {
        #expect(
            scheduleProblems("freq: monthly\nbyday: [5FR, -2FR, -1FR]\nopens_at: \"14:00\"\ncloses_at: \"16:00\"") == [
                "\(scheduleLine + 1):13: schedules[1].byday[1]: '5FR': the week of the month must be 1 to 4, "
                    + "or -1 for the last",
                "\(scheduleLine + 1):18: schedules[1].byday[2]: '-2FR': the week of the month must be 1 to 4, "
                    + "or -1 for the last",
            ])
    }

    @Test func daysMustBeKnownAndInCapitals() {
        #expect(
            scheduleProblems("freq: weekly\nbyday: [DI, tu, donderdag, XX]\nopens_at: \"14:00\"\ncloses_at: \"16:00\"")
                == [
                    "\(scheduleLine + 1):13: schedules[1].byday[1]: 'DI' is not a day (for dinsdag write 'TU')",
                    "\(scheduleLine + 1):17: schedules[1].byday[2]: write 'TU' instead of 'tu'",
                    "\(scheduleLine + 1):21: schedules[1].byday[3]: 'donderdag' is not a day (for donderdag "
                        + "write 'TH')",
                    "\(scheduleLine + 1):32: schedules[1].byday[4]: 'XX' is not a day",
                ])
    }

    @Test func intervalsAndPeriodsMustMakeSense() {
        #expect(
            scheduleProblems("freq: weekly\ninterval: 0\nbyday: [TU]\nopens_at: \"10:00\"\ncloses_at: \"12:00\"")
                == ["\(scheduleLine + 1):15: schedules[1].interval: interval must be 1 or more, found 0"])
        #expect(
            scheduleProblems("freq: weekly\ninterval: 2\nbyday: [TU]\nopens_at: \"10:00\"\ncloses_at: \"12:00\"")
                == [
                    "\(scheduleLine + 1):15: schedules[1].interval: a schedule every 2 weeks needs "
                        + "'valid_from' to tell which weeks"
                ])
        #expect(
            scheduleProblems("freq: monthly\ninterval: 2\nbyday: [1MO]\nopens_at: \"10:00\"\ncloses_at: \"12:00\"")
                == [
                    "\(scheduleLine + 1):15: schedules[1].interval: a schedule every 2 months needs "
                        + "'valid_from' to tell which months"
                ])
        #expect(
            scheduleProblems(
                "freq: monthly\ninterval: 2\nbyday: [1MO]\nopens_at: \"10:00\"\ncloses_at: \"12:00\"\n"
                    + "valid_from: 2026-01-01") == [])
        #expect(
            scheduleProblems(
                "freq: weekly\nbyday: [TU]\nopens_at: \"10:00\"\ncloses_at: \"12:00\"\nvalid_from: 2026-06-01\n"
                    + "valid_to: 2026-01-31"
            )
                == [
                    "\(scheduleLine + 5):15: schedules[1].valid_to: valid_to (31 januari 2026) is before "
                        + "valid_from (1 juni 2026)"
                ])
    }

    @Test func aScheduleLocationMustBeOneOfTheEntrysLocations() {
        #expect(
            scheduleProblems(
                "freq: weekly\nbyday: [TU]\nopens_at: \"10:00\"\ncloses_at: \"12:00\"\nlocation: Buurthuis de Beek")
                == [
                    "\(scheduleLine + 4):15: schedules[1].location: 'Buurthuis de Beek' is not one of this "
                        + "entry's locations (did you mean 'Buurthuis De Beek'?)"
                ])
    }

    @Test func missingPartsAreNamed() {
        #expect(
            scheduleProblems("freq: weekly\nopens_at: \"10:00\"") == [
                "\(scheduleLine):5: schedules[1]: missing required key 'byday'",
                "\(scheduleLine):5: schedules[1]: missing required key 'closes_at'",
            ])
        #expect(
            scheduleProblems("freq: daily\nbyday: [TU]\nopens_at: \"10:00\"\ncloses_at: \"12:00\"")
                == ["\(scheduleLine):11: schedules[1].freq: expected one of 'weekly', 'monthly', found 'daily'"])
    }
}

/// The wording of the rules themselves is tested in BuurtCalendarTests (DutchWordingTests).
@Suite struct DutchScheduleTests {
    @Test func endedSchedulesAndPastClosedDatesAreLeftOut() {
        var entry = makeEntry("spreekuur")
        entry.schedules = [
            weekly([.tuesday], "10:00", "12:00", to: "2026-03-31"), weekly([.thursday], "10:00", "12:00"),
        ]
        entry.closed = [day("2026-04-27"), day("2026-12-25"), day("2026-12-26"), day("2027-01-01")]
        entry.hoursNote = "Bellen kan op werkdagen."
        let today = day("2026-05-01")
        #expect(
            entry.currentSchedules(today: today).map(\.recurrence.dutchDescription)
                == ["elke donderdag 10:00–12:00"])
        #expect(entry.closedNotice(today: today) == "Gesloten op 25 en 26 december 2026 en 1 januari 2027.")
        #expect(entry.closedNotice(today: day("2027-01-02")) == nil)
        #expect(
            entry.dutchOpeningTimes(today: today)
                == "elke donderdag 10:00–12:00; Bellen kan op werkdagen.; Gesloten op 25 en 26 december 2026 "
                + "en 1 januari 2027"
        )
    }
}

/// The schema.org form of one rule is tested in BuurtCalendarTests (SchemaOrgTests).
@Suite struct SchemaOrgTests {
    @Test func schedulesSchemaOrgCannotExpressAreLeftOut() {
        var entry = makeEntry("x")
        entry.schedules = [weekly([.monday], "10:00", "12:00"), monthly(["2WE"], "14:00", "16:00")]
        #expect(entry.openingHoursSpecifications(today: day("2026-05-01")).count == 1)
    }
}
