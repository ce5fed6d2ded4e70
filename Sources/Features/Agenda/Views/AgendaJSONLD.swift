import BuurtCalendar
import Kaart
import Model
import Site

/// schema.org data of the agenda's pages, for JSONLD.script.
extension AgendaView {
    /// An `Event`: its next date (`startDate`, `endDate`), its rule (`eventSchedule`), where (`location`, a `Place`
    /// with a `PostalAddress`), who organises it and for whom.
    func jsonLD(for activity: AgendaActivity, canonical: String) -> [String: Any] {
        var event: [String: Any] = [
            "@type": "Event",
            "name": activity.title,
            "description": activity.summary,
            "url": canonical,
            "mainEntityOfPage": canonical,
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "eventStatus": "https://schema.org/"
                + (activity.status == .stopped ? "EventCancelled" : "EventScheduled"),
        ]
        if let occurrence = referenceOccurrence(of: activity) {
            event["startDate"] = Self.isoDate(occurrence, start: true)
            event["endDate"] = Self.isoDate(occurrence, start: false)
        }
        if let rule = activity.recurrence {
            event["eventSchedule"] = rule.schemaOrgSchedules(exceptDates: activity.cancelled.map(\.day))
        }
        if let location = activity.location { event["location"] = place(location) }
        if let name = activity.organiserName {
            var organizer: [String: Any] = ["@type": "Organization", "name": name]
            if let website = (activity.organiserEntry?.contact.website ?? activity.organiserEntry?.organization.website)
            {
                organizer["url"] = website
            }
            event["organizer"] = organizer
        }
        let audiences = activity.audiences.map { settings.label(for: $0, in: .audiences) ?? $0 }
        if !audiences.isEmpty {
            event["audience"] = ["@type": "Audience", "audienceType": Dutch.list(audiences)] as [String: Any]
        }
        if let cost = activity.cost?.nonEmpty {
            event["offers"] = ["@type": "Offer", "description": cost, "url": canonical] as [String: Any]
        }
        if let image = activity.image {
            event["image"] = absolute(path(of: activity) + image.fileName)
        }
        return event
    }

    /// The date the `Event` names: the next one that goes ahead (after a pause, however many dates it takes),
    /// else the last one there was.
    func referenceOccurrence(of activity: AgendaActivity) -> AgendaOccurrence? {
        if activity.status != .stopped,
            let next = catalogue.nextOccurrences(of: activity).first(where: { !$0.isCancelled })
                ?? activity.nextOccurrence(today: today)
        {
            return next
        }
        switch activity.timing {
        case .once(let once):
            return activity.occurrences(from: once.day, through: once.day, today: today).first
        case .recurring:
            let last = min(activity.lastDay ?? today, today)
            return activity.occurrences(from: last.adding(days: -400), through: last, today: today)
                .last { !$0.isCancelled } ?? activity.nextOccurrence(today: today)
        }
    }

    /// "2026-12-08T19:00:00+01:00", or "2026-12-12" for an all-day activity.
    static func isoDate(_ occurrence: AgendaOccurrence, start: Bool) -> String {
        if occurrence.allDay { return (start ? occurrence.day : occurrence.lastDay).description }
        let moment = start ? occurrence.start : occurrence.end
        return moment.iso8601(in: .europeAmsterdam)
    }

    private func place(_ location: KaartLocation) -> [String: Any] {
        var place: [String: Any] = [
            "@type": "Place",
            "name": location.name,
            "address": [
                "@type": "PostalAddress", "streetAddress": location.address, "postalCode": location.postcode,
                "addressLocality": location.place, "addressCountry": "NL",
            ] as [String: Any],
        ]
        if let point = location.coordinates {
            place["geo"] = [
                "@type": "GeoCoordinates", "latitude": String(point.latitude), "longitude": String(point.longitude),
            ]
        }
        return place
    }

    /// The agenda's home and filter pages: a `CollectionPage` of the site.
    func collectionJSONLD(name: String, description: String, canonical: String) -> [String: Any] {
        [
            "@type": "CollectionPage", "name": name, "description": description, "url": canonical,
            "isPartOf": ["@type": "WebSite", "name": siteName, "url": siteBase] as [String: Any],
        ]
    }
}
