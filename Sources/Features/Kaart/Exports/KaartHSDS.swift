import BuurtCalendar
import BuurtCore
import Foundation
import Model
import YAML

/// Open data in the Open Referral Human Services Data Specification (HSDS) 3.0: each entry as an HSDS service,
/// with its organization, locations, addresses, schedules, phones, languages, service areas and taxonomy terms.
/// The objects follow the specification's schemas (`schema/*.json` at tag v3.0): every required field is there,
/// values have the types and formats it gives, and a value that is absent is left out, never written as null.
/// Two fields come from HSDS 3.1, which a 3.0 reader ignores: a service's `additional_urls` and an attribute's
/// `label`. Ids are name-based UUIDs that stay the same from build to build (`KaartStableID`).
///
/// The bulk file `hsds.json` is one page of the HSDS API's `/services` answer holding every service in full; the
/// static API (KaartAPI.swift) lists them a page at a time with their own fields only, beside a file per service,
/// organization and taxonomy term.
/// A class, so that the catalogue, which every kaart page's job holds, holds it as one reference.
public final class KaartHSDS: Sendable {
    public let settings: KaartSettings
    public let today: Day
    /// Every entry's organization, one object per id.
    let organizations: KaartOrganizations

    /// Services per page of the static API's lists (`services/index.json`, `page-2.json`, …).
    public static let pageSize = 100
    /// The HSDS version the files follow, as the API's `/` answer gives it.
    static let version = "3.0"
    /// Where HSDS 3.0 is described: the API's `profile` (plain HSDS, no national profile) and its OpenAPI file.
    static let profileURL = "https://docs.openreferral.org/en/3.0/"
    static let openAPIURL = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json"

    /// `organizations` merges the organizations of these entries (see `KaartOrganizations`).
    init(settings: KaartSettings, today: Day, organizations: [KaartEntry]) {
        self.settings = settings
        self.today = today
        self.organizations = KaartOrganizations(organizations, ids: settings.publisher.ids)
    }

    var publisher: KaartPublisher { settings.publisher }
    var ids: KaartStableID { publisher.ids }

    /// The bulk file's JSON text: one page of the `/services` answer holding `entries` in full. `pageURL` gives the
    /// address of an entry's page on a site (nil: none); `areas` the names of the buurten it serves. Same input,
    /// same bytes.
    public static func json(
        _ entries: [KaartEntry], settings: KaartSettings, today: Day,
        pageURL: (KaartEntry) -> String? = { _ in nil },
        areas: (KaartEntry) -> [String] = { _ in [] }
    ) -> String {
        let hsds = KaartHSDS(settings: settings, today: today, organizations: entries)
        let services = entries.map { entry in
            hsds.service(entry, page: pageURL(entry).map(JSONValue.string), areas: areas(entry))
        }
        return String(decoding: file(hsds.page(services)), as: UTF8.self)
    }

    /// The bytes of an export file holding `value`: two-space indented, with a final newline. `capacity`: the
    /// bytes to reserve, when known (a large file then needs no room to grow).
    static func file(_ value: JSONValue, capacity: Int = 0) -> [UInt8] {
        var writer = JSONWriter(.indented, reservingCapacity: capacity)
        writer.write(value)
        writer.bytes.append(UInt8(ascii: "\n"))
        return writer.bytes
    }

    // MARK: Pages of a list

    /// Page `number` (from 1) of `totalPages` of an HSDS API list of `totalItems` items, holding `contents`: the
    /// header the HSDS API reference gives every list (`total_items` … `empty`), the licence of the data, then the
    /// items. An empty list is one empty page.
    func page(_ contents: [JSONValue], number: Int = 1, totalPages: Int = 1, totalItems: Int? = nil) -> JSONValue {
        let total = totalItems ?? contents.count
        var page = HSDSObject()
        page.add("total_items", .int(total))
        page.add("total_pages", .int(totalPages))
        page.add("page_number", .int(number))
        page.add("size", .int(contents.count))
        page.add("first_page", .bool(number == 1))
        page.add("last_page", .bool(number == totalPages))
        page.add("empty", .bool(total == 0))
        page.add("license", license)
        page.add("contents", .array(contents))
        return page.value
    }

