import BuurtCalendar
import Testing

/// The checks of a written rule, as values: which key, missing or wrong, the message and the hint.
/// KaartTests (ScheduleValidationTests) checks the same problems placed in an entry file.
@Suite struct RecurrenceCheckTests {
    private let tuesday = WrittenRecurrence(freq: .weekly, byday: ["TU"], opensAt: "10:00", closesAt: "12:00")

    private func problems(_ change: (inout WrittenRecurrence) -> Void) -> [RecurrenceProblem] {
        var written = tuesday
        change(&written)
        let (recurrence, problems) = written.checked()
        #expect((recurrence == nil) == !problems.isEmpty, "a rule comes back exactly when nothing is wrong")
        return problems
    }

    private func messages(_ change: (inout WrittenRecurrence) -> Void) -> [String] { problems(change).map(\.message) }

    @Test func aValidRuleComesBackWithItsClosedDates() throws {
        var written = tuesday
        written.validFrom = day("2026-01-06")
        written.closedDates = [day("2026-12-29")]
        let recurrence = try #require(written.checked().recurrence)
        #expect(
            recurrence
                == Recurrence(
                    frequency: .weekly, interval: 1, byDay: [ByDay(weekday: .tuesday)],
                    startTime: time("10:00"), endTime: time("12:00"),
                    validFrom: day("2026-01-06"), closedDates: [day("2026-12-29")]))
        #expect(written.checked().problems == [])
    }

    @Test func missingPartsAreNamedWithAHint() {
        let found = problems { $0 = WrittenRecurrence(opensAt: " ") }
        #expect(found.map(\.key) == [.freq, .byday, .opensAt, .closesAt])
        #expect(found.map(\.isMissing) == [true, true, true, true])
        #expect(
            found.map(\.message) == [
                "missing required key 'freq'", "missing required key 'byday'",
                "missing required key 'opens_at'", "missing required key 'closes_at'",
            ])
        #expect(
            found.map(\.hint) == [
                "write 'freq: weekly' (every week) or 'freq: monthly' (every month)",
                "say which days: 'byday: [TU]' for Tuesday, or [MO, TH] for Monday and Thursday",
                "write the time as HH:MM in quotes: 'opens_at: \"10:00\"'",
                "write the time as HH:MM in quotes: 'closes_at: \"12:00\"'",
            ])
        #expect(
            problems {
                $0.freq = .monthly
                $0.byday = []
            }.map(\.hint) == [
                "say which days, with their place in the month: 'byday: [2WE]' is the 2nd Wednesday, "
                    + "'-1FR' the last Friday"
            ])
    }

    @Test func theIntervalIsOneOrMore() {
        let found = problems { $0.interval = 0 }
        #expect(found.map(\.key) == [.interval])
        #expect(found.map(\.message) == ["interval must be 1 or more, found 0"])
        #expect(found.map(\.hint) == ["1 is every week or month, 2 every other one; leave it out for 1"])
    }

    @Test func everyOtherWeekOrMonthNeedsValidFrom() {
        let found = problems { $0.interval = 2 }
        #expect(found.map(\.key) == [.interval])
        #expect(found.map(\.message) == ["a schedule every 2 weeks needs 'valid_from' to tell which weeks"])
        #expect(
            problems {
                $0.interval = 2
                $0.validFrom = day("2026-01-06")
            } == [])
        // Which months "every other month" means depends on where it counts from, as RFC 5545's DTSTART says.
        let monthly = problems {
            $0.freq = .monthly
            $0.interval = 2
            $0.byday = ["1MO"]
        }
        #expect(monthly.map(\.message) == ["a schedule every 2 months needs 'valid_from' to tell which months"])
        #expect(
            monthly.map(\.hint) == [
                "add 'valid_from:' with a date in the first month it is open, for example 'valid_from: 2026-01-06'"
            ])
    }

    @Test func validToIsNotBeforeValidFrom() {
        let found = problems {
            $0.validFrom = day("2026-06-01")
            $0.validTo = day("2026-01-31")
        }
        #expect(found.map(\.key) == [.validTo])
        #expect(found.map(\.message) == ["valid_to (31 januari 2026) is before valid_from (1 juni 2026)"])
        #expect(
            problems {
                $0.validFrom = day("2026-06-01")
                $0.validTo = day("2026-06-01")
            } == [],
            "a period of one day")
    }

    @Test func bydayItemsAreDaysThatFitTheFrequency() {
        let found = problems { $0.byday = ["DI", "tu", "donderdag", "XX", "+1MO", "2WE"] }
        #expect(
            found.map(\.key) == [
                .bydayItem(0), .bydayItem(1), .bydayItem(2), .bydayItem(3), .bydayItem(4),
                .bydayItem(5),
            ])
        #expect(
            found.map(\.message) == [
                "'DI' is not a day (for dinsdag write 'TU')",
                "write 'TU' instead of 'tu'",
                "'donderdag' is not a day (for donderdag write 'TH')",
                "'XX' is not a day",
                "write '1MO' instead of '+1MO'",
                "'2WE' names a week of the month, but the schedule is weekly",
            ])
        #expect(
            found.last?.hint
                == "write 'WE' for every woensdag, or use 'freq: monthly' for the 2nd Wednesday of the month")
        let monthly = problems {
            $0.freq = .monthly
            $0.byday = ["WE", "5FR", "-2FR", "-1FR", "4TU"]
        }
        #expect(
            monthly.map(\.message) == [
                "'WE' has no week of the month, but the schedule is monthly",
                "'5FR': the week of the month must be 1 to 4, or -1 for the last",
                "'-2FR': the week of the month must be 1 to 4, or -1 for the last",
            ])
        #expect(
            monthly.map(\.hint) == [
                "put the week in front: '2WE' is the 2nd Wednesday, '-1WE' the last; or use 'freq: weekly'",
                "not every month has a 5th Friday; use -1 for the last one",
                "1WE is the first Wednesday, -1WE the last",
            ])
        #expect(RecurrenceProblem.Key.bydayItem(3).name == "byday")
    }

    @Test(arguments: [
        ("25:00", "hours go from 00 to 23; midnight is 00:00"), ("9.00", "use a colon: \"09:00\""),
        ("negen uur", "write the time as HH:MM in 24 hours, for example \"10:00\" or \"14:30\""),
    ])
    func badTimesGetAFittingHint(_ text: String, _ hint: String) {
        let found = problems {
            $0.opensAt = text
            $0.closesAt = "23:30"
        }
        #expect(found.map(\.key) == [.opensAt])
        #expect(found.map(\.isMissing) == [false])
        #expect(found.map(\.message) == ["'\(text)' is not a time"])
        #expect(found.map(\.hint) == [hint])
    }

    @Test func closingComesAfterOpening() {
        let afternoon = problems {
            $0.opensAt = "14:00"
            $0.closesAt = "2:00"
        }
        #expect(afternoon.map(\.key) == [.closesAt])
        #expect(afternoon.map(\.message) == ["closes at 02:00 but opens at 14:00: closing time must be later"])
        #expect(afternoon.map(\.hint) == ["write times in 24 hours: 5 in the afternoon is 17:00"])
        let equal = problems {
            $0.opensAt = "10:00"
            $0.closesAt = "10:00"
        }
        #expect(equal.map(\.hint) == ["check both times; a schedule cannot run past midnight"])
    }

    @Test func keysAreNamedAsContentFilesWriteThem() {
        let keys: [RecurrenceProblem.Key] = [.freq, .interval, .byday, .opensAt, .closesAt, .validFrom, .validTo]
        #expect(keys.map(\.name) == ["freq", "interval", "byday", "opens_at", "closes_at", "valid_from", "valid_to"])
    }
}

