import BuurtCalendar
import BuurtCore
import Testing
@testable import Kaart
import YAML

/// Problems of one schedule, written under `schedules:` (its first key `freq` on line `scheduleLine`).
func scheduleProblems(_ lines: String) -> [String] {
    entryProblems("schedules:\n  - " + lines.replacingOccurrences(of: "\n", with: "\n    "))
}

/// Line of the first key of the schedule in `scheduleProblems`.
var scheduleLine: Int { extraLine() + 1 }

func time(_ text: String) -> TimeOfDay { TimeOfDay(text)! }

func weekly(_ days: [Weekday], _ opens: String, _ closes: String, interval: Int = 1,
            from: String? = nil, to: String? = nil) -> KaartSchedule {
    KaartSchedule(frequency: .weekly, interval: interval, byDay: days.map { ByDay(weekday: $0) },
                  opensAt: time(opens), closesAt: time(closes), validFrom: from.map(day), validTo: to.map(day))
}

func monthly(_ days: [String], _ opens: String, _ closes: String, interval: Int = 1) -> KaartSchedule {
    KaartSchedule(frequency: .monthly, interval: interval, byDay: days.map { ByDay($0)! },
                  opensAt: time(opens), closesAt: time(closes))
}

@Suite struct ScheduleValidationTests {
    @Test func aValidWeeklyScheduleHasNoProblems() {
        #expect(scheduleProblems("freq: weekly\nbyday: [MO, TH]\nopens_at: \"9:00\"\ncloses_at: \"12:00\"") == [])
    }

    @Test(arguments: [("25:00", "hours go from 00 to 23; midnight is 00:00"), ("9.00", "use a colon: \"09:00\""),
                      ("negen uur", "write the time as HH:MM in 24 hours, for example \"10:00\" or \"14:30\"")])
    func badTimesAreReportedWithAFittingHint(_ text: String, _ hint: String) {
        let lines = "schedules:\n  - freq: weekly\n    byday: [TU]\n    opens_at: \(text)\n    closes_at: \"23:30\""
        #expect(entryProblems(lines) == ["\(scheduleLine + 2):15: schedules[1].opens_at: '\(text)' is not a time"])
        #expect(entryHints(lines) == [hint])
    }

    @Test func closingMustComeAfterOpening() {
        let problems = scheduleProblems("freq: weekly\nbyday: [TU]\nopens_at: \"14:00\"\ncloses_at: \"2:00\"")
        #expect(problems == ["\(scheduleLine + 3):16: schedules[1].closes_at: closes at 02:00 but opens at 14:00: closing time must be later"])
        let hints = entryHints("schedules:\n  - freq: weekly\n    byday: [TU]\n    opens_at: \"14:00\"\n    closes_at: \"2:00\"")
        #expect(hints == ["write times in 24 hours: 5 in the afternoon is 17:00"])
    }

