import BuurtCalendar
import BuurtCore
import Foundation
import Kaart
import Model
import Site

/// `activity`: every detail of one activity for the `agenda-activity` template.
extension AgendaView {
    /// `descriptionHTML` is the rendered Markdown body (nil without one).
    func activityValues(_ activity: AgendaActivity, descriptionHTML: String?, urlPath: String) -> [String: Any] {
        let link = { (target: String) in SitePath.relative(from: urlPath, to: SitePath.encode(target)) }
        let labels = { (field: AgendaField) -> [[String: Any]] in
            activity.values(for: field).map { value in
                var label: [String: Any] = ["label": settings.label(for: value, in: field) ?? value]
                label["url"] = filterPath(field: field, value: value).map(link)
                return label
            }
        }
        let categories = labels(.categories), audiences = labels(.audiences)
        let dates = catalogue.nextOccurrences(of: activity).map { occurrence -> [String: Any] in
            var date: [String: Any] = [
                "datetime": Self.datetime(occurrence),
                "day": Dutch.capitalised(Self.dayText(occurrence.day, today: today)),
                "time": Self.timeText(occurrence),
                "cancelled": occurrence.isCancelled,
            ]
            date["reason"] = occurrence.reason?.nonEmpty
            date["until"] = Self.untilText(occurrence, today: today)
            if case .moved(let from) = occurrence.kind {
                date["moved_from"] = "verplaatst van " + Self.dayText(from, today: today)
            }
            return date
        }
        let isOver = activity.isOver(today: today)
        var values: [String: Any] = [
            "title": activity.title,
            "summary": activity.summary,
            "when": Self.whenText(activity),
            "categories": categories, "has_categories": !categories.isEmpty,
            "audiences": audiences, "has_audiences": !audiences.isEmpty,
            "dates": dates, "has_dates": !dates.isEmpty && activity.status != .stopped,
            "is_over": isOver,
            "is_stopped": activity.status == .stopped,
            "reviewed": activity.reviewed.dutchText,
            "reviewed_iso": activity.reviewed.description,
            "owner": activity.owner,
        ]
        values["description"] = descriptionHTML?.nonEmpty
        values["when_note"] = activity.whenNote?.nonEmpty
        values["cost"] = activity.cost?.nonEmpty
        values["accessibility"] = activity.accessibility?.nonEmpty
        if let image = activity.image {
            values["image"] = ["url": SitePath.encode(image.fileName), "alt": image.alt] as [String: Any]
        }
        if case .paused(let until, let reason) = activity.status, until > today {
            var pause = "Deze activiteit is gepauzeerd tot \(until.dutchText)."
            if let reason = reason?.nonEmpty { pause += " " + reason + (reason.hasSuffix(".") ? "" : ".") }
            values["pause"] = pause
        }
        if let location = activity.location { values["location"] = locationValues(location) }
        if let organiser = organiserValues(activity, link: link) { values["organiser"] = organiser }
        if let registration = activity.registration { values["registration"] = registrationValues(registration) }
        if activity.status != .stopped {
            values["feed"] = [
                "url": SitePath.encode(name(of: activity) + ".ics"), "webcal_url": webcal(feedPath(of: activity)),
            ]
        }
        if let entry = activity.kaartEntry, let url = kaartPageURL(of: entry, link: link) {
            values["kaart"] = ["name": entry.name, "url": url, "kaart_name": kaartName] as [String: Any]
        }
        return values
    }

