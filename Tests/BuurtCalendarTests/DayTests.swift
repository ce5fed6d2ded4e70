import Foundation
import Testing

@testable import BuurtCalendar

@Suite struct DayTests {
    @Test func parsesOnlyRealDatesInYYYYMMDD() {
        #expect(Day("2026-03-03") == Day(year: 2026, month: 3, day: 3))
        #expect(Day("2024-02-29") != nil)
        #expect(Day("2026-02-29") == nil)
        #expect(Day("2026-02-30") == nil)
        #expect(Day("1900-02-29") == nil)
        #expect(Day("2000-02-29") != nil)
        #expect(Day("2026-13-01") == nil)
        #expect(Day("2026-3-3") == nil)
        #expect(Day("03-03-2026") == nil)
        #expect(Day("2026-03-03T10:00") == nil)
        #expect(Day("") == nil)
    }

    @Test func printsAsYYYYMMDDAndInDutch() {
        let day = Day(year: 2026, month: 3, day: 3)!
        #expect(day.description == "2026-03-03")
        #expect(day.dutchText == "3 maart 2026")
        #expect(Day(year: 2026, month: 12, day: 31)!.dutchText == "31 december 2026")
    }

    @Test func ordersByDate() {
        let days = ["2026-03-03", "2025-12-31", "2026-01-15"].compactMap(Day.init)
        #expect(days.sorted().map(\.description) == ["2025-12-31", "2026-01-15", "2026-03-03"])
    }
}

@Suite struct DayArithmeticTests {
    @Test func countsFromTheFirstOfJanuary1970() {
        #expect(day("1970-01-01").daysSinceEpoch == 0)
        #expect(day("1969-12-31").daysSinceEpoch == -1)
        #expect(day("2026-03-29").daysSinceEpoch == 20_541)
        #expect(Day.first.daysSinceEpoch == -719_162)
        #expect(Day.last.daysSinceEpoch == 2_932_896)
        #expect(Day(daysSinceEpoch: 20_541) == day("2026-03-29"))
    }

    @Test func crossesMonthEndsAndLeapDays() {
        #expect(day("2024-02-28").adding(days: 1) == day("2024-02-29"), "2024 is a leap year")
        #expect(day("2024-02-28").adding(days: 2) == day("2024-03-01"))
        #expect(day("2026-02-28").adding(days: 1) == day("2026-03-01"), "2026 is not")
        #expect(day("1900-02-28").adding(days: 1) == day("1900-03-01"), "a century is not, unless divisible by 400")
        #expect(day("2000-02-28").adding(days: 1) == day("2000-02-29"))
        #expect(day("2026-04-30").adding(days: 1) == day("2026-05-01"))
        #expect(day("2026-12-31").adding(days: 1) == day("2027-01-01"))
        #expect(day("2026-03-01").adding(days: -1) == day("2026-02-28"))
        #expect(day("2024-03-01").adding(days: -1) == day("2024-02-29"))
        #expect(day("2026-01-31").adding(days: 365) == day("2027-01-31"))
        #expect(day("2028-01-31").adding(days: 365) == day("2029-01-30"), "2028 has a 29 February")
    }

    @Test func countsDaysBetweenTwoDays() {
        #expect(day("2024-03-01").days(since: day("2024-02-01")) == 29)
        #expect(day("2026-03-01").days(since: day("2026-02-01")) == 28)
        #expect(day("2025-01-01").days(since: day("2024-01-01")) == 366)
        #expect(day("2026-01-01").days(since: day("2025-01-01")) == 365)
        #expect(day("2026-11-22").days(since: day("2026-11-23")) == -1)
    }

    @Test func agreesWithFoundationsGregorianCalendarDayByDay() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var date = calendar.date(from: DateComponents(year: 1899, month: 12, day: 1))!
        var current = day("1899-12-01")
        // Three centuries' worth of month ends and leap days, 1900 and 2000 among them.
        for _ in 0..<(366 * 210) {
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            #expect(current == Day(year: parts.year!, month: parts.month!, day: parts.day!))
            #expect(Day(daysSinceEpoch: current.daysSinceEpoch) == current)
            if current != Day(year: parts.year!, month: parts.month!, day: parts.day!) { break }
            date = calendar.date(byAdding: .day, value: 1, to: date)!
            current = current.adding(days: 1)
        }
    }

    @Test func staysWithinTheYearsADayCanWrite() {
        #expect(Day.last.adding(days: 1) == Day.last)
        #expect(Day.first.adding(days: -1) == Day.first)
    }

    @Test func knowsTheLengthOfEachMonth() {
        #expect(Day.daysIn(month: 2, year: 2024) == 29)
        #expect(Day.daysIn(month: 2, year: 2026) == 28)
        #expect(Day.daysIn(month: 2, year: 2100) == 28)
        #expect(Day.daysIn(month: 4, year: 2026) == 30)
        #expect(Day.daysIn(month: 12, year: 2026) == 31)
        #expect(day("2026-02-10").daysInMonth == 28)
    }
}
