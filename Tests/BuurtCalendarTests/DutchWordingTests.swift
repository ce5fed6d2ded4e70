import BuurtCalendar
import Testing

/// Moved from KaartTests (DutchScheduleTests) with their assertions, now on the rule itself.
@Suite struct DutchWordingTests {
    @Test func weeklySchedules() {
        #expect(weekly([.tuesday], "10:00", "12:00").dutchDescription == "elke dinsdag 10:00–12:00")
        #expect(
            weekly([.thursday, .monday], "09:00", "12:00").dutchDescription == "elke maandag en donderdag 9:00–12:00")
        #expect(
            weekly([.monday, .wednesday, .friday], "13:30", "17:00").dutchDescription
                == "elke maandag, woensdag en vrijdag 13:30–17:00")
        #expect(
            weekly([.friday, .monday, .tuesday, .wednesday, .thursday], "06:00", "23:30").dutchDescription
                == "van maandag tot en met vrijdag 6:00–23:30", "days in a row read as a range")
        #expect(
            weekly([.saturday, .sunday], "08:00", "23:30").dutchDescription == "elke zaterdag en zondag 8:00–23:30")
        #expect(weekly(Weekday.allCases, "09:00", "10:00").dutchDescription == "elke dag 9:00–10:00")
    }

    @Test func everyOtherWeekAndEveryFewWeeks() {
        #expect(
            weekly([.tuesday], "10:00", "12:00", interval: 2, from: "2026-01-06").dutchDescription
                == "om de week op dinsdag 10:00–12:00 (vanaf 6 januari 2026)")
        #expect(
            weekly([.saturday], "10:00", "12:00", interval: 3, from: "2026-01-10").dutchDescription
                == "elke 3 weken op zaterdag 10:00–12:00 (vanaf 10 januari 2026)")
        #expect(
            weekly([.monday, .tuesday, .wednesday], "10:00", "12:00", interval: 2, from: "2026-01-05").dutchRecurrence
                == "om de week van maandag tot en met woensdag")
    }

    @Test func nthAndLastWeekdayOfTheMonth() {
        #expect(monthly(["2WE"], "14:00", "16:00").dutchDescription == "iedere 2e woensdag van de maand 14:00–16:00")
        #expect(
            monthly(["-1FR"], "15:00", "17:00").dutchDescription
                == "elke laatste vrijdag van de maand 15:00–17:00")
        #expect(
            monthly(["3TU", "1TU"], "19:00", "21:00").dutchDescription
                == "iedere 1e en 3e dinsdag van de maand 19:00–21:00")
        #expect(
            monthly(["1MO"], "10:00", "11:00", interval: 2).dutchDescription
                == "om de maand op de 1e maandag 10:00–11:00")
        #expect(
            monthly(["-1SA"], "10:00", "11:00", interval: 3).dutchDescription
                == "elke 3 maanden op de laatste zaterdag 10:00–11:00")
        #expect(
            monthly(["2WE", "-1FR"], "10:00", "11:00").dutchRecurrence
                == "iedere 2e woensdag en laatste vrijdag van de maand")
    }

    @Test func nthFromTheEndOfTheMonth() {
        #expect(monthly(["-2FR"], "15:00", "17:00").dutchRecurrence == "elke op één na laatste vrijdag van de maand")
        #expect(monthly(["-3SU"], "10:00", "11:00").dutchRecurrence == "elke op twee na laatste zondag van de maand")
        #expect(
            monthly(["-4MO"], "10:00", "11:00", interval: 2).dutchRecurrence
                == "om de maand op de op drie na laatste maandag")
        #expect(
            monthly(["-2TH", "-1TH", "1TH"], "10:00", "11:00").dutchRecurrence
                == "iedere 1e, laatste en op één na laatste donderdag van de maand")
        #expect(
            (1...5).map(Dutch.ordinalFromEnd)
                == ["laatste", "op één na laatste", "op twee na laatste", "op drie na laatste", "op vier na laatste"])
    }

    @Test func validFromAndValidTo() {
        #expect(
            weekly([.tuesday], "10:00", "12:00", to: "2026-06-30").dutchDescription
                == "elke dinsdag 10:00–12:00 (tot en met 30 juni 2026)")
        #expect(
            weekly([.tuesday], "10:00", "12:00", from: "2026-01-06").dutchDescription
                == "elke dinsdag 10:00–12:00 (vanaf 6 januari 2026)")
        #expect(
            weekly([.tuesday], "10:00", "12:00", from: "2026-01-06", to: "2026-06-30").dutchDescription
                == "elke dinsdag 10:00–12:00 (van 6 januari 2026 tot en met 30 juni 2026)")
        #expect(weekly([.tuesday], "10:00", "12:00").dutchPeriod == nil)
    }

    @Test func listsAndDates() {
        #expect(Dutch.list([]) == "")
        #expect(Dutch.list(["a"]) == "a")
        #expect(Dutch.list(["a", "b"]) == "a en b")
        #expect(Dutch.list(["a", "b", "c"]) == "a, b en c")
        #expect(Dutch.dates([day("2026-12-25")]) == "25 december 2026")
        #expect(
            Dutch.dates([day("2026-12-26"), day("2026-12-25"), day("2026-12-25")]) == "25 en 26 december 2026",
            "in order, once each")
        #expect(Dutch.dates([day("2027-01-01"), day("2026-12-31")]) == "31 december 2026 en 1 januari 2027")
        #expect(
            Dutch.dates([day("2026-12-25"), day("2027-12-25")]) == "25 december 2026 en 25 december 2027",
            "the same month of another year is another group")
        #expect(
            Weekday.allCases.map(\.dutchName)
                == ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"])
    }
}
