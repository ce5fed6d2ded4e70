import Testing
@testable import YAML

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
