import BuurtCalendar
import BuurtCore
import Model
import Site

/// The template values of the agenda's lists (documented in docs/THEMES.md under "Agenda templates"): `agenda` on
/// every agenda page, its days and their dates; the activity page's `activity` is in AgendaActivityContext.swift.
extension AgendaView {
    /// `agenda`: names, links, the filters with their counts; `currentFilter` marks one value as the current page.
    func values(urlPath: String, currentFilter: (facet: AgendaFacet, value: String)? = nil) -> [String: Any] {
        let link = { (target: String) in SitePath.relative(from: urlPath, to: SitePath.encode(target)) }
        let facets = self.facets.map { facet -> [String: Any] in
            let values = facet.values.map { value -> [String: Any] in
                let isCurrent = currentFilter.map { $0.facet == facet.facet && $0.value == value.term.value } ?? false
                return [
                    "value": value.term.value, "label": value.term.label, "count": value.activities.count,
                    "url": link(filterPath(facet.facet, value: value.term.value)), "current": isCurrent,
                    "facet": facet.facet.segment, "input_id": "_filter-\(facet.facet.segment)_\(value.term.value)",
                ]
            }
            return [
                "label": facet.facet.label, "segment": facet.facet.segment, "field": facet.facet.field.rawValue,
                "id": "_filter-\(facet.facet.segment)", "values": values,
            ]
        }
        var values: [String: Any] = [
            "name": settings.name,
            "site_name": siteName,
            "site_home_url": SitePath.relative(from: urlPath, to: ""),
            "home_url": link(homePath),
            "print_url": link(printPath),
            "feed_url": link(feedPath),
            "webcal_url": webcal(feedPath),
            "weeks": settings.weeks,
            "period":
                "\(Self.dayText(today, today: today)) tot en met \(Self.dayText(catalogue.lastDay, today: today))",
            "facets": facets,
            "has_facets": !facets.isEmpty,
            "is_filtered": currentFilter != nil,
            "is_portal": isPortal,
        ]
        values["intro"] = settings.intro?.nonEmpty
        return values
    }

    /// The dates under a heading per day, in order: `{heading, iso, id, dates}`.
    func dayValues(_ listings: [Listing], urlPath: String, headingLevel: Int) -> [[String: Any]] {
        var days: [[String: Any]] = []
        var current: Day?
        var dates: [[String: Any]] = []
        func close() {
            guard let day = current else { return }
            days.append([
                "heading": Self.dayHeading(day, today: today), "iso": day.description, "id": "_dag-\(day)",
                "heading_level": headingLevel, "dates": dates,
            ])
        }
        for listing in listings {
            if listing.occurrence.day != current {
                close()
                current = listing.occurrence.day
                dates = []
            }
            dates.append(dateValues(listing, urlPath: urlPath, headingLevel: headingLevel + 1))
        }
        close()
        return days
    }

    /// One date in a list, for the `agenda-date` partial: the `data-occurrence` element.
    func dateValues(_ listing: Listing, urlPath: String, headingLevel: Int, showingDay: Bool = false) -> [String: Any] {
        let activity = listed[listing.activity]
        let occurrence = listing.occurrence
        var values: [String: Any] = [
            "title": activity.title,
            "url": SitePath.relative(from: urlPath, to: SitePath.encode(path(of: activity))),
            "datetime": Self.datetime(occurrence),
            "time": Self.timeText(occurrence),
            "categories": activity.categories.joined(separator: " "),
            "audiences": activity.audiences.joined(separator: " "),
            "cancelled": occurrence.isCancelled,
            "heading_level": headingLevel,
        ]
        if showingDay { values["day"] = Dutch.capitalised(Self.dayText(occurrence.day, today: today)) }
        values["summary"] = activity.summary.nonEmpty
        values["reason"] = occurrence.reason?.nonEmpty
        if let location = activity.location {
            values["where"] = location.place == location.name ? location.name : "\(location.name), \(location.place)"
        }
        values["until"] = Self.untilText(occurrence, today: today)
        if case .moved(let from) = occurrence.kind {
            values["moved_from"] = "verplaatst van " + Self.dayText(from, today: today)
        }
        return values
    }

    // MARK: Dutch

    /// "Vandaag, zondag 22 november", "Morgen, maandag 23 november", "Dinsdag 24 november",
    /// "Vrijdag 1 januari 2027" (the year when it is not this year's).
    static func dayHeading(_ day: Day, today: Day) -> String {
        let date = day.dutchWeekdayText(withYear: day.year != today.year)
        if let relative = Dutch.relativeDay(day, today: today) { return Dutch.capitalised(relative) + ", " + date }
        return Dutch.capitalised(date)
    }

    /// "dinsdag 24 november", "vrijdag 1 januari 2027".
    static func dayText(_ day: Day, today: Day) -> String {
        day.dutchWeekdayText(withYear: day.year != today.year)
    }

    /// The `datetime` of the start: "2026-12-08T19:00" (local time), "2026-12-08" for an all-day activity.
    static func datetime(_ occurrence: AgendaOccurrence) -> String {
        occurrence.allDay ? occurrence.day.description : "\(occurrence.day)T\(occurrence.start.time)"
    }

    /// "19:00–21:00", "hele dag"; "vanaf 14:00" for an activity over several days.
    static func timeText(_ occurrence: AgendaOccurrence) -> String {
        if occurrence.allDay { return "hele dag" }
        if occurrence.lastDay > occurrence.day { return "vanaf " + occurrence.start.time.dutchText }
        return occurrence.start.time.dutchText + "\u{2013}" + occurrence.end.time.dutchText
    }

    /// For an activity over several days: "tot en met zondag 13 december", with a time "…, 17:00"; else nil.
    static func untilText(_ occurrence: AgendaOccurrence, today: Day) -> String? {
        guard occurrence.lastDay > occurrence.day else { return nil }
        let until = "tot en met " + dayText(occurrence.lastDay, today: today)
        return occurrence.allDay ? until : until + ", " + occurrence.end.time.dutchText
    }

    /// "1 activiteit", "12 activiteiten"
    static func countText(_ count: Int) -> String {
        count == 1 ? "1 activiteit" : "\(count) activiteiten"
    }

    /// "1 datum", "12 datums"
    static func dateCountText(_ count: Int) -> String {
        count == 1 ? "1 datum" : "\(count) datums"
    }
}
