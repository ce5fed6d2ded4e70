import BuurtCalendar
import BuurtCore
import Foundation
import Site

/// `entry`: every detail of one kaart entry for the `kaart-entry` template.
extension KaartView {
    /// `descriptionHTML` is the rendered Markdown body (nil without one).
    func entryValues(_ entry: KaartEntry, descriptionHTML: String?, urlPath: String) -> [String: Any] {
        let link = { (target: String) in SitePath.relative(from: urlPath, to: SitePath.encode(target)) }
        let labels = { (field: KaartField) -> [[String: Any]] in
            entry.values(for: field).map { value in
                var label: [String: Any] = ["label": settings.label(for: value, in: field) ?? value]
                label["url"] = filterPath(field: field, value: value).map(link)
                return label
            }
        }
        let categories = labels(.categories), audiences = labels(.audiences)
        var kind: [String: Any] = ["label": settings.kinds.label(for: entry.kind)]
        kind["url"] = filterPath(field: .kind, value: entry.kind.rawValue).map(link)

        let schedules = entry.currentSchedules(today: today).map { schedule -> [String: Any] in
            var item: [String: Any] = ["text": schedule.recurrence.dutchDescription]
            item["location"] = schedule.location?.nonEmpty
            item["note"] = schedule.note?.nonEmpty
            return item
        }
        let closedDays = entry.closedAhead(today: today)
        let closed = closedDays.enumerated().map { index, day -> [String: Any] in
            ["text": day.dutchText, "iso": day.description, "last": index == closedDays.count - 1]
        }
        let hoursNote = entry.hoursNote?.nonEmpty
        let contact = contactValues(entry.contact)
        let channels = entry.channels.map(\.dutchLabel)

        var values: [String: Any] = [
            "name": entry.name,
            "summary": entry.summary,
            "kind": kind,
            "categories": categories, "has_categories": !categories.isEmpty,
            "audiences": audiences, "has_audiences": !audiences.isEmpty,
            "organization": organizationValues(entry.organization),
            "locations": entry.locations.map(locationValues), "has_locations": !entry.locations.isEmpty,
            "contact": contact, "has_contact": !contact.isEmpty,
            "schedules": schedules, "has_schedules": !schedules.isEmpty,
            "closed": closed, "has_closed": !closed.isEmpty,
            "has_times": !schedules.isEmpty || hoursNote != nil || !closed.isEmpty,
            "reviewed": entry.reviewed.dutchText,
            "reviewed_iso": entry.reviewed.description,
            "overdue": isOverdue(entry),
            "owner": entry.owner,
        ]
        values["description"] = descriptionHTML?.nonEmpty
        values["cost"] = entry.cost?.nonEmpty
        values["eligibility"] = entry.eligibility?.nonEmpty
        values["hours_note"] = hoursNote
        if !entry.languages.isEmpty {
            values["languages"] = Dutch.list(entry.languages.map(KaartLanguage.dutchName(for:)))
        }
        if !channels.isEmpty {
            // "Telefonisch en aan huis": one sentence, so only its first word starts with a capital.
            let text = Dutch.list(channels.map { $0.lowercased() })
            values["channels"] = text.prefix(1).uppercased() + text.dropFirst()
        }
        return values
    }

    private func organizationValues(_ organization: KaartOrganization) -> [String: Any] {
        var values: [String: Any] = ["name": organization.name, "government": organization.government]
        values["website"] = organization.website?.nonEmpty
        values["description"] = organization.description?.nonEmpty
        return values
    }

    /// Empty when the entry has no contact details, so `has_contact` can leave the section out.
    private func contactValues(_ contact: KaartContact) -> [String: Any] {
        var values: [String: Any] = [:]
        values["phone"] = contact.phone?.nonEmpty
        values["phone_link"] = contact.phoneURI
        values["email"] = contact.email?.nonEmpty
        values["website"] = contact.website?.nonEmpty
        return values
    }

    private func locationValues(_ location: KaartLocation) -> [String: Any] {
        var values: [String: Any] = [
            "name": location.name, "address": location.address, "postcode": location.postcode, "place": location.place,
            "route_url": Self.routeURL(to: location),
        ]
        values["accessibility"] = location.accessibility?.nonEmpty
        if let point = location.coordinates {
            values["latitude"] = String(point.latitude)
            values["longitude"] = String(point.longitude)
        }
        return values
    }

    /// A route planner on OpenStreetMap with the location as destination: only a link, nothing is loaded from it.
    static func routeURL(to location: KaartLocation) -> String {
        let destination = location.coordinates.map { "\($0.latitude),\($0.longitude)" } ?? location.oneLine
        return "https://www.openstreetmap.org/directions?to=" + queryEncoded(destination)
    }

    /// Percent-encodes a query value, so that "&", "=", "#" and "+" in an address cannot end it.
    static func queryEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: queryValueCharacters) ?? ""
    }

    private static let queryValueCharacters: CharacterSet = {
        var set = CharacterSet.alphanumerics.intersection(
            CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        set.insert(charactersIn: "-._~")
        return set
    }()
}