    /// How deep an item stands in a page's JSON: in the `contents` list of the page object.
    static let itemIndent = 4

    /// The licence of the data, as OpenAPI's License object has it (`name`, `url`); nil when none is chosen.
    var license: JSONValue? {
        publisher.license.map { license in
            .object([("name", .string(license.name)), ("url", .string(license.url))])
        }
    }

    /// The static API's answer to `/`: the HSDS version, its description and OpenAPI file, and the licence.
    func root() -> JSONValue {
        var root = HSDSObject()
        root.add("version", .string(Self.version))
        root.add("profile", .string(Self.profileURL))
        root.add("openapi_url", .string(Self.openAPIURL))
        root.add("license", license)
        return root.value
    }

    // MARK: Services

    /// One service in full, as `/services/{id}` answers it. `page` is the address of the entry's page on the site
    /// as a JSON string, or `.slot` to fill in later (see JSONWriter.Template), or nil when there is none; `areas`
    /// are the names of the buurten whose sites show it.
    func service(_ entry: KaartEntry, page: JSONValue?, areas: [String]) -> JSONValue {
        let id = ids.id(for: entry, part: "service")
        var service = ownFields(entry, page: page)
        if let page, entry.contact.website != nil {
            // HSDS 3.1's list of further addresses, each with a label: the page on this kaart.
            service.add(
                "additional_urls",
                .array([
                    .object([
                        ("id", .string(ids.id(for: entry, part: "page"))),
                        ("label", .string(settings.name)),
                        ("url", page),
                    ])
                ]))
        }
        service.add("organization", organization(of: entry))
        service.add(
            "phones",
            .array(
                entry.contact.phone.map { phone in
                    [
                        .object([
                            ("id", .string(ids.id(for: entry, part: "phone"))),
                            ("service_id", .string(id)),
                            ("number", .string(KaartPhone.international(phone) ?? phone)),
                            ("description", .string(phone)),
                        ])
                    ]
                } ?? []))
        // Numbered by their place in the file, so that a schedule that ends does not change the others' ids.
        let schedules = entry.schedules.enumerated().filter { $0.element.recurrence.isCurrent(today: today) }
        service.add(
            "schedules",
            .array(schedules.map { self.schedule($0.element, number: $0.offset + 1, entry: entry, serviceID: id) }))
        service.add(
            "service_areas",
            .array(
                areas.map { area in
                    .object([
                        ("id", .string(ids.id(for: entry, part: "area/\(area)"))),
                        ("service_id", .string(id)),
                        ("name", .string(area)),
                    ])
                }))
        service.add(
            "service_at_locations",
            .array(
                entry.locations.enumerated().map { index, location in
                    serviceAtLocation(location, number: index + 1, entry: entry, serviceID: id)
                }))
        service.add(
            "languages",
            .array(
                entry.languages.map { code in
                    .object([
                        ("id", .string(ids.id(for: entry, part: "language/\(code)"))),
                        ("service_id", .string(id)),
                        ("name", .string(KaartLanguage.dutchName(for: code))),
                        ("code", .string(code)),
                    ])
                }))
        service.add("attributes", .array(terms(of: entry).map { attribute($0, entry: entry, serviceID: id) }))
        return service.value
    }

    /// A service in a `/services` list: its own fields and its organization, without the lists of related objects
    /// (as the HSDS API reference allows for lists).
    func listedService(_ entry: KaartEntry, page: JSONValue?) -> JSONValue {
        var service = ownFields(entry, page: page)
        service.add("organization", organization(of: entry))
        return service.value
    }

