import BuurtCalendar
import Testing

@testable import Agenda

/// Which dates an activity has: every kind of rule, valid ranges, cancelled, moved and extra dates, a pause, the
/// change to and from summer time, one-offs over one day, several days or all day.
@Suite struct OccurrenceTests {
    func dates(_ activity: AgendaActivity, _ first: String, _ last: String, today: String = "2026-11-22") -> [String] {
        activity.occurrences(from: day(first), through: day(last), today: day(today)).map(\.brief)
    }

    @Test func weeklyOnSeveralDays() {
        let activity = makeActivity("koffie", timing: .recurring(weeklyRule([.monday, .thursday], "10:00", "12:00")))
        #expect(
            dates(activity, "2026-11-30", "2026-12-07")
                == ["2026-11-30T10:00", "2026-12-03T10:00", "2026-12-07T10:00"])
    }

    @Test func everyOtherWeekCountsFromValidFrom() {
        let rule = weeklyRule([.tuesday], interval: 2, from: "2026-11-24")
        #expect(
            dates(makeActivity("wandelen", timing: .recurring(rule)), "2026-11-22", "2026-12-31")
                == ["2026-11-24T19:00", "2026-12-08T19:00", "2026-12-22T19:00"])
    }

    @Test func nthAndLastWeekdaysOfTheMonth() {
        let second = makeActivity("repair", timing: .recurring(monthlyRule(["2SA"])))
        #expect(
            dates(second, "2026-11-01", "2027-01-31") == ["2026-11-14T10:00", "2026-12-12T10:00", "2027-01-09T10:00"])
        // The last Sunday: in months with five Sundays too (November 2026 has 1, 8, 15, 22 and 29).
        let last = makeActivity("zondag", timing: .recurring(monthlyRule(["-1SU"])))
        #expect(
            dates(last, "2026-11-01", "2027-01-31") == ["2026-11-29T10:00", "2026-12-27T10:00", "2027-01-31T10:00"])
        let both = makeActivity("eten", timing: .recurring(monthlyRule(["1FR", "-1FR"], "17:30", "19:30")))
        #expect(dates(both, "2026-12-01", "2026-12-31") == ["2026-12-04T17:30", "2026-12-25T17:30"])
    }

    @Test func validFromAndValidToBoundTheDates() {
        let rule = weeklyRule([.wednesday], from: "2026-12-01", to: "2026-12-16")
        #expect(
            dates(makeActivity("cursus", timing: .recurring(rule)), "2026-11-22", "2027-01-31")
                == ["2026-12-02T19:00", "2026-12-09T19:00", "2026-12-16T19:00"])
        let activity = makeActivity("cursus", timing: .recurring(rule))
        #expect(activity.isOver(today: day("2026-12-17")))
        #expect(!activity.isOver(today: day("2026-12-16")))
    }

    @Test func cancelledDatesStayWithTheirReason() {
        let activity = makeActivity(
            "taalcafe", cancelled: [AgendaCancellation(day: day("2026-12-24"), reason: "Kerstvakantie")])
        let found = activity.occurrences(from: day("2026-12-17"), through: day("2026-12-31"), today: day("2026-11-22"))
        #expect(found.map(\.brief) == ["2026-12-17T19:00", "2026-12-24T19:00 x", "2026-12-31T19:00"])
        #expect(found[1].reason == "Kerstvakantie")
    }

    @Test func aMovedDateIsOnItsNewDayAndNotOnItsOldOne() {
        let activity = makeActivity(
            "taalcafe",
            moved: [
                AgendaMove(from: day("2026-12-31"), to: day("2027-01-02"), start: time("10:00"), end: time("12:00"))
            ]
        )
        let found = activity.occurrences(from: day("2026-12-24"), through: day("2027-01-07"), today: day("2026-11-22"))
        #expect(found.map(\.brief) == ["2026-12-24T19:00", "2027-01-02T10:00", "2027-01-07T19:00"])
        #expect(found[1].kind == .moved(from: day("2026-12-31")))
        #expect(found[1].original == LocalDateTime(day: day("2026-12-31"), time: time("19:00")))
        // Only its new day counts for a window.
        #expect(dates(activity, "2026-12-31", "2026-12-31").isEmpty)
    }

    @Test func extraDatesComeBesideTheRule() {
        let activity = makeActivity(
            "taalcafe", extra: [AgendaExtra(day: day("2026-12-28"), start: time("14:00"), end: time("16:00"))])
        #expect(
            dates(activity, "2026-12-24", "2026-12-31") == ["2026-12-24T19:00", "2026-12-28T14:00", "2026-12-31T19:00"])
    }

    @Test func aPauseCancelsFromTheBuildsDayUntilItEnds() {
        let activity = makeActivity(
            "taalcafe", status: .paused(until: day("2026-12-10"), reason: "De vrijwilligers zijn op vakantie"))
        let found = activity.occurrences(from: day("2026-11-19"), through: day("2026-12-17"), today: day("2026-11-22"))
        // 19 November is before the build's day: it was not cancelled then.
        #expect(
            found.map(\.brief)
                == [
                    "2026-11-19T19:00", "2026-11-26T19:00 x", "2026-12-03T19:00 x", "2026-12-10T19:00",
                    "2026-12-17T19:00",
                ])
        #expect(found[1].reason == "De vrijwilligers zijn op vakantie")
        let withoutReason = makeActivity("taalcafe", status: .paused(until: day("2026-12-10"), reason: nil))
        #expect(
            withoutReason.occurrences(from: day("2026-11-26"), through: day("2026-11-26"), today: day("2026-11-22"))
                .first?.reason == "Gepauzeerd tot 10 december 2026")
    }

    @Test func oneOffsOnOneDaySeveralDaysOrAllDay() {
        let afternoon = makeActivity(
            "markt", timing: .once(AgendaOnce(day: day("2026-12-12"), times: (time("14:00"), time("17:00")))))
        #expect(dates(afternoon, "2026-12-01", "2026-12-31") == ["2026-12-12T14:00"])
        let weekend = makeActivity(
            "feest",
            timing: .once(AgendaOnce(day: day("2026-12-19"), lastDay: day("2026-12-20"), times: nil)))
        // One occurrence, on its first day: a window that starts on its second day does not show it.
        #expect(dates(weekend, "2026-12-01", "2026-12-31") == ["2026-12-19"])
        #expect(dates(weekend, "2026-12-20", "2026-12-31").isEmpty)
        let occurrence = weekend.occurrences(
            from: day("2026-12-19"), through: day("2026-12-19"), today: day("2026-11-22"))
        #expect(occurrence.first?.lastDay == day("2026-12-20"))
        #expect(occurrence.first?.allDay == true)
        #expect(weekend.isOver(today: day("2026-12-21")))
        #expect(!weekend.isOver(today: day("2026-12-20")))
    }

    /// 10:00 stays 10:00 when the clocks change on the last Sunday of March and of October; only the offset moves.
    @Test func theLocalTimeStaysAcrossTheChangeOfTheClocks() {
        let sundays = makeActivity("koor", timing: .recurring(weeklyRule([.sunday], "10:00", "11:00")))
        let spring = sundays.occurrences(from: day("2027-03-21"), through: day("2027-04-04"), today: day("2026-11-22"))
        #expect(spring.map(\.brief) == ["2027-03-21T10:00", "2027-03-28T10:00", "2027-04-04T10:00"])
        #expect(
            spring.map { $0.start.iso8601(in: .europeAmsterdam) }.map { String($0.suffix(6)) } == [
                "+01:00", "+02:00", "+02:00",
            ])
        let autumn = sundays.occurrences(from: day("2026-10-18"), through: day("2026-11-01"), today: day("2026-10-01"))
        #expect(
            autumn.map { String($0.start.iso8601(in: .europeAmsterdam).suffix(6)) } == ["+02:00", "+01:00", "+01:00"])
        // A night activity in the hour that is skipped (02:30 on 28 March 2027) keeps its written time.
        let night = makeActivity("sterren", timing: .recurring(monthlyRule(["-1SU"], "02:30", "03:30")))
        let march = night.occurrences(from: day("2027-03-01"), through: day("2027-03-31"), today: day("2026-11-22"))
        #expect(march.map(\.brief) == ["2027-03-28T02:30"])
        #expect(march[0].start.iso8601(in: .europeAmsterdam) == "2027-03-28T02:30:00+01:00")
    }

    @Test func theNextDatesLookFarEnoughAhead() {
        let yearly = makeActivity(
            "zomer", timing: .recurring(monthlyRule(["1SA"], interval: 6, from: "2026-07-01")))
        let next = yearly.nextOccurrences(3, today: day("2026-11-22"))
        #expect(next.map(\.brief) == ["2027-01-02T10:00", "2027-07-03T10:00", "2028-01-01T10:00"])
        let stopped = makeActivity(
            "oud", timing: .once(AgendaOnce(day: day("2026-01-10"), times: (time("10:00"), time("11:00")))))
        #expect(stopped.nextOccurrence(today: day("2026-11-22")) == nil)
    }
}