    @Test func monthlyDaysNeedAWeekAndWeeklyDaysMayNotHaveOne() {
        #expect(scheduleProblems("freq: monthly\nbyday: [WE]\nopens_at: \"14:00\"\ncloses_at: \"16:00\"")
                    == ["\(scheduleLine + 1):13: schedules[1].byday[1]: 'WE' has no week of the month, but the schedule is monthly"])
        #expect(scheduleProblems("freq: weekly\nbyday: [2WE]\nopens_at: \"14:00\"\ncloses_at: \"16:00\"")
                    == ["\(scheduleLine + 1):13: schedules[1].byday[1]: '2WE' names a week of the month, but the schedule is weekly"])
    }

    @Test func theWeekOfTheMonthIsOneToFourOrLast() {
        #expect(scheduleProblems("freq: monthly\nbyday: [5FR, -2FR, -1FR]\nopens_at: \"14:00\"\ncloses_at: \"16:00\"") == [
            "\(scheduleLine + 1):13: schedules[1].byday[1]: '5FR': the week of the month must be 1 to 4, or -1 for the last",
            "\(scheduleLine + 1):18: schedules[1].byday[2]: '-2FR': the week of the month must be 1 to 4, or -1 for the last",
        ])
    }

    @Test func daysMustBeKnownAndInCapitals() {
        #expect(scheduleProblems("freq: weekly\nbyday: [DI, tu, donderdag, XX]\nopens_at: \"14:00\"\ncloses_at: \"16:00\"") == [
            "\(scheduleLine + 1):13: schedules[1].byday[1]: 'DI' is not a day (for dinsdag write 'TU')",
            "\(scheduleLine + 1):17: schedules[1].byday[2]: write 'TU' instead of 'tu'",
            "\(scheduleLine + 1):21: schedules[1].byday[3]: 'donderdag' is not a day (for donderdag write 'TH')",
            "\(scheduleLine + 1):32: schedules[1].byday[4]: 'XX' is not a day",
        ])
    }

    @Test func intervalsAndPeriodsMustMakeSense() {
        #expect(scheduleProblems("freq: weekly\ninterval: 0\nbyday: [TU]\nopens_at: \"10:00\"\ncloses_at: \"12:00\"")
                    == ["\(scheduleLine + 1):15: schedules[1].interval: interval must be 1 or more, found 0"])
        #expect(scheduleProblems("freq: weekly\ninterval: 2\nbyday: [TU]\nopens_at: \"10:00\"\ncloses_at: \"12:00\"")
                    == ["\(scheduleLine + 1):15: schedules[1].interval: a schedule every 2 weeks needs 'valid_from' to tell which weeks"])
        #expect(scheduleProblems("freq: monthly\ninterval: 2\nbyday: [1MO]\nopens_at: \"10:00\"\ncloses_at: \"12:00\"") == [])
        #expect(scheduleProblems("freq: weekly\nbyday: [TU]\nopens_at: \"10:00\"\ncloses_at: \"12:00\"\nvalid_from: 2026-06-01\nvalid_to: 2026-01-31")
                    == ["\(scheduleLine + 5):15: schedules[1].valid_to: valid_to (31 januari 2026) is before valid_from (1 juni 2026)"])
    }

    @Test func aScheduleLocationMustBeOneOfTheEntrysLocations() {
        #expect(scheduleProblems("freq: weekly\nbyday: [TU]\nopens_at: \"10:00\"\ncloses_at: \"12:00\"\nlocation: Buurthuis de Beek")
                    == ["\(scheduleLine + 4):15: schedules[1].location: 'Buurthuis de Beek' is not one of this entry's locations (did you mean 'Buurthuis De Beek'?)"])
    }

    @Test func missingPartsAreNamed() {
        #expect(scheduleProblems("freq: weekly\nopens_at: \"10:00\"") == [
            "\(scheduleLine):5: schedules[1]: missing required key 'byday'",
            "\(scheduleLine):5: schedules[1]: missing required key 'closes_at'",
        ])
        #expect(scheduleProblems("freq: daily\nbyday: [TU]\nopens_at: \"10:00\"\ncloses_at: \"12:00\"")
                    == ["\(scheduleLine):11: schedules[1].freq: expected one of 'weekly', 'monthly', found 'daily'"])
    }
}