    /// The service's own fields: id, names, texts, web address, e-mail, status and who checked it when.
    private func ownFields(_ entry: KaartEntry, page: JSONValue?) -> HSDSObject {
        var description = entry.summary
        let body = entry.body.trimmingCharacters(in: .whitespacesAndNewlines)
        if !body.isEmpty { description += "\n\n" + body }
        var service = HSDSObject()
        service.add("id", .string(ids.id(for: entry, part: "service")))
        service.add("organization_id", .string(organizations.id(of: entry)))
        service.add("name", entry.name)
        service.add("description", description)
        service.add("url", entry.contact.website.map { .string(Self.uri($0)) } ?? page)
        service.add("email", entry.contact.email)
        service.add("status", "active")
        service.add("fees_description", entry.cost)
        service.add("eligibility_description", entry.eligibility)
        service.add("assured_date", entry.reviewed.description)
        service.add("assurer_email", entry.owner)
        service.add("alert", entry.closedNotice(today: today))
        return service
    }

    // MARK: Organizations

    /// The entry's organization, as every service of it shows it.
    func organization(of entry: KaartEntry) -> JSONValue {
        organization(organizations.organization(of: entry), id: organizations.id(of: entry)).value
    }

    /// An organization's own fields. HSDS requires a description: without one, its name says at least who it is.
    func organization(_ organization: KaartOrganization, id: String) -> HSDSObject {
        var object = HSDSObject()
        object.add("id", .string(id))
        object.add("name", organization.name)
        object.add("description", organization.description ?? organization.name)
        object.add("website", organization.website.map(Self.uri))
        if organization.government { object.add("legal_status", "overheid") }
        return object
    }

    // MARK: Schedules and locations

    /// One schedule: the RFC 5545 rule (`freq`, `interval`, `byday`, `wkst`), the times, the period it is valid
    /// and `dtstart`, the first day of the rule from `valid_from` on, from which the interval counts (the checks
    /// require `valid_from` for every interval above 1). A rule without `valid_from` happens on the same days from
    /// any start, so it gets no `dtstart`: a made-up first day would claim a start no one gave. Times are local
    /// time in the Netherlands, without an offset: the offset changes with summer time.
    func schedule(_ schedule: KaartSchedule, number: Int, entry: KaartEntry, serviceID: String) -> JSONValue {
        var object = HSDSObject()
        object.add("id", .string(ids.id(for: entry, part: "schedule/\(number)")))
        object.add("service_id", .string(serviceID))
        if let location = schedule.location.flatMap({ name in entry.locations.firstIndex { $0.name == name } }) {
            object.add("location_id", .string(ids.id(for: entry, part: "location/\(location + 1)")))
            object.add(
                "service_at_location_id", .string(ids.id(for: entry, part: "service-at-location/\(location + 1)")))
        }
        let rule = schedule.recurrence
        object.add("freq", rule.frequency == .weekly ? "WEEKLY" : "MONTHLY")
        object.add("interval", .int(rule.interval))
        object.add("byday", rule.byDay.map(\.description).joined(separator: ","))
        object.add("wkst", "MO")
        object.add("opens_at", rule.startTime.description)
        object.add("closes_at", rule.endTime.description)
        object.add("valid_from", rule.validFrom?.description)
        object.add("valid_to", rule.validTo?.description)
        object.add("dtstart", rule.firstDay?.description)
        object.add("description", rule.dutchDescription)
        object.add("notes", schedule.note)
        return object.value
    }

    private func serviceAtLocation(
        _ location: KaartLocation, number: Int, entry: KaartEntry, serviceID: String
    ) -> JSONValue {
        let locationID = ids.id(for: entry, part: "location/\(number)")
        var address = HSDSObject()
        address.add("id", .string(ids.id(for: entry, part: "address/\(number)")))
        address.add("location_id", .string(locationID))
        address.add("address_1", location.address)
        address.add("city", location.place)
        address.add("state_province", publisher.province)
        address.add("postal_code", location.postcode)
        address.add("country", publisher.country)
        address.add("address_type", "physical")
        var place = HSDSObject()
        place.add("id", .string(locationID))
        place.add("location_type", "physical")
        place.add("name", location.name)
        place.add("latitude", location.coordinates.map { .double($0.latitude) })
        place.add("longitude", location.coordinates.map { .double($0.longitude) })
        place.add("addresses", .array([address.value]))
        place.add(
            "accessibility",
            .array(
                location.accessibility.map { text in
                    [
                        .object([
                            ("id", .string(ids.id(for: entry, part: "accessibility/\(number)"))),
                            ("location_id", .string(locationID)),
                            ("description", .string(text)),
                        ])
                    ]
                } ?? []))
        return .object([
            ("id", .string(ids.id(for: entry, part: "service-at-location/\(number)"))),
            ("service_id", .string(serviceID)),
            ("location_id", .string(locationID)),
            ("location", place.value),
        ])
    }

