import BuurtCalendar
import Foundation
import Testing

/// The days (as text) a rule gives from `first` through `last`.
private func days(_ rule: Recurrence, _ first: String, _ last: String) -> [String] {
    rule.days(from: day(first), through: day(last)).map(\.description)
}

@Suite struct OccurrenceTests {
    @Test func everyWeek() {
        #expect(
            days(weekly([.tuesday], "10:00", "12:00"), "2026-01-01", "2026-01-31")
                == ["2026-01-06", "2026-01-13", "2026-01-20", "2026-01-27"])
        #expect(
            days(weekly([.thursday, .monday], "10:00", "12:00"), "2026-01-01", "2026-01-14")
                == ["2026-01-01", "2026-01-05", "2026-01-08", "2026-01-12"], "in order, whatever byday's order")
        #expect(
            days(weekly([.tuesday], "10:00", "12:00"), "2026-01-06", "2026-01-06") == ["2026-01-06"],
            "both ends are included")
        #expect(days(weekly([.tuesday], "10:00", "12:00"), "2026-01-07", "2026-01-05") == [])
    }

    @Test func everyOtherWeekCountsFromTheWeekOfValidFrom() {
        let thursdays = weekly([.thursday], "19:00", "20:30", interval: 2, from: "2026-09-03")
        #expect(
            days(thursdays, "2026-08-01", "2026-10-31")
                == ["2026-09-03", "2026-09-17", "2026-10-01", "2026-10-15", "2026-10-29"])
        #expect(
            days(thursdays, "2026-09-10", "2026-10-10") == ["2026-09-17", "2026-10-01"],
            "a later start of the period does not move the weeks")
        // valid_from on a Saturday: that week's Thursday is before it, its Saturday counts; then two weeks on.
        let twoDays = weekly([.thursday, .saturday], "10:00", "12:00", interval: 2, from: "2026-09-05")
        #expect(days(twoDays, "2026-09-01", "2026-09-30") == ["2026-09-05", "2026-09-17", "2026-09-19"])
        let everyThirdWeek = weekly([.monday], "10:00", "12:00", interval: 3, from: "2026-12-28")
        #expect(
            days(everyThirdWeek, "2026-12-01", "2027-02-28")
                == ["2026-12-28", "2027-01-18", "2027-02-08"], "across the turn of the year")
    }

    @Test func theFirstDayIsTheFirstOccurrenceSoDTSTARTCountsTheSameWeeks() {
        // valid_from on a Friday, Thursdays every other week: the Thursday after is in an off week.
        let rule = weekly([.thursday], "19:00", "20:30", interval: 2, from: "2026-09-04")
        #expect(rule.firstDay == day("2026-09-17"))
        #expect(rule.days(from: day("2026-09-01"), through: day("2026-09-30")).first == rule.firstDay)
        // Every other month, counted from January: January's first Monday is before valid_from, February is off.
        let monthlyRule = monthly(["1MO"], "10:00", "11:00", interval: 2, from: "2026-01-20")
        #expect(monthlyRule.firstDay == day("2026-03-02"))
        #expect(days(monthlyRule, "2026-01-01", "2026-07-31") == ["2026-03-02", "2026-05-04", "2026-07-06"])
        #expect(weekly([.tuesday], "10:00", "12:00").firstDay == nil, "no valid_from, no first day")
        #expect(weekly([.tuesday], "10:00", "12:00", from: "2026-01-07", to: "2026-01-12").firstDay == nil)
        #expect(
            weekly([.tuesday], "10:00", "12:00", from: "2026-01-06", closed: ["2026-01-06"]).firstDay
                == day("2026-01-06"), "a closed first day is still where the rule starts")
    }

    @Test func nthWeekdayOfTheMonth() {
        #expect(
            days(monthly(["2WE"], "14:00", "16:00"), "2026-01-01", "2026-06-30")
                == ["2026-01-14", "2026-02-11", "2026-03-11", "2026-04-08", "2026-05-13", "2026-06-10"])
        #expect(
            days(monthly(["1TU", "3TU"], "19:00", "21:00"), "2026-03-01", "2026-04-30")
                == ["2026-03-03", "2026-03-17", "2026-04-07", "2026-04-21"])
        #expect(
            days(monthly(["2WE"], "14:00", "16:00", interval: 3, from: "2026-01-01"), "2026-01-01", "2026-12-31")
                == ["2026-01-14", "2026-04-08", "2026-07-08", "2026-10-14"])
    }

    @Test func lastWeekdayOfTheMonthAlsoInMonthsWithFive() {
        // May 2026 has five Fridays (1, 8, 15, 22, 29), February four (6, 13, 20, 27).
        #expect(
            days(monthly(["-1FR"], "15:00", "17:00"), "2026-01-01", "2026-06-30")
                == ["2026-01-30", "2026-02-27", "2026-03-27", "2026-04-24", "2026-05-29", "2026-06-26"])
        #expect(
            days(monthly(["4FR"], "15:00", "17:00"), "2026-05-01", "2026-05-31") == ["2026-05-22"],
            "in a month with five, the 4th is not the last")
        #expect(
            days(monthly(["4FR", "-1FR"], "15:00", "17:00"), "2026-02-01", "2026-02-28") == ["2026-02-27"],
            "in a month with four it is, and the day comes once")
        #expect(
            days(monthly(["5FR"], "15:00", "17:00"), "2026-01-01", "2026-06-30") == ["2026-01-30", "2026-05-29"],
            "a 5th weekday (which the checks refuse) only in months that have one")
        #expect(days(monthly(["-2FR"], "15:00", "17:00"), "2026-05-01", "2026-05-31") == ["2026-05-22"])
        #expect(
            days(monthly(["-1SA"], "10:00", "11:00"), "2026-10-01", "2026-10-31") == ["2026-10-31"],
            "on the month's last day")
    }

    @Test func aPlainDayInAMonthlyRuleIsEveryOneOfThatMonth() {
        #expect(
            days(monthly(["WE"], "10:00", "11:00"), "2026-09-01", "2026-09-30")
                == ["2026-09-02", "2026-09-09", "2026-09-16", "2026-09-23", "2026-09-30"])
    }

    @Test func validFromAndValidToBoundTheDays() {
        let rule = weekly([.tuesday], "10:00", "12:00", from: "2026-03-10", to: "2026-03-24")
        #expect(days(rule, "2026-03-01", "2026-03-31") == ["2026-03-10", "2026-03-17", "2026-03-24"])
        #expect(days(rule, "2026-03-11", "2026-03-31") == ["2026-03-17", "2026-03-24"])
        #expect(days(rule, "2026-04-01", "2026-04-30") == [])
        let lastFriday = monthly(["-1FR"], "14:00", "17:00", from: "2026-02-28", to: "2026-05-28")
        #expect(days(lastFriday, "2026-01-01", "2026-12-31") == ["2026-03-27", "2026-04-24"])
    }

    @Test func closedDatesAreSkipped() {
        let rule = weekly(
            [.wednesday, .friday], "13:00", "16:30", from: "2026-11-04", to: "2027-03-26",
            closed: ["2026-12-25", "2026-12-26", "2027-01-01"])
        #expect(days(rule, "2026-12-21", "2027-01-03") == ["2026-12-23", "2026-12-30"])
        let monthlyRule = monthly(["-1FR"], "14:00", "17:00", closed: ["2026-12-25"])
        #expect(days(monthlyRule, "2026-11-01", "2027-01-31") == ["2026-11-27", "2027-01-29"])
    }

    @Test func aRuleThatCannotSayWhichWeeksListsNone() {
        let rule = monthly(["1MO"], "10:00", "11:00", interval: 2)
        #expect(!rule.canListOccurrences)
        #expect(days(rule, "2026-01-01", "2026-12-31") == [])
        #expect(monthly(["1MO"], "10:00", "11:00", interval: 2, from: "2026-01-01").canListOccurrences)
        #expect(!weekly([.tuesday], "10:00", "12:00", interval: 0).canListOccurrences)
        #expect(weekly([.tuesday], "10:00", "12:00").canListOccurrences)
    }

    @Test func aLongPeriodIsCheap() {
        let rule = weekly([.monday], "10:00", "12:00")
        #expect(rule.days(from: Day.first, through: Day.last).count == 521_723, "every Monday of years 1 to 9999")
        #expect(monthly(["-1FR"], "10:00", "12:00").days(from: Day.first, through: Day.last).count == 9999 * 12)
        #expect(weekly([.tuesday], "10:00", "12:00", from: "9999-12-20").firstDay == day("9999-12-21"))
    }

    @Test func occurrencesHaveLocalTimesInTheirTimeZone() throws {
        let rule = weekly([.saturday], "10:00", "12:00", from: "2026-03-01")
        let found = rule.occurrences(from: day("2026-03-01"), through: day("2026-03-10"))
        #expect(found.map(\.start) == [LocalDateTime(day: day("2026-03-07"), time: time("10:00"))])
        let occurrence = try #require(found.first)
        #expect(occurrence.end == LocalDateTime(day: day("2026-03-07"), time: time("12:00")))
        #expect(occurrence.day == day("2026-03-07"))
        #expect(occurrence.timeZone.identifier == "Europe/Amsterdam")
        #expect(occurrence.startISO8601 == "2026-03-07T10:00:00+01:00")
        #expect(occurrence.endISO8601 == "2026-03-07T12:00:00+01:00")
        let night = weekly([.friday], "22:00", "02:00").occurrences(from: day("2026-03-06"), through: day("2026-03-06"))
        #expect(
            night.map(\.end) == [LocalDateTime(day: day("2026-03-07"), time: time("02:00"))],
            "an end before the start is on the next day")
        let newYork = try #require(TimeZone(identifier: "America/New_York"))
        #expect(
            rule.occurrences(from: day("2026-03-07"), through: day("2026-03-07"), in: newYork).first?.startISO8601
                == "2026-03-07T10:00:00-05:00")
    }
}

