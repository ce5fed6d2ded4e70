import BuurtCalendar
import BuurtCore
import Foundation
import YAML

/// Open data in the Open Referral Human Services Data Specification (HSDS) 3.0: the list of services
/// as the HSDS API's `/services` answers it (one page holding everything), each service in full.
public enum KaartHSDS {
    /// The JSON text. `pageURL` gives the address of an entry's page on a site (nil: none);
    /// `areas` the names of the buurten an entry serves (HSDS service_areas). Same input, same bytes.
    public static func json(
        _ entries: [KaartEntry], settings: KaartSettings, today: Day,
        pageURL: (KaartEntry) -> String? = { _ in nil },
        areas: (KaartEntry) -> [String] = { _ in [] }
    ) -> String {
        let services = entries.map { entry in
            service(
                entry, settings: settings, today: today, page: pageURL(entry).map(JSONValue.string),
                areas: areas(entry))
        }
        return String(decoding: file(page(services)), as: UTF8.self)
    }

    /// The bytes of the export file holding `value`: two-space indented, with a final newline.
    static func file(_ value: JSONValue) -> [UInt8] {
        var writer = JSONWriter(.indented)
        writer.write(value)
        writer.bytes.append(UInt8(ascii: "\n"))
        return writer.bytes
    }

    /// The HSDS `/services` answer holding all `services`: one page with everything.
    static func page(_ services: [JSONValue]) -> JSONValue {
        .object([
            ("total_items", .int(services.count)),
            ("total_pages", .int(1)),
            ("page_number", .int(1)),
            ("size", .int(services.count)),
            ("first_page", .bool(true)),
            ("last_page", .bool(true)),
            ("empty", .bool(services.isEmpty)),
            ("contents", .array(services)),
        ])
    }

    /// How deep a service stands in `page`'s JSON: in the `contents` list of the page object.
    static let serviceIndent = 4

    /// One service. `page` is the address of the entry's page on the site as a JSON string, or `.slot` to
    /// fill in later (see JSONWriter.Template), or nil when there is none.
    static func service(
        _ entry: KaartEntry, settings: KaartSettings, today: Day, page: JSONValue?,
        areas: [String]
    ) -> JSONValue {
        let id = KaartStableID.id(for: entry, part: "service")
        let organizationID = KaartStableID.uuid(
            "buurtsite:kaart:organization:\(Slug.foldedKey(entry.organization.name))")
        var description = entry.summary
        let body = entry.body.trimmingCharacters(in: .whitespacesAndNewlines)
        if !body.isEmpty { description += "\n\n" + body }
        var members: [(String, JSONValue)] = [
            ("id", .string(id)),
            ("organization_id", .string(organizationID)),
            ("name", .string(entry.name)),
            ("description", .string(description)),
            ("url", entry.contact.website.map(JSONValue.string) ?? page ?? .null),
            ("email", .text(entry.contact.email)),
            ("status", .string("active")),
            ("fees_description", .text(entry.cost)),
            ("eligibility_description", .text(entry.eligibility)),
            ("assured_date", .string(entry.reviewed.description)),
            ("assurer_email", .string(entry.owner)),
            ("alert", .text(entry.closedNotice(today: today))),
        ]
        if let page, entry.contact.website != nil {
            members.append(
                (
                    "additional_urls",
                    .array([
                        .object([
                            ("id", .string(KaartStableID.id(for: entry, part: "page"))),
                            ("label", .string(settings.name)),
                            ("url", page),
                        ])
                    ])
                ))
        }
        members.append(("organization", organization(entry, id: organizationID)))
        members.append(
            (
                "phones",
                .array(
                    entry.contact.phone.map { phone in
                        [
                            .object([
                                ("id", .string(KaartStableID.id(for: entry, part: "phone"))),
                                ("service_id", .string(id)),
                                ("number", .string(KaartPhone.international(phone) ?? phone)),
                                ("description", .string(phone)),
                            ])
                        ]
                    } ?? [])
            ))
        members.append(
            (
                "schedules",
                .array(
                    entry.currentSchedules(today: today).enumerated().map { index, schedule in
                        self.schedule(schedule, index: index, entry: entry, serviceID: id)
                    })
            ))
        members.append(
            (
                "service_areas",
                .array(
                    areas.map { area in
                        .object([
                            ("id", .string(KaartStableID.id(for: entry, part: "area/\(area)"))),
                            ("service_id", .string(id)),
                            ("name", .string(area)),
                        ])
                    })
            ))
        members.append(
            (
                "service_at_locations",
                .array(
                    entry.locations.enumerated().map { index, location in
                        serviceAtLocation(location, index: index, entry: entry, serviceID: id)
                    })
            ))
        members.append(
            (
                "languages",
                .array(
                    entry.languages.map { code in
                        .object([
                            ("id", .string(KaartStableID.id(for: entry, part: "language/\(code)"))),
                            ("service_id", .string(id)),
                            ("name", .string(KaartLanguage.dutchName(for: code))),
                            ("code", .string(code)),
                        ])
                    })
            ))
        members.append(("attributes", .array(attributes(entry, settings: settings, serviceID: id))))
        return .object(members)
    }