    // MARK: Taxonomy terms

    /// The entry's categories, audiences, kind and channels as taxonomy terms, in that order.
    func terms(of entry: KaartEntry) -> [KaartTerm] {
        entry.categories.map { term(.categories, $0) } + entry.audiences.map { term(.audiences, $0) }
            + [term(.kind, entry.kind.rawValue)] + entry.channels.map { term(.channels, $0.rawValue) }
    }

    /// The terms that `entries` use, each once: categories and audiences in the order of site.yml, then the kinds
    /// and the channels.
    func terms(usedBy entries: [KaartEntry]) -> [KaartTerm] {
        var used: [KaartTaxonomy: Set<String>] = [:]
        for entry in entries {
            for term in terms(of: entry) { used[term.taxonomy, default: []].insert(term.value) }
        }
        return KaartTaxonomy.allCases.flatMap { taxonomy in
            let values = used[taxonomy] ?? []
            // In the settings' order; a value the settings lack (only in tests) after them, sorted.
            let ordered = taxonomy.values(settings)
            return (ordered.filter(values.contains) + values.subtracting(ordered).sorted()).map { term(taxonomy, $0) }
        }
    }

    func term(_ taxonomy: KaartTaxonomy, _ value: String) -> KaartTerm {
        KaartTerm(
            taxonomy: taxonomy, value: value, label: taxonomy.label(of: value, settings),
            description: taxonomy.description(of: value, settings))
    }

    /// A taxonomy term, with the taxonomy it belongs to.
    func termObject(_ term: KaartTerm) -> JSONValue {
        .object([
            ("id", .string(ids.term(term.taxonomy.rawValue, value: term.value))),
            ("code", .string(term.value)),
            ("name", .string(term.label)),
            ("description", .string(term.description)),
            ("taxonomy", .string(taxonomyName(term.taxonomy))),
            (
                "taxonomy_detail",
                .object([
                    ("id", .string(ids.taxonomy(term.taxonomy.rawValue))),
                    ("name", .string(taxonomyName(term.taxonomy))),
                    ("description", .string(term.taxonomy.dutchDescription)),
                ])
            ),
            ("language", .string(publisher.language)),
            ("taxonomy_id", .string(ids.taxonomy(term.taxonomy.rawValue))),
        ])
    }

    /// "Wegwijzer: onderwerpen"
    func taxonomyName(_ taxonomy: KaartTaxonomy) -> String {
        "\(settings.name): \(taxonomy.dutchName)"
    }

    /// The link between a service and one of its terms.
    private func attribute(_ term: KaartTerm, entry: KaartEntry, serviceID: String) -> JSONValue {
        .object([
            ("id", .string(ids.id(for: entry, part: "attribute/\(term.taxonomy.rawValue)/\(term.value)"))),
            ("link_id", .string(serviceID)),
            ("link_type", .string(term.taxonomy.linkType)),
            ("link_entity", .string("service")),
            ("taxonomy_term_id", .string(ids.term(term.taxonomy.rawValue, value: term.value))),
            ("label", .string(term.label)),
            ("taxonomy_term", termObject(term)),
        ])
    }

    // MARK: Addresses

    /// A web address as a URI (RFC 3986): characters outside ASCII (in "https://www.café.nl/agenda") are written as
    /// their UTF-8 bytes in percent-encoding; everything else stays as written.
    static func uri(_ address: String) -> String {
        guard address.unicodeScalars.contains(where: { !$0.isASCII }) else { return address }
        var text = ""
        for scalar in address.unicodeScalars {
            if scalar.isASCII {
                text.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 { text += "%" + String(byte, radix: 16, uppercase: true) }
            }
        }
        return text
    }
}