/// An activity writes its times as `start` and `end`: the messages name those keys.
@Suite struct ActivityTimeKeyTests {
    @Test func problemsNameTheActivitysKeys() {
        let written = WrittenRecurrence(freq: .weekly, byday: ["TH"], opensAt: "19:00", closesAt: nil)
        let missing = written.checked(times: .activity).problems
        #expect(missing.map(\.keyName) == ["end"])
        #expect(missing.map(\.message) == ["missing required key 'end'"])
        #expect(missing.map(\.hint) == ["write the time as HH:MM in quotes: 'end: \"12:00\"'"])

        let backwards = WrittenRecurrence(freq: .weekly, byday: ["TH"], opensAt: "21:00", closesAt: "19:00")
            .checked(times: .activity).problems
        #expect(backwards.map(\.keyName) == ["end"])
        #expect(backwards.map(\.message) == ["ends at 19:00 but starts at 21:00: the end must be later"])

        let badStart = WrittenRecurrence(freq: .weekly, byday: ["TH"], opensAt: "19.00", closesAt: "21:00")
            .checked(times: .activity).problems
        #expect(badStart.map(\.keyName) == ["start"])
        #expect(badStart.map(\.hint) == ["use a colon: \"19:00\""])
    }

    @Test func openingHoursKeepTheirNames() {
        let problems = WrittenRecurrence(freq: .weekly, byday: ["TH"], opensAt: nil, closesAt: "12:00").checked()
            .problems
        #expect(problems.map(\.keyName) == ["opens_at"])
        #expect(RecurrenceProblem.Key.closesAt.name(.activity) == "end")
    }
}
