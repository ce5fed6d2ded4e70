import BuurtCalendar
import Foundation
import Model
import Testing
import YAML

@testable import Agenda

/// The municipality of the tests, as site.yml gives it.
let municipality: MunicipalityConfig = {
    let yaml = "name: Gemeente Lindeveen\ncbs_code: GM9999\ntheme: default\nbase_url: https://www.lindeveen.nl/buurten/"
    return try! YAMLDecoder().decode(MunicipalityConfig.self, from: try! YAMLParser.parse(yaml, file: "site.yml")!)
}()

/// A calendar file read back: its lines unfolded, and its VEVENTs as lists of "NAME;PARAMS:VALUE" lines.
struct ParsedCalendar {
    let lines: [String]
    let events: [[String]]

    /// Unfolds (RFC 5545 section 3.1) and checks what every calendar file must be: CRLF line ends, no line over
    /// 75 octets, components that end as they begin.
    init(_ text: String) throws {
        #expect(text.hasSuffix("\r\n"))
        let physical = text.components(separatedBy: "\r\n").dropLast()
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "no bare LF")
        for line in physical { #expect(line.utf8.count <= 75, "folded: \(line)") }
        var lines: [String] = []
        for line in physical {
            if line.hasPrefix(" ") { lines[lines.count - 1] += line.dropFirst() } else { lines.append(line) }
        }
        var open: [String] = []
        var events: [[String]] = []
        for line in lines {
            if line.hasPrefix("BEGIN:") {
                open.append(String(line.dropFirst(6)))
                if line == "BEGIN:VEVENT" { events.append([]) }
            } else if line.hasPrefix("END:") {
                #expect(open.popLast() == String(line.dropFirst(4)), "END matches BEGIN")
            } else if open.last == "VEVENT" {
                events[events.count - 1].append(line)
            }
        }
        #expect(open.isEmpty)
        #expect(lines.first == "BEGIN:VCALENDAR")
        self.lines = lines
        self.events = events
    }

    /// The values of a property in an event, by name ("DTSTART" matches "DTSTART;TZID=…:…").
    static func values(_ name: String, in event: [String]) -> [String] {
        event.filter { $0.hasPrefix(name + ":") || $0.hasPrefix(name + ";") }.map {
            String($0[$0.index(after: $0.firstIndex(of: ":")!)...])
        }
    }
}

@Suite struct ICalendarFeedTests {
    /// The portal's view of these activities on the example's build day.
    func view(_ activities: [AgendaActivity], today: String = "2026-11-22") -> AgendaView {
        AgendaView(catalogue: catalogue(activities, today: today).catalogue, buurt: nil, municipality: municipality)
    }

    let activities = [
        makeActivity(
            "taalcafe", title: "Taalcafé, met koffie; en thee",
            cancelled: [AgendaCancellation(day: day("2026-12-24"), reason: "Kerstvakantie")],
            moved: [
                AgendaMove(from: day("2026-12-31"), to: day("2027-01-02"), start: time("10:00"), end: time("12:00"))
            ],
            extra: [
                AgendaExtra(day: day("2026-12-28"), start: time("19:00"), end: time("21:00")),
                AgendaExtra(day: day("2026-12-29"), start: time("14:00"), end: time("17:00")),
            ]),
        makeActivity(
            "feest", title: "Winterfeest", buurt: "molenkamp",
            timing: .once(AgendaOnce(day: day("2026-12-19"), lastDay: day("2026-12-20"), times: nil))),
        makeActivity(
            "markt", title: "Kerstmarkt",
            timing: .once(AgendaOnce(day: day("2026-12-12"), times: (time("14:00"), time("17:00")))),
            cancelled: [AgendaCancellation(day: day("2026-12-12"), reason: "Te weinig kramen")]),
        makeActivity("oud", title: "Gestopt", status: .stopped),
    ]

