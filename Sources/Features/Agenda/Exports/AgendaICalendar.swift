import BuurtCalendar
import Foundation

/// The agenda as iCalendar (RFC 5545), for calendar apps to subscribe to or import: one VEVENT per activity
/// (a recurring one with RRULE, EXDATE for its cancelled dates and RDATE for its extra ones), and an override
/// VEVENT with the same UID and a RECURRENCE-ID for each moved date. Times are local Amsterdam times with
/// TZID=Europe/Amsterdam and the calendar carries that time zone's VTIMEZONE. DTSTAMP is the build's day, so
/// that two builds on one day give the same bytes; a UID is the activity's key and the municipality's host.
extension AgendaView {
    /// A whole calendar of these activities (stopped ones are left out), named `name` (`X-WR-CALNAME`).
    func calendar(_ activities: [AgendaActivity], name: String) -> String {
        var writer = ICalendarWriter()
        writer.begin("VCALENDAR")
        writer.property("VERSION", value: "2.0")
        writer.property("PRODID", value: "-//buurtsite//agenda//NL")
        writer.property("CALSCALE", value: "GREGORIAN")
        writer.property("METHOD", value: "PUBLISH")
        writer.text("X-WR-CALNAME", name)
        writer.property("X-WR-TIMEZONE", value: TimeZone.europeAmsterdam.identifier)
        ICalendarTimeZone.writeEuropeAmsterdam(to: &writer)
        for activity in activities where activity.status != .stopped {
            writeEvents(of: activity, to: &writer)
        }
        writer.end("VCALENDAR")
        return writer.text
    }

    /// The UID of the activity: "taalcafe@www.lindeveen.nl", "molenkamp-breiclub@www.lindeveen.nl".
    func uid(of activity: AgendaActivity) -> String {
        activity.key + "@" + catalogue.host
    }

    /// The activity's VEVENT, then its overrides.
    func writeEvents(of activity: AgendaActivity, to writer: inout ICalendarWriter) {
        let zone = [("TZID", TimeZone.europeAmsterdam.identifier)]
        let stamp = today.icalendarText + "T000000Z"
        let uid = uid(of: activity)
        switch activity.timing {
        case .once(let once):
            writer.begin("VEVENT")
            writer.property("UID", value: uid)
            writer.property("DTSTAMP", value: stamp)
            if let times = once.times {
                let start = LocalDateTime(day: once.day, time: times.start)
                writer.property("DTSTART", zone, value: start.icalendarText)
                writer.property("DTEND", zone, value: LocalDateTime(day: once.lastDay, time: times.end).icalendarText)
                if isCancelled(activity, once.day) { writer.property("EXDATE", zone, value: start.icalendarText) }
            } else {
                writer.property("DTSTART", [("VALUE", "DATE")], value: once.day.icalendarText)
                writer.property("DTEND", [("VALUE", "DATE")], value: once.lastDay.adding(days: 1).icalendarText)
                if isCancelled(activity, once.day) {
                    writer.property("EXDATE", [("VALUE", "DATE")], value: once.day.icalendarText)
                }
            }
            describe(activity, to: &writer)
            writer.end("VEVENT")
        case .recurring(let rule):
            guard let first = firstDay(of: activity, rule) else { return }
            let length = Self.minutes(from: rule.startTime, to: rule.endTime)
            let excluded = excludedStarts(of: activity, rule)
            writer.begin("VEVENT")
            writer.property("UID", value: uid)
            writer.property("DTSTAMP", value: stamp)
            writer.property("DTSTART", zone, value: LocalDateTime(day: first, time: rule.startTime).icalendarText)
            writer.property(
                "DTEND", zone, value: AgendaActivity.end(of: first, rule.startTime, rule.endTime).icalendarText)
            writer.property("RRULE", value: rule.icalendarRule())
            for extra in activity.extra {
                writer.property("RDATE", zone, value: LocalDateTime(day: extra.day, time: extra.start).icalendarText)
            }
            for start in excluded.sorted() {
                writer.property("EXDATE", zone, value: start.icalendarText)
            }
            describe(activity, to: &writer)
            writer.end("VEVENT")
            // Moved dates, and extra dates of another length than the rule's: the same UID, the date they replace.
            var overrides: [(original: LocalDateTime, start: LocalDateTime, end: LocalDateTime)] = []
            for move in activity.moved {
                overrides.append(
                    (
                        LocalDateTime(day: move.from, time: rule.startTime),
                        LocalDateTime(day: move.to, time: move.start),
                        AgendaActivity.end(of: move.to, move.start, move.end)
                    ))
            }
            for extra in activity.extra where Self.minutes(from: extra.start, to: extra.end) != length {
                let start = LocalDateTime(day: extra.day, time: extra.start)
                overrides.append((start, start, AgendaActivity.end(of: extra.day, extra.start, extra.end)))
            }
            for override in overrides.sorted(by: { $0.original < $1.original })
            where !excluded.contains(override.original) {
                writer.begin("VEVENT")
                writer.property("UID", value: uid)
                writer.property("DTSTAMP", value: stamp)
                writer.property("RECURRENCE-ID", zone, value: override.original.icalendarText)
                writer.property("DTSTART", zone, value: override.start.icalendarText)
                writer.property("DTEND", zone, value: override.end.icalendarText)
                describe(activity, to: &writer)
                writer.end("VEVENT")
            }
        }
    }