    /// "Elke donderdag 19:00–21:00 (vanaf 1 september 2026)", "Zaterdag 12 december 2026, 14:00–17:00",
    /// "Van zaterdag 12 december 2026 tot en met zondag 13 december 2026".
    static func whenText(_ activity: AgendaActivity) -> String {
        switch activity.timing {
        case .recurring(let rule):
            return Dutch.capitalised(rule.dutchDescription)
        case .once(let once):
            let first = once.day.dutchWeekdayText(withYear: true)
            let last = once.lastDay.dutchWeekdayText(withYear: true)
            switch (once.times, once.lastDay > once.day) {
            case (nil, false): return Dutch.capitalised(first) + ", de hele dag"
            case (nil, true): return "Van \(first) tot en met \(last)"
            case (let times?, false):
                return Dutch.capitalised(first) + ", " + times.start.dutchText + "\u{2013}" + times.end.dutchText
            case (let times?, true):
                return "Van \(first) \(times.start.dutchText) tot en met \(last) \(times.end.dutchText)"
            }
        }
    }

    private func locationValues(_ location: KaartLocation) -> [String: Any] {
        var values: [String: Any] = [
            "name": location.name, "address": location.address, "postcode": location.postcode, "place": location.place,
            "route_url": Self.routeURL(to: location),
        ]
        values["accessibility"] = location.accessibility?.nonEmpty
        return values
    }

    /// Who organises it, with the kaart entry's contact details and page when it is one.
    private func organiserValues(_ activity: AgendaActivity, link: (String) -> String) -> [String: Any]? {
        guard let name = activity.organiserName?.nonEmpty else { return nil }
        var values: [String: Any] = ["name": name]
        guard let entry = activity.organiserEntry else { return values }
        let contact = entry.contact
        values["phone"] = contact.phone?.nonEmpty
        values["phone_link"] = contact.phoneURI
        values["email"] = contact.email?.nonEmpty
        values["website"] = (contact.website ?? entry.organization.website)?.nonEmpty
        values["has_contact"] = values["phone"] != nil || values["email"] != nil || values["website"] != nil
        // A kaart schedule links to its entry in a section of its own.
        if activity.kaartEntry == nil { values["kaart_url"] = kaartPageURL(of: entry, link: link) }
        values["kaart_name"] = kaartName
        values["kaart_entry"] = entry.name
        return values
    }

    private func registrationValues(_ registration: AgendaRegistration) -> [String: Any] {
        var values: [String: Any] = [
            "required": registration.required,
            "text": registration.required ? "Aanmelden is nodig." : "Aanmelden mag, maar hoeft niet.",
        ]
        values["how"] = registration.how?.nonEmpty
        if let until = registration.until {
            values["until"] = "Aanmelden kan tot en met \(until.dutchText)."
            values["until_iso"] = until.description
        }
        return values
    }

    /// The kaart's name ("Wegwijzer").
    var kaartName: String { catalogue.kaart?.settings.name ?? "sociale kaart" }

    /// The entry's page: on a buurt site relatively when its kaart shows the entry; on the portal on the first
    /// buurt site that shows it.
    func kaartPageURL(of entry: KaartEntry, link: (String) -> String) -> String? {
        guard let kaart = catalogue.kaart else { return nil }
        let path = kaart.settings.segment + "/" + entry.slug + "/"
        if let buurt {
            guard kaart.entry(slug: entry.slug, for: buurt.slug)?.sourcePath == entry.sourcePath else { return nil }
            return link(path)
        }
        guard let slug = kaart.servedBuurten(of: entry).first, !kaart.isHidden(entry),
            let site = kaart.buurten.first(where: { $0.slug == slug })
        else { return nil }
        return site.config.baseURL.absolute + SitePath.encode(path)
    }

    /// A route planner on OpenStreetMap with the place as destination: only a link, nothing is loaded from it.
    static func routeURL(to location: KaartLocation) -> String {
        let destination = location.coordinates.map { "\($0.latitude),\($0.longitude)" } ?? location.oneLine
        return "https://www.openstreetmap.org/directions?to="
            + (destination.addingPercentEncoding(withAllowedCharacters: queryValueCharacters) ?? "")
    }

    private static let queryValueCharacters: CharacterSet = {
        var set = CharacterSet.alphanumerics.intersection(
            CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        set.insert(charactersIn: "-._~")
        return set
    }()
}