@Suite struct DutchScheduleTests {
    @Test func weeklySchedules() {
        #expect(weekly([.TU], "10:00", "12:00").dutchDescription == "elke dinsdag 10:00–12:00")
        #expect(weekly([.TH, .MO], "09:00", "12:00").dutchDescription == "elke maandag en donderdag 9:00–12:00")
        #expect(weekly([.MO, .WE, .FR], "13:30", "17:00").dutchDescription == "elke maandag, woensdag en vrijdag 13:30–17:00")
        #expect(weekly([.FR, .MO, .TU, .WE, .TH], "06:00", "23:30").dutchDescription
                    == "van maandag tot en met vrijdag 6:00–23:30", "days in a row read as a range")
        #expect(weekly([.SA, .SU], "08:00", "23:30").dutchDescription == "elke zaterdag en zondag 8:00–23:30")
        #expect(weekly(Weekday.allCases, "09:00", "10:00").dutchDescription == "elke dag 9:00–10:00")
    }

    @Test func everyOtherWeekAndEveryFewWeeks() {
        #expect(weekly([.TU], "10:00", "12:00", interval: 2, from: "2026-01-06").dutchDescription
                    == "om de week op dinsdag 10:00–12:00 (vanaf 6 januari 2026)")
        #expect(weekly([.SA], "10:00", "12:00", interval: 3, from: "2026-01-10").dutchDescription
                    == "elke 3 weken op zaterdag 10:00–12:00 (vanaf 10 januari 2026)")
    }

    @Test func nthAndLastWeekdayOfTheMonth() {
        #expect(monthly(["2WE"], "14:00", "16:00").dutchDescription == "iedere 2e woensdag van de maand 14:00–16:00")
        #expect(monthly(["-1FR"], "15:00", "17:00").dutchDescription == "elke laatste vrijdag van de maand 15:00–17:00")
        #expect(monthly(["3TU", "1TU"], "19:00", "21:00").dutchDescription == "iedere 1e en 3e dinsdag van de maand 19:00–21:00")
        #expect(monthly(["1MO"], "10:00", "11:00", interval: 2).dutchDescription == "om de maand op de 1e maandag 10:00–11:00")
        #expect(monthly(["-1SA"], "10:00", "11:00", interval: 3).dutchDescription == "elke 3 maanden op de laatste zaterdag 10:00–11:00")
    }

    @Test func validFromAndValidTo() {
        #expect(weekly([.TU], "10:00", "12:00", to: "2026-06-30").dutchDescription == "elke dinsdag 10:00–12:00 (tot en met 30 juni 2026)")
        #expect(weekly([.TU], "10:00", "12:00", from: "2026-01-06").dutchDescription == "elke dinsdag 10:00–12:00 (vanaf 6 januari 2026)")
        #expect(weekly([.TU], "10:00", "12:00", from: "2026-01-06", to: "2026-06-30").dutchDescription
                    == "elke dinsdag 10:00–12:00 (van 6 januari 2026 tot en met 30 juni 2026)")
    }

    @Test func endedSchedulesAndPastClosedDatesAreLeftOut() {
        var entry = makeEntry("spreekuur")
        entry.schedules = [weekly([.TU], "10:00", "12:00", to: "2026-03-31"), weekly([.TH], "10:00", "12:00")]
        entry.closed = [day("2026-04-27"), day("2026-12-25"), day("2026-12-26"), day("2027-01-01")]
        entry.hoursNote = "Bellen kan op werkdagen."
        let today = day("2026-05-01")
        #expect(entry.currentSchedules(today: today).map(\.dutchDescription) == ["elke donderdag 10:00–12:00"])
        #expect(entry.closedNotice(today: today) == "Gesloten op 25 en 26 december 2026 en 1 januari 2027.")
        #expect(entry.closedNotice(today: day("2027-01-02")) == nil)
        #expect(entry.dutchOpeningTimes(today: today)
                    == "elke donderdag 10:00–12:00; Bellen kan op werkdagen.; Gesloten op 25 en 26 december 2026 en 1 januari 2027")
    }

    @Test func theFirstDayOfASchedule() {
        #expect(weekly([.TU], "10:00", "12:00", interval: 2, from: "2026-01-05").firstDay == day("2026-01-06"))
        var lastFriday = monthly(["-1FR"], "10:00", "12:00")
        lastFriday.validFrom = day("2026-01-31")
        #expect(lastFriday.firstDay == day("2026-02-27"))
        var secondWednesday = monthly(["2WE"], "10:00", "12:00")
        secondWednesday.validFrom = day("2026-03-01")
        #expect(secondWednesday.firstDay == day("2026-03-11"))
    }
}

@Suite struct SchemaOrgTests {
    @Test func weeklySchedulesBecomeOpeningHoursSpecifications() throws {
        let spec = try #require(weekly([.TH, .TU], "09:00", "12:00", from: "2026-01-06", to: "2026-06-30").openingHoursSpecification)
        #expect(spec["@type"] as? String == "OpeningHoursSpecification")
        #expect(spec["dayOfWeek"] as? [String] == ["https://schema.org/Tuesday", "https://schema.org/Thursday"])
        #expect(spec["opens"] as? String == "09:00")
        #expect(spec["closes"] as? String == "12:00")
        #expect(spec["validFrom"] as? String == "2026-01-06")
        #expect(spec["validThrough"] as? String == "2026-06-30")
    }

    @Test func schedulesSchemaOrgCannotExpressAreLeftOut() {
        #expect(weekly([.TU], "10:00", "12:00", interval: 2, from: "2026-01-06").openingHoursSpecification == nil)
        #expect(monthly(["2WE"], "14:00", "16:00").openingHoursSpecification == nil)
        var entry = makeEntry("x")
        entry.schedules = [weekly([.MO], "10:00", "12:00"), monthly(["2WE"], "14:00", "16:00")]
        #expect(entry.openingHoursSpecifications(today: day("2026-05-01")).count == 1)
    }
}
