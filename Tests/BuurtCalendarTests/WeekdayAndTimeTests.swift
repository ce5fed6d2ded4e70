import BuurtCalendar
import Testing

@Suite struct WeekdayTests {
    @Test func knowsTheDayOfTheWeek() {
        #expect(Day("1970-01-01")!.weekday == .thursday)
        #expect(Day("1969-12-31")!.weekday == .wednesday, "before 1970 too")
        #expect(Day("2000-02-29")!.weekday == .tuesday)
        #expect(Day("2026-03-29")!.weekday == .sunday)
        #expect(Day("2026-10-25")!.weekday == .sunday)
        #expect(Day("2026-11-22")!.weekday == .sunday)
        #expect(Day("2026-11-23")!.weekday == .monday)
        #expect(Day.first.weekday == .monday, "1 January of year 1, proleptic Gregorian")
    }

    @Test func weeksStartOnMonday() {
        #expect(Weekday.allCases.first == .monday)
        #expect(Weekday.sunday > Weekday.saturday)
        #expect([Weekday.sunday, .monday, .wednesday].sorted() == [.monday, .wednesday, .sunday])
        #expect(Weekday.wednesday.dutchName == "woensdag")
        #expect(Weekday.wednesday.englishName == "Wednesday")
    }

    @Test func readsByDayItems() {
        #expect(ByDay("TU") == ByDay(weekday: .tuesday))
        #expect(ByDay("2WE") == ByDay(ordinal: 2, weekday: .wednesday))
        #expect(ByDay("-1FR") == ByDay(ordinal: -1, weekday: .friday))
        #expect(ByDay("+1MO") == ByDay(ordinal: 1, weekday: .monday))
        #expect(ByDay("tu") == ByDay(weekday: .tuesday), "capitals are the checks' business")
        #expect(ByDay("DI") == nil)
        #expect(ByDay("++1MO") == nil)
        #expect(ByDay("X") == nil)
        #expect(ByDay(ordinal: -1, weekday: .friday).description == "-1FR")
    }
}

@Suite struct TimeOfDayTests {
    @Test func readsTwentyFourHourTimes() {
        #expect(TimeOfDay("9:00") == TimeOfDay(hour: 9, minute: 0))
        #expect(TimeOfDay("23:59") == TimeOfDay(hour: 23, minute: 59))
        #expect(TimeOfDay("00:00") == TimeOfDay(hour: 0, minute: 0))
        #expect(TimeOfDay("24:00") == nil)
        #expect(TimeOfDay("9.00") == nil)
        #expect(TimeOfDay("9:5") == nil)
        #expect(TimeOfDay("12:60") == nil)
    }

    @Test func writesForMachinesAndForDutchText() {
        #expect(TimeOfDay("9:05")!.description == "09:05")
        #expect(TimeOfDay("9:05")!.dutchText == "9:05")
        #expect(TimeOfDay("13:30")!.minutesSinceMidnight == 810)
        #expect(TimeOfDay("9:30")! < TimeOfDay("10:00")!)
    }
}