    @Test func aFeedIsAValidCalendarWithOneEventPerActivityAndItsOverrides() throws {
        let text = view(activities).calendar(view(activities).listed, name: "Agenda van Lindeveen")
        let calendar = try ParsedCalendar(text)
        for line in [
            "VERSION:2.0", "PRODID:-//buurtsite//agenda//NL", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:Agenda van Lindeveen", "BEGIN:VTIMEZONE", "TZID:Europe/Amsterdam",
        ] {
            #expect(calendar.lines.contains(line), "\(line)")
        }
        let uids = calendar.events.map { ParsedCalendar.values("UID", in: $0).first ?? "" }
        // The extra date of another length and the moved date are overrides (in the order of the dates they
        // replace) of the taalcafé; the stopped one is out.
        #expect(
            uids == [
                "markt@www.lindeveen.nl", "taalcafe@www.lindeveen.nl", "taalcafe@www.lindeveen.nl",
                "taalcafe@www.lindeveen.nl", "molenkamp-feest@www.lindeveen.nl",
            ])
        for event in calendar.events {
            #expect(ParsedCalendar.values("DTSTAMP", in: event) == ["20261122T000000Z"])
        }
        let taalcafe = calendar.events[1]
        #expect(taalcafe.contains("SUMMARY:Taalcafé\\, met koffie\\; en thee"))
        #expect(taalcafe.contains("DTSTART;TZID=Europe/Amsterdam:20261105T190000"), "the first Thursday from reviewed")
        #expect(taalcafe.contains("DTEND;TZID=Europe/Amsterdam:20261105T210000"))
        #expect(taalcafe.contains("RRULE:FREQ=WEEKLY;BYDAY=TH;WKST=MO"))
        #expect(
            ParsedCalendar.values("RDATE", in: taalcafe) == ["20261228T190000", "20261229T140000"])
        #expect(ParsedCalendar.values("EXDATE", in: taalcafe) == ["20261224T190000"])
        #expect(taalcafe.contains("LOCATION:Wijkhuiskamer De Molensteen\\, Wiekenstraat 14\\, 9992 BN Lindeveen"))
        #expect(taalcafe.contains("URL;VALUE=URI:https://www.lindeveen.nl/buurten/agenda/taalcafe/"))
        #expect(
            taalcafe.contains("DESCRIPTION:Iets voor de buurt.\\n\\nhttps://www.lindeveen.nl/buurten/agenda/taalcafe/"))
        let moved = calendar.events[3]
        #expect(moved.contains("RECURRENCE-ID;TZID=Europe/Amsterdam:20261231T190000"))
        #expect(moved.contains("DTSTART;TZID=Europe/Amsterdam:20270102T100000"))
        let longer = calendar.events[2]
        #expect(longer.contains("RECURRENCE-ID;TZID=Europe/Amsterdam:20261229T140000"))
        #expect(longer.contains("DTEND;TZID=Europe/Amsterdam:20261229T170000"))
        let market = calendar.events[0]
        #expect(ParsedCalendar.values("DTSTART", in: market) == ["20261212T140000"])
        #expect(ParsedCalendar.values("EXDATE", in: market) == ["20261212T140000"], "a cancelled one-off")
        let party = calendar.events[4]
        #expect(party.contains("DTSTART;VALUE=DATE:20261219"))
        #expect(party.contains("DTEND;VALUE=DATE:20261221"), "the day after the last day")
    }

    @Test func aPauseLeavesOutItsDatesFromTheBuildsDay() throws {
        let paused = makeActivity("taalcafe", status: .paused(until: day("2026-12-10"), reason: nil))
        let calendar = try ParsedCalendar(view([paused]).calendar([paused], name: "Taalcafé"))
        #expect(ParsedCalendar.values("EXDATE", in: calendar.events[0]) == ["20261126T190000", "20261203T190000"])
    }

    @Test func dtstartIsTheRulesFirstDayFromValidFrom() throws {
        let every = makeActivity(
            "wandelen", timing: .recurring(weeklyRule([.tuesday, .friday], interval: 2, from: "2026-11-26")))
        let calendar = try ParsedCalendar(view([every]).calendar([every], name: "Wandelen"))
        #expect(ParsedCalendar.values("DTSTART", in: calendar.events[0]) == ["20261127T190000"])
        #expect(calendar.events[0].contains("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,FR;WKST=MO"))
    }

    @Test func twoBuildsGiveTheSameBytesAndUIDsDoNotDependOnOtherActivities() {
        let first = view(activities).calendar(activities, name: "Agenda")
        #expect(view(activities).calendar(activities, name: "Agenda") == first)
        let more = activities + [makeActivity("aaa-nieuw", title: "Nieuw"), makeActivity("zzz", title: "Zzz")]
        let second = view(more).calendar(view(more).listed, name: "Agenda")
        // Every event of the first feed is in the second, byte for byte.
        for event in first.components(separatedBy: "BEGIN:VEVENT\r\n").dropFirst() {
            #expect(second.contains("BEGIN:VEVENT\r\n" + event.components(separatedBy: "END:VEVENT")[0]))
        }
        // The next day, only DTSTAMP changes for an activity with valid_from and a date.
        let fixed = [
            makeActivity("cursus", timing: .recurring(weeklyRule([.monday], from: "2026-11-02", to: "2027-03-29")))
        ]
        let today = view(fixed).calendar(fixed, name: "Cursus")
        let tomorrow = view(fixed, today: "2026-11-23").calendar(fixed, name: "Cursus")
        #expect(today.replacingOccurrences(of: "DTSTAMP:20261122", with: "DTSTAMP:20261123") == tomorrow)
    }

    /// The feeds as a calendar app reads them: expanded by the PyPI packages icalendar and recurring-ical-events
    /// over the agenda's weeks, they give exactly the dates the agenda lists as going ahead, and every cancelled
    /// date is an EXDATE. Every kind of rule, a pause, moved and extra dates and the change to summer time.
    @Test(
        .enabled(
            if: referencePython != nil || ProcessInfo.processInfo.environment["CI"] != nil,
            "needs .venv/bin/python with icalendar and recurring-ical-events: run make venv"))
    func calendarAppsSeeTheSameDatesAsTheAgenda() throws {
        let python = try #require(referencePython, "CI must have .venv/bin/python with recurring-ical-events")
        var all = activities
        all += [
            makeActivity("repair", title: "Repair café", timing: .recurring(monthlyRule(["2SA"]))),
            makeActivity(
                "laatste", title: "Laatste zondag", timing: .recurring(monthlyRule(["-1SU"], "10:00", "11:00"))),
            makeActivity(
                "om-de-week", title: "Om de week",
                timing: .recurring(
                    weeklyRule([.monday, .wednesday], interval: 2, from: "2027-02-01", to: "2027-04-30"))),
            makeActivity(
                "pauze", title: "Pauze", status: .paused(until: day("2027-03-10"), reason: "Verbouwing"),
                extra: [AgendaExtra(day: day("2027-03-06"), start: time("10:00"), end: time("11:00"))]),
            makeActivity(
                "nacht", title: "Nacht",
                timing: .once(
                    AgendaOnce(
                        day: day("2027-03-27"), lastDay: day("2027-03-28"),
                        times: (time("22:00"), time("04:00"))))),
        ]
        // Eighteen weeks from 1 February 2027: the change to summer time on 28 March is inside.
        var settings = exampleSettings
        settings.weeks = 18
        let agenda = catalogue(all, settings: settings, today: "2027-02-01").catalogue
        let view = AgendaView(catalogue: agenda, buurt: nil, municipality: municipality)
        let expected = view.window.filter { !$0.occurrence.isCancelled }.map { listing in
            "\(view.listed[listing.activity].title)|\(AgendaView.datetime(listing.occurrence))"
        }
        let cancelled = view.window.filter(\.occurrence.isCancelled).map { listing in
            "EXDATE|\(view.listed[listing.activity].title)|\(AgendaView.datetime(listing.occurrence))"
        }
        #expect(expected.count > 40)
        #expect(cancelled.count >= 4)

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-ics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = folder.appendingPathComponent("agenda.ics")
        try Data(view.calendar(view.listed, name: "Agenda").utf8).write(to: feed)
        let found = try run(python, [checker.path, feed.path, "2027-02-01", agenda.lastDay.description])
            .split(separator: "\n").map(String.init)
        let occurrences = found.filter { !$0.hasPrefix("EXDATE|") }
        #expect(occurrences == expected.sorted())
        let exdates = Set(found.filter { $0.hasPrefix("EXDATE|") })
        #expect(Set(cancelled).isSubset(of: exdates), "\(Set(cancelled).subtracting(exdates))")
    }
}

