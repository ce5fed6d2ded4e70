import BuurtCore
import Model
import YAML

/// Checks one entry's front matter on its own (required fields, formats, schedules) and builds the entry.
/// Problems that need the settings or other entries (unknown category, duplicate slug) are the catalogue's.
struct KaartEntryCheck {
    let path: String
    /// The front matter mapping, for locations.
    let node: YAMLNode
    var problems: [Diagnostic] = []

    init(path: String, node: YAMLNode) {
        self.path = path
        self.node = node
    }

    // MARK: Locations and messages

    mutating func error(_ keys: NodePath, _ message: String, hint: String? = nil) {
        problems.append(.error(at: node.node(at: keys).location, keys.message(message), hint: hint))
    }

    /// A required value that is missing or empty: reported at the mapping that should hold it.
    mutating func missing(_ keys: NodePath, key: String, hint: String) {
        let holder = node.node(at: keys)
        if let value = holder[key], !value.isNull {
            problems.append(.error(at: value.location, keys.message("'\(key)' is empty"), hint: hint))
        } else {
            problems.append(.error(at: holder.location, keys.message("missing required key '\(key)'"), hint: hint))
        }
    }

    /// Text with something in it; nil (and a problem) when absent or blank.
    mutating func required(_ value: String?, _ keys: NodePath, key: String, hint: String) -> String? {
        guard let text = value?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
            missing(keys, key: key, hint: hint)
            return nil
        }
        return text
    }

    // MARK: The entry

    /// The entry, or nil when a required field is missing (the problems say which).
    mutating func entry(from front: KaartFrontMatter, buurt: String?, slug: String, body: String, bodyFirstLine: Int)
        -> KaartEntry?
    {
        let name = required(front.name, [], key: "name", hint: "give the service's name: 'name: Repair Café Beekdal'")
        let summary = required(
            front.summary, [], key: "summary",
            hint: "add one sentence that says what it offers: 'summary: Samen kapotte spullen repareren.'")
        if front.kind == nil {
            missing(
                [], key: "kind",
                hint:
                    "write 'kind: formeel' for help from professionals or 'kind: informeel' for buurtgenoten and "
                    + "volunteers"
            )
        }
        let categories = front.categories ?? []
        if categories.isEmpty {
            missing(
                [], key: "categories",
                hint: "list at least one topic from categories in site.yml: 'categories: [zorg]'")
        }
        let organization = checkOrganization(front.organization)
        let owner = checkOwner(front.owner)
        if front.reviewed == nil {
            missing(
                [], key: "reviewed", hint: "write the date the information was last checked: 'reviewed: 2026-03-03'")
        }
        let languages = checkLanguages(front.languages ?? [])
        let locations = checkLocations(front.locations ?? [])
        let contact = checkContact(front.contact)
        let closed = Array(Set(front.closed ?? [])).sorted()
        let schedules = checkSchedules(front.schedules ?? [], locations: locations, closed: closed)
        let channels = front.channels ?? []
        if locations.isEmpty && channels.isEmpty && (front.locations ?? []).isEmpty {
            problems.append(
                .error(
                    at: node.location, "entry has no location and no channel: people cannot tell where to go",
                    hint:
                        "add 'locations:' with an address, or 'channels: [online, telefoon, aan-huis]' for help "
                        + "without a visit"
                ))
        }
        if front.kind == .formeel && contact.isEmpty
            && front.contact.map({ $0.phone == nil && $0.email == nil && $0.website == nil }) ?? true
        {
            problems.append(
                .error(
                    at: (node["contact"] ?? node).location,
                    "a formeel entry needs a way to get in touch: a phone number, e-mail address or website",
                    hint: "add 'contact:' with 'phone:', 'email:' or 'website:'"))
        }
        let (serves, servesProblems) = Serves.read(front.serves, ownBuurt: buurt, folder: "kaart", item: "entry")
        problems += servesProblems
        guard let name, let summary, let kind = front.kind, !categories.isEmpty, let organization, let owner,
            let reviewed = front.reviewed
        else { return nil }
        return KaartEntry(
            sourcePath: path, buurtSlug: buurt, slug: slug, name: name, summary: summary, kind: kind,
            categories: categories, audiences: front.audiences ?? [], organization: organization,
            cost: trimmed(front.cost), languages: languages, eligibility: trimmed(front.eligibility),
            locations: locations, channels: unique(channels), contact: contact, schedules: schedules,
            hoursNote: trimmed(front.hoursNote), closed: closed,
            serves: serves, reviewed: reviewed, owner: owner, body: body, bodyFirstLine: bodyFirstLine,
            frontMatterNode: node, searchable: front.search)
    }

    private func trimmed(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }

    private func unique<T: Hashable>(_ items: [T]) -> [T] {
        var seen = Set<T>()
        return items.filter { seen.insert($0).inserted }
    }

    private mutating func checkOrganization(_ organization: KaartFrontMatter.Organization?) -> KaartOrganization? {
        guard let organization else {
            missing(
                [], key: "organization",
                hint: "say who provides it: 'organization:' with at least 'name: Stichting …' below it")
            return nil
        }
        let name = required(
            organization.name, [.key("organization")], key: "name",
            hint: "give the provider's name: 'name: Stichting Repair Café Lindeveen'")
        let website = checkWebAddress(organization.website, [.key("organization"), .key("website")])
        guard let name else { return nil }
        return KaartOrganization(
            name: name, website: website, description: trimmed(organization.description),
            government: organization.government)
    }

    private mutating func checkOwner(_ owner: String?) -> String? {
        guard
            let owner = required(
                owner, [], key: "owner",
                hint: "give the e-mail address of who keeps this entry current: 'owner: wegwijzer@lindeveen.nl'")
        else { return nil }
        guard AddressCheck.isEmail(owner) else {
            error([.key("owner")], "'\(owner)' is not an e-mail address", hint: "write it as naam@voorbeeld.nl")
            return nil
        }
        return owner
    }

    private mutating func checkWebAddress(_ text: String?, _ keys: NodePath) -> String? {
        guard let text = trimmed(text) else { return nil }
        guard AddressCheck.isWebAddress(text) else {
            // Another kind of address (ftp://, mailto:, javascript:), not "www.example.nl:8080" or "http//…".
            let scheme = text.prefix { $0.isASCII && $0.isLetter }
            let hasScheme =
                text.dropFirst(scheme.count).first == ":" && !scheme.isEmpty
                && text.dropFirst(scheme.count + 1).first?.isNumber != true
            let hint =
                text.contains("://") || hasScheme
                ? "only http:// and https:// addresses can be used here"
                : "write the whole address, starting with https://, for example 'https://\(text)'"
            error(keys, "'\(text)' is not a web address", hint: hint)
            return nil
        }
        return text
    }

    private mutating func checkLanguages(_ codes: [String]) -> [String] {
        var result: [String] = []
        for (index, code) in codes.enumerated() {
            let lowered = code.lowercased()
            guard KaartLanguage.isKnown(lowered) else {
                // "eng", "nld", "ara": three-letter codes whose first two letters are the two-letter code.
                let twoLetters = String(lowered.prefix(2))
                let suggestion =
                    lowered.count == 3 && KaartLanguage.isKnown(twoLetters) ? " (did you mean '\(twoLetters)'?)" : ""
                error(
                    [.key("languages"), .index(index)], "'\(code)' is not a language code\(suggestion)",
                    hint:
                        "use the two-letter ISO 639-1 code: nl for Nederlands, en for Engels, ar for Arabisch, tr for "
                        + "Turks"
                )
                continue
            }
            if lowered != code {
                error(
                    [.key("languages"), .index(index)], "language code '\(code)' must be written in lowercase",
                    hint: "write '\(lowered)'")
                continue
            }
            if !result.contains(code) { result.append(code) }
        }
        return result
    }

    private mutating func checkLocations(_ locations: [KaartFrontMatter.Location]) -> [KaartLocation] {
        var result: [KaartLocation] = []
        var names: [String: Int] = [:]
        for (index, location) in locations.enumerated() {
            let here: NodePath = [.key("locations"), .index(index)]
            let name = required(
                location.name, here, key: "name", hint: "name the place, for example 'name: Buurthuis De Beek'")
            let address = required(
                location.address, here, key: "address", hint: "give street and number: 'address: Beekstraat 12'")
            let place = required(
                location.place, here, key: "place", hint: "give the town or village: 'place: Lindeveen'")
            var postcode: String?
            if let text = required(
                location.postcode, here, key: "postcode", hint: "give the postcode: 'postcode: 9999 AB'")
            {
                postcode = KaartPostcode.normalised(text)
                if postcode == nil {
                    error(
                        here + [.key("postcode")], "'\(text)' is not a Dutch postcode",
                        hint: "write four digits (not starting with 0) and two letters: 9999 AB")
                }
            }
            let coordinates = checkCoordinates(location, here)
            if let name {
                if let first = names[name] {
                    let other: NodePath = [.key("locations"), .index(first)]
                    error(
                        here + [.key("name")], "two locations are called '\(name)' (also \(other))",
                        hint: "give each location its own name: schedules refer to locations by name")
                } else {
                    names[name] = index
                }
            }
            guard let name, let address, let place, let postcode else { continue }
            result.append(
                KaartLocation(
                    name: name, address: address, postcode: postcode, place: place,
                    coordinates: coordinates, accessibility: trimmed(location.accessibility)))
        }
        return result
    }

    private mutating func checkCoordinates(
        _ location: KaartFrontMatter.Location,
        _ here: NodePath
    ) -> KaartCoordinates? {
        switch (location.latitude, location.longitude) {
        case (nil, nil):
            return nil
        case (_?, nil):
            error(
                here + [.key("latitude")], "latitude without longitude",
                hint: "give both latitude and longitude, or neither")
            return nil
        case (nil, _?):
            error(
                here + [.key("longitude")], "longitude without latitude",
                hint: "give both latitude and longitude, or neither")
            return nil
        case let (latitude?, longitude?):
            var valid = true
            if !KaartArea.latitudes.contains(latitude) {
                let swapped = KaartArea.latitudes.contains(longitude) && KaartArea.longitudes.contains(latitude)
                error(
                    here + [.key("latitude")], "latitude \(latitude) is not in the Netherlands",
                    hint: swapped
                        ? "latitude and longitude seem swapped: latitude is about 51–53, longitude about 4–7"
                        : "latitude in the Netherlands lies between \(KaartArea.latitudes.lowerBound) and "
                            + "\(KaartArea.latitudes.upperBound)"
                )
                valid = false
            }
            if !KaartArea.longitudes.contains(longitude) && !(!valid && KaartArea.latitudes.contains(longitude)) {
                error(
                    here + [.key("longitude")], "longitude \(longitude) is not in the Netherlands",
                    hint:
                        "longitude in the Netherlands lies between \(KaartArea.longitudes.lowerBound) and "
                        + "\(KaartArea.longitudes.upperBound)"
                )
                valid = false
            }
            return valid ? KaartCoordinates(latitude: latitude, longitude: longitude) : nil
        }
    }

    private mutating func checkContact(_ contact: KaartFrontMatter.Contact?) -> KaartContact {
        guard let contact else { return KaartContact() }
        var result = KaartContact()
        if let phone = trimmed(contact.phone) {
            if KaartPhone.isValid(phone) {
                result.phone = phone
            } else {
                error(
                    [.key("contact"), .key("phone")], "'\(phone)' is not a Dutch phone number",
                    hint:
                        "write 10 digits starting with 0 (0999 123 456), +31 and 9 digits, a 0800/0900 number, or the "
                        + "municipal 14 number (14 0999)"
                )
            }
        }
        if let email = trimmed(contact.email) {
            if AddressCheck.isEmail(email) {
                result.email = email
            } else {
                error(
                    [.key("contact"), .key("email")], "'\(email)' is not an e-mail address",
                    hint: "write it as naam@voorbeeld.nl")
            }
        }
        result.website = checkWebAddress(contact.website, [.key("contact"), .key("website")])
        return result
    }
}
