import BuurtCalendar
import Foundation
import Testing

/// The iCalendar writer (RFC 5545): escaping, folding, the time zone and the rule text.
@Suite struct ICalendarWriterTests {
    @Test func textValuesAreEscaped() {
        #expect(ICalendarWriter.escaped("Koffie, thee; en een \\ streep") == "Koffie\\, thee\\; en een \\\\ streep")
        #expect(
            ICalendarWriter.escaped("regel 1\nregel 2\r\nregel 3\rregel 4") == "regel 1\\nregel 2\\nregel 3\\nregel 4")
        // Control characters cannot be in TEXT; a tab can.
        #expect(ICalendarWriter.escaped("a\u{7}b\tc") == "ab\tc")
    }

    @Test func everyLineEndsInCRLF() {
        var writer = ICalendarWriter()
        writer.begin("VCALENDAR")
        writer.text("SUMMARY", "Taalcafé")
        writer.end("VCALENDAR")
        #expect(writer.text == "BEGIN:VCALENDAR\r\nSUMMARY:Taalcafé\r\nEND:VCALENDAR\r\n")
    }

    @Test func parameterValuesAreQuotedWhenTheyMustBe() {
        var writer = ICalendarWriter()
        writer.property("DTSTART", [("TZID", "Europe/Amsterdam")], value: "20261208T190000")
        writer.property("X-NAME", [("CN", "Jansen, Gerda")], value: "x")
        #expect(writer.text == "DTSTART;TZID=Europe/Amsterdam:20261208T190000\r\nX-NAME;CN=\"Jansen, Gerda\":x\r\n")
    }

    @Test func longLinesFoldAt75Octets() {
        let line = "DESCRIPTION:" + String(repeating: "abcdefghij", count: 20)
        let folded = ICalendarWriter.folded(line)
        let lines = folded.components(separatedBy: "\r\n")
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(lines[0].utf8.count == 75)
        // Unfolding (removing CRLF and one space) gives the line back.
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
        #expect(ICalendarWriter.folded("SUMMARY:kort") == "SUMMARY:kort")
    }

    @Test func foldingNeverSplitsAUTF8Sequence() {
        // "é" is two octets and "€" three, the family a sequence of scalars of four octets each: every
        // possible cut position falls inside one of them somewhere in these lines.
        for prefix in 0..<4 {
            for text in ["é", "€", "👩‍👩‍👧"] {
                let line = "SUMMARY:" + String(repeating: "x", count: prefix) + String(repeating: text, count: 60)
                let folded = ICalendarWriter.folded(line)
                let pieces = folded.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
                for piece in pieces {
                    let bytes = Array(piece.filter { $0 != 0x0D })
                    #expect(bytes.count <= 75)
                    #expect(String(validating: bytes, as: UTF8.self) != nil, "a line of \(text) is valid UTF-8")
                }
                #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
            }
        }
    }

    @Test func rulesAreWrittenAsRRULE() {
        #expect(weekly([.thursday], "19:00", "21:00").icalendarRule() == "FREQ=WEEKLY;BYDAY=TH;WKST=MO")
        #expect(
            weekly([.thursday, .monday], "19:00", "21:00", interval: 2, from: "2026-09-01", to: "2027-06-30")
                .icalendarRule() == "FREQ=WEEKLY;INTERVAL=2;UNTIL=20270630T170000Z;BYDAY=TH,MO;WKST=MO")
        // UNTIL is the last start in UTC: in winter 10:00 in Amsterdam is 09:00 UTC.
        #expect(
            monthly(["2SA", "-1SU"], "10:00", "13:00", to: "2026-12-31").icalendarRule()
                == "FREQ=MONTHLY;UNTIL=20261231T090000Z;BYDAY=2SA,-1SU;WKST=MO")
        #expect(Day("2026-12-08")!.icalendarText == "20261208")
    }

    /// The VTIMEZONE's rules (the last Sundays of March and October, at 01:00 UTC) agree with the system's time
    /// zone database for every year an agenda can reach.
    @Test func europeAmsterdamsRulesAgreeWithTheTimeZoneDatabase() {
        var writer = ICalendarWriter()
        ICalendarTimeZone.writeEuropeAmsterdam(to: &writer)
        #expect(writer.text.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"))
        #expect(writer.text.contains("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"))
        let zone = TimeZone.europeAmsterdam
        for year in 1997...2037 {
            for (month, offsetAfter) in [(3, 7200), (10, 3600)] {
                let last = Day(year: year, month: month, day: 31)!
                let sunday = last.adding(days: -((last.weekday.index + 1) % 7))
                #expect(sunday.weekday == .sunday)
                // The change happens at 01:00 UTC on that Sunday.
                let change = Double(sunday.daysSinceEpoch * 86_400 + 3600)
                #expect(zone.secondsFromGMT(for: Date(timeIntervalSince1970: change - 1)) == 10_800 - offsetAfter)
                #expect(zone.secondsFromGMT(for: Date(timeIntervalSince1970: change)) == offsetAfter)
            }
        }
    }
}