/// The Netherlands change to summer time on 29 March 2026 and back on 25 October 2026 (both Sundays, at 01:00 UTC).
@Suite struct SummerTimeTests {
    @Test func theLocalTimeStaysWhenTheClocksGoForward() {
        let sundays = weekly([.sunday], "10:00", "12:00")
        let found = sundays.occurrences(from: day("2026-03-22"), through: day("2026-04-05"))
        #expect(found.map(\.start.time) == [time("10:00"), time("10:00"), time("10:00")])
        #expect(found.map(\.startOffset.description) == ["+01:00", "+02:00", "+02:00"])
        #expect(
            found.map(\.startISO8601)
                == ["2026-03-22T10:00:00+01:00", "2026-03-29T10:00:00+02:00", "2026-04-05T10:00:00+02:00"])
        #expect(
            found.map { $0.start.icalendarUTC(in: $0.timeZone) }
                == ["20260322T090000Z", "20260329T080000Z", "20260405T080000Z"])
        #expect(found.map(\.start.icalendarText) == ["20260322T100000", "20260329T100000", "20260405T100000"])
    }

    @Test func theLocalTimeStaysWhenTheClocksGoBack() {
        let sundays = weekly([.sunday], "10:00", "12:00")
        let found = sundays.occurrences(from: day("2026-10-18"), through: day("2026-11-01"))
        #expect(found.map(\.start.time) == [time("10:00"), time("10:00"), time("10:00")])
        #expect(
            found.map(\.startISO8601)
                == ["2026-10-18T10:00:00+02:00", "2026-10-25T10:00:00+01:00", "2026-11-01T10:00:00+01:00"])
        #expect(
            found.map(\.endISO8601)
                == ["2026-10-18T12:00:00+02:00", "2026-10-25T12:00:00+01:00", "2026-11-01T12:00:00+01:00"])
        #expect(
            found.map { $0.start.icalendarUTC(in: $0.timeZone) }
                == ["20261018T080000Z", "20261025T090000Z", "20261101T090000Z"])
    }

    @Test func aTimeInTheSkippedHourTakesTheOffsetFromBeforeIt() {
        let zone = TimeZone.europeAmsterdam
        let skipped = LocalDateTime(day: day("2026-03-29"), time: time("02:30"))
        #expect(skipped.utcOffset(in: zone) == UTCOffset(seconds: 3600))
        #expect(skipped.iso8601(in: zone) == "2026-03-29T02:30:00+01:00")
        #expect(skipped.icalendarUTC(in: zone) == "20260329T013000Z")
        // Which clocks show as 03:30.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let shown = calendar.dateComponents([.hour, .minute], from: skipped.date(in: zone))
        #expect((shown.hour, shown.minute) == (3, 30))
        #expect(
            LocalDateTime(day: day("2026-03-29"), time: time("01:59")).iso8601(in: zone)
                == "2026-03-29T01:59:00+01:00")
        #expect(
            LocalDateTime(day: day("2026-03-29"), time: time("03:00")).iso8601(in: zone)
                == "2026-03-29T03:00:00+02:00")
    }

    @Test func aTimeInTheRepeatedHourIsTheFirstOfTheTwo() {
        let zone = TimeZone.europeAmsterdam
        let twice = LocalDateTime(day: day("2026-10-25"), time: time("02:30"))
        #expect(twice.utcOffset(in: zone) == UTCOffset(seconds: 7200))
        #expect(twice.iso8601(in: zone) == "2026-10-25T02:30:00+02:00")
        #expect(twice.icalendarUTC(in: zone) == "20261025T003000Z")
        #expect(
            LocalDateTime(day: day("2026-10-25"), time: time("01:59")).iso8601(in: zone)
                == "2026-10-25T01:59:00+02:00")
        #expect(
            LocalDateTime(day: day("2026-10-25"), time: time("03:00")).iso8601(in: zone)
                == "2026-10-25T03:00:00+01:00")
    }

    @Test func agreesWithFoundationAtTenEveryDayOf2026() {
        let zone = TimeZone.europeAmsterdam
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        var current = day("2026-01-01")
        while current.year == 2026 {
            let local = LocalDateTime(day: current, time: time("10:00"))
            let date = calendar.date(
                from: DateComponents(
                    year: current.year, month: current.month, day: current.day,
                    hour: 10))!
            #expect(local.date(in: zone) == date)
            #expect(local.utcOffset(in: zone).seconds == zone.secondsFromGMT(for: date))
            current = current.adding(days: 1)
        }
    }

    @Test func offsetsAreWrittenAsISO8601Wants() {
        #expect(UTCOffset(seconds: 7200).description == "+02:00")
        #expect(UTCOffset(seconds: 0).description == "+00:00")
        #expect(UTCOffset(seconds: -12_600).description == "-03:30")
        #expect(UTCOffset(seconds: 1172).description == "+00:19:32", "Amsterdam's local mean time before 1937")
    }
}