    /// SUMMARY (the title exactly), DESCRIPTION (the summary and the page's address), LOCATION, GEO and URL.
    private func describe(_ activity: AgendaActivity, to writer: inout ICalendarWriter) {
        let url = absolute(path(of: activity))
        writer.text("SUMMARY", activity.title)
        writer.text("DESCRIPTION", activity.summary + "\n\n" + url)
        if let location = activity.location {
            writer.text("LOCATION", location.name + ", " + location.oneLine)
            if let point = location.coordinates {
                writer.property("GEO", value: "\(point.latitude);\(point.longitude)")
            }
        }
        writer.property("URL", [("VALUE", "URI")], value: url)
    }

    /// The day of DTSTART: the rule's first day from `valid_from`; without it (every week or month counts), the
    /// first day of the rule from the earliest of the build's day, `reviewed` and the activity's own dates, so that
    /// every EXDATE and RECURRENCE-ID falls on or after it and the day stays the same from one build to the next.
    func firstDay(of activity: AgendaActivity, _ rule: Recurrence) -> Day? {
        if rule.validFrom != nil { return rule.firstDay }
        var anchor = ([today, activity.reviewed] + activity.cancelled.map(\.day) + activity.moved.map(\.from)).min()!
        if let validTo = rule.validTo { anchor = min(anchor, validTo.adding(days: -62)) }
        return rule.days(from: anchor, through: rule.validTo ?? anchor.adding(days: 400)).first
    }

    /// The starts the feed leaves out (EXDATE), as the rule or the extra dates gave them: the cancelled dates, and
    /// the dates a pause cancels from the build's day on.
    func excludedStarts(of activity: AgendaActivity, _ rule: Recurrence) -> Set<LocalDateTime> {
        let extraStarts = Dictionary(activity.extra.map { ($0.day, $0.start) }, uniquingKeysWith: { a, _ in a })
        var excluded = Set(
            activity.cancelled.map { LocalDateTime(day: $0.day, time: extraStarts[$0.day] ?? rule.startTime) })
        if case .paused(let until, _) = activity.status, until > today {
            for occurrence in activity.occurrences(from: today, through: until.adding(days: -1), today: today)
            where occurrence.isCancelled {
                excluded.insert(occurrence.original)
            }
        }
        return excluded
    }

    private func isCancelled(_ activity: AgendaActivity, _ day: Day) -> Bool {
        activity.occurrences(from: day, through: day, today: today).first?.isCancelled ?? false
    }

    /// Minutes from `start` to `end`, past midnight when `end` is not later.
    static func minutes(from start: TimeOfDay, to end: TimeOfDay) -> Int {
        (end.minutesSinceMidnight - start.minutesSinceMidnight + 24 * 60 - 1) % (24 * 60) + 1
    }
}
