import BuurtCalendar
import Testing

@Suite struct RecurrenceTests {
    /// Moved from KaartTests (DutchScheduleTests) with its assertions.
    @Test func theFirstDayOfASchedule() {
        #expect(weekly([.tuesday], "10:00", "12:00", interval: 2, from: "2026-01-05").firstDay == day("2026-01-06"))
        var lastFriday = monthly(["-1FR"], "10:00", "12:00")
        lastFriday.validFrom = day("2026-01-31")
        #expect(lastFriday.firstDay == day("2026-02-27"))
        var secondWednesday = monthly(["2WE"], "10:00", "12:00")
        secondWednesday.validFrom = day("2026-03-01")
        #expect(secondWednesday.firstDay == day("2026-03-11"))
    }

    @Test func endedRulesAreNotCurrent() {
        let rule = weekly([.tuesday], "10:00", "12:00", to: "2026-03-31")
        #expect(rule.isCurrent(today: day("2026-03-31")))
        #expect(!rule.isCurrent(today: day("2026-04-01")))
        #expect(weekly([.tuesday], "10:00", "12:00").isCurrent(today: day("9999-12-31")))
    }
}