/// The package's root, three folders up from this file.
private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

private let checker = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("reference_ical.py")

/// `make venv`'s python when it has icalendar and recurring-ical-events, else nil.
private let referencePython: URL? = {
    let python = packageRoot.appendingPathComponent(".venv/bin/python")
    guard FileManager.default.isExecutableFile(atPath: python.path),
        (try? run(python, ["-c", "import icalendar, recurring_ical_events"])) != nil
    else { return nil }
    return python
}()

/// Standard output of a program; throws when it fails.
private func run(_ program: URL, _ arguments: [String]) throws -> String {
    struct Failed: Error, CustomStringConvertible { let description: String }
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let problems = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw Failed(description: String(decoding: problems, as: UTF8.self))
    }
    return String(decoding: data, as: UTF8.self)
}

@Suite struct EventJSONLDTests {
    func event(_ activity: AgendaActivity) -> [String: Any] {
        let view = AgendaView(
            catalogue: catalogue([activity]).catalogue, buurt: nil, municipality: municipality)
        return view.jsonLD(for: activity, canonical: "https://www.lindeveen.nl/buurten/agenda/x/")
    }

    @Test func startDateIsTheNextDateThatGoesAhead() {
        // Paused for longer than its next ten dates: the first date after the pause.
        let paused = makeActivity("fietsles", status: .paused(until: day("2027-03-03"), reason: nil))
        #expect(event(paused)["startDate"] as? String == "2027-03-04T19:00:00+01:00")
        #expect(event(paused)["endDate"] as? String == "2027-03-04T21:00:00+01:00")
        let cancelled = makeActivity(
            "taalcafe", cancelled: [AgendaCancellation(day: day("2026-11-26"), reason: "Ziek")])
        #expect(event(cancelled)["startDate"] as? String == "2026-12-03T19:00:00+01:00")
        // In summer time the offset is +02:00.
        let summer = makeActivity("zomer", timing: .recurring(weeklyRule([.thursday], from: "2027-05-01")))
        #expect(event(summer)["startDate"] as? String == "2027-05-06T19:00:00+02:00")
    }

    @Test func aPastOneOffNamesItsOwnDate() {
        let past = makeActivity(
            "markt", timing: .once(AgendaOnce(day: day("2026-06-13"), times: (time("10:00"), time("16:00")))))
        #expect(event(past)["startDate"] as? String == "2026-06-13T10:00:00+02:00")
        let allDay = makeActivity(
            "feest", timing: .once(AgendaOnce(day: day("2026-12-19"), lastDay: day("2026-12-20"), times: nil)))
        #expect(event(allDay)["startDate"] as? String == "2026-12-19")
        #expect(event(allDay)["endDate"] as? String == "2026-12-20")
        #expect((event(allDay)["location"] as? [String: Any])?["@type"] as? String == "Place")
    }
}