@Suite struct AgendaWordingTests {
    @Test func daysAreNamedAsAnAgendaNamesThem() {
        #expect(day("2026-12-08").dutchWeekdayText() == "dinsdag 8 december")
        #expect(day("2027-01-01").dutchWeekdayText(withYear: true) == "vrijdag 1 januari 2027")
        #expect(Dutch.relativeDay(day("2026-12-08"), today: day("2026-12-08")) == "vandaag")
        #expect(Dutch.relativeDay(day("2027-01-01"), today: day("2026-12-31")) == "morgen")
        #expect(Dutch.relativeDay(day("2026-12-10"), today: day("2026-12-08")) == nil)
        #expect(Dutch.relativeDay(day("2026-12-07"), today: day("2026-12-08")) == nil)
        #expect(Dutch.capitalised("dinsdag 8 december") == "Dinsdag 8 december")
    }
}

@Suite struct EventScheduleTests {
    @Test func weeklyRulesBecomeOneSchedule() throws {
        let schedules = weekly(
            [.thursday, .monday], "19:00", "21:30", interval: 2, from: "2026-09-01", to: "2027-06-30"
        )
        .schemaOrgSchedules(exceptDates: [day("2026-12-24"), day("2026-12-31"), day("2026-12-24")])
        let schedule = try #require(schedules.first)
        #expect(schedules.count == 1)
        #expect(schedule["@type"] as? String == "Schedule")
        #expect(schedule["repeatFrequency"] as? String == "P2W")
        #expect(schedule["byDay"] as? [String] == ["https://schema.org/Monday", "https://schema.org/Thursday"])
        #expect(schedule["startTime"] as? String == "19:00")
        #expect(schedule["endTime"] as? String == "21:30")
        #expect(schedule["duration"] as? String == "PT2H30M")
        #expect(schedule["scheduleTimezone"] as? String == "Europe/Amsterdam")
        #expect(schedule["startDate"] as? String == "2026-09-01")
        #expect(schedule["endDate"] as? String == "2027-06-30")
        #expect(schedule["exceptDate"] as? [String] == ["2026-12-24", "2026-12-31"])
        #expect(schedule["byMonthWeek"] == nil)
    }

    @Test func monthlyRulesSayTheWeekOfTheMonth() {
        let schedules = monthly(["2SA", "-1FR", "4SA"], "10:00", "13:00").schemaOrgSchedules()
        #expect(schedules.count == 2)
        #expect(schedules[0]["byDay"] as? [String] == ["https://schema.org/Saturday"])
        #expect(schedules[0]["byMonthWeek"] as? [Int] == [2, 4])
        #expect(schedules[1]["byDay"] as? [String] == ["https://schema.org/Friday"])
        #expect(schedules[1]["byMonthWeek"] as? Int == -1)
        #expect(schedules[0]["repeatFrequency"] as? String == "P1M")
        #expect(schedules[0]["duration"] as? String == "PT3H")
        #expect(schedules[0]["startDate"] == nil)
    }
}