    private static func organization(_ entry: KaartEntry, id: String) -> JSONValue {
        let organization = entry.organization
        return .object([
            ("id", .string(id)),
            ("name", .string(organization.name)),
            // Required by HSDS; the name says at least who it is.
            ("description", .string(organization.description ?? organization.name)),
            ("website", .text(organization.website)),
            ("legal_status", .text(organization.government ? "overheid" : nil)),
        ])
    }

    /// The index of a location by name, for schedules tied to one location.
    private static func locationIndex(of name: String?, in entry: KaartEntry) -> Int? {
        name.flatMap { name in entry.locations.firstIndex { $0.name == name } }
    }

    static func schedule(_ schedule: KaartSchedule, index: Int, entry: KaartEntry, serviceID: String) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(KaartStableID.id(for: entry, part: "schedule/\(index + 1)"))),
            ("service_id", .string(serviceID)),
        ]
        if let location = locationIndex(of: schedule.location, in: entry) {
            members.append(("location_id", .string(KaartStableID.id(for: entry, part: "location/\(location + 1)"))))
            members.append(
                (
                    "service_at_location_id",
                    .string(KaartStableID.id(for: entry, part: "service-at-location/\(location + 1)"))
                ))
        }
        let rule = schedule.recurrence
        members += [
            ("freq", .string(rule.frequency == .weekly ? "WEEKLY" : "MONTHLY")),
            ("interval", .int(rule.interval)),
            ("byday", .string(rule.byDay.map(\.description).joined(separator: ","))),
            ("wkst", .string("MO")),
            ("opens_at", .string(rule.startTime.description)),
            ("closes_at", .string(rule.endTime.description)),
            ("valid_from", .text(rule.validFrom?.description)),
            ("valid_to", .text(rule.validTo?.description)),
            ("dtstart", .text(rule.firstDay?.description)),
            ("description", .string(rule.dutchDescription)),
            ("notes", .text(schedule.note)),
        ]
        return .object(members)
    }

    private static func serviceAtLocation(
        _ location: KaartLocation, index: Int, entry: KaartEntry,
        serviceID: String
    ) -> JSONValue {
        let number = index + 1
        let locationID = KaartStableID.id(for: entry, part: "location/\(number)")
        var place: [(String, JSONValue)] = [
            ("id", .string(locationID)),
            ("location_type", .string("physical")),
            ("name", .string(location.name)),
            ("latitude", location.coordinates.map { .double($0.latitude) } ?? .null),
            ("longitude", location.coordinates.map { .double($0.longitude) } ?? .null),
            (
                "addresses",
                .array([
                    .object([
                        ("id", .string(KaartStableID.id(for: entry, part: "address/\(number)"))),
                        ("location_id", .string(locationID)),
                        ("address_1", .string(location.address)),
                        ("city", .string(location.place)),
                        ("postal_code", .string(location.postcode)),
                        ("country", .string("NL")),
                        ("address_type", .string("physical")),
                    ])
                ])
            ),
        ]
        place.append(
            (
                "accessibility",
                .array(
                    location.accessibility.map { text in
                        [
                            .object([
                                ("id", .string(KaartStableID.id(for: entry, part: "accessibility/\(number)"))),
                                ("location_id", .string(locationID)),
                                ("description", .string(text)),
                            ])
                        ]
                    } ?? [])
            ))
        return .object([
            ("id", .string(KaartStableID.id(for: entry, part: "service-at-location/\(number)"))),
            ("service_id", .string(serviceID)),
            ("location_id", .string(locationID)),
            ("location", .object(place)),
        ])
    }

    /// Categories, audiences, kind and channels as HSDS attributes with their taxonomy terms.
    private static func attributes(_ entry: KaartEntry, settings: KaartSettings, serviceID: String) -> [JSONValue] {
        var result: [JSONValue] = []
        func add(taxonomy: String, linkType: String, value: String, label: String) {
            let termID = KaartStableID.uuid("buurtsite:kaart:term:\(taxonomy)/\(value)")
            result.append(
                .object([
                    ("id", .string(KaartStableID.id(for: entry, part: "attribute/\(taxonomy)/\(value)"))),
                    ("link_id", .string(serviceID)),
                    ("link_type", .string(linkType)),
                    ("link_entity", .string("service")),
                    ("taxonomy_term_id", .string(termID)),
                    ("label", .string(label)),
                    (
                        "taxonomy_term",
                        .object([
                            ("id", .string(termID)),
                            ("code", .string(value)),
                            ("name", .string(label)),
                            ("description", .string(label)),
                            ("taxonomy", .string(taxonomy)),
                        ])
                    ),
                ]))
        }
        for value in entry.categories {
            add(
                taxonomy: "\(settings.name): onderwerpen", linkType: "category", value: value,
                label: settings.label(for: value, in: .categories) ?? value)
        }
        for value in entry.audiences {
            add(
                taxonomy: "\(settings.name): doelgroepen", linkType: "audience", value: value,
                label: settings.label(for: value, in: .audiences) ?? value)
        }
        add(
            taxonomy: "\(settings.name): soort hulp", linkType: "kind", value: entry.kind.rawValue,
            label: settings.kinds.label(for: entry.kind))
        for channel in entry.channels {
            add(
                taxonomy: "\(settings.name): kanalen", linkType: "channel", value: channel.rawValue,
                label: channel.dutchLabel)
        }
        return result
    }
}

extension Slug {
    /// Folded text with spaces made single, for grouping the same name written in two ways.
    static func foldedKey(_ text: String) -> String {
        fold(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
