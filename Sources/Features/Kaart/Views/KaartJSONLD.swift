import BuurtCalendar
import Model
import Site

/// schema.org data of the kaart's pages, for JSONLD.script.
extension KaartView {
    /// A `Service`, or a `GovernmentService` when the municipality provides it: who provides it, for which
    /// buurt, and how to reach it (phone, website, places with address and coordinates, weekly hours).
    func jsonLD(for entry: KaartEntry, canonical: String, siteBase: String) -> [String: Any] {
        var provider: [String: Any] = [
            "@type": entry.organization.government ? "GovernmentOrganization" : "Organization",
            "name": entry.organization.name,
        ]
        if let website = entry.organization.website?.nonEmpty { provider["url"] = website }
        var service: [String: Any] = [
            "@type": entry.organization.government ? "GovernmentService" : "Service",
            "name": entry.name,
            "description": entry.summary,
            "url": canonical,
            "serviceType": entry.values(for: .categories).map { settings.label(for: $0, in: .categories) ?? $0 },
            "provider": provider,
            "areaServed": ["@type": "Place", "name": buurt.config.name, "url": siteBase] as [String: Any],
            "availableChannel": channels(of: entry),
            "mainEntityOfPage": canonical,
        ]
        if let audience = audience(of: entry) { service["audience"] = audience }
        let hours = entry.openingHoursSpecifications(today: today)
        if !hours.isEmpty { service["hoursAvailable"] = hours }
        if let cost = entry.cost?.nonEmpty {
            service["offers"] = ["@type": "Offer", "description": cost] as [String: Any]
        }
        return service
    }

    /// A `ServiceChannel` per location (with its `Place`), and one for phone and website when there is no place.
    private func channels(of entry: KaartEntry) -> [[String: Any]] {
        var contact: [String: Any] = [:]
        if !entry.languages.isEmpty { contact["availableLanguage"] = entry.languages }
        if let phone = entry.contact.phone?.nonEmpty {
            contact["servicePhone"] =
                ["@type": "ContactPoint", "telephone": KaartPhone.international(phone) ?? phone] as [String: Any]
        }
        if let website = (entry.contact.website ?? entry.organization.website)?.nonEmpty {
            contact["serviceUrl"] = website
        }
        if let email = entry.contact.email?.nonEmpty {
            var point = contact["servicePhone"] as? [String: Any] ?? ["@type": "ContactPoint"]
            point["email"] = email
            contact["servicePhone"] = point
        }
        let atPlaces = entry.locations.map { location -> [String: Any] in
            var channel = contact
            channel["@type"] = "ServiceChannel"
            channel["name"] = location.name
            channel["serviceLocation"] = place(location)
            return channel
        }
        if !atPlaces.isEmpty { return atPlaces }
        var channel = contact
        channel["@type"] = "ServiceChannel"
        channel["name"] = Dutch.list(entry.channels.map(\.dutchLabel)).nonEmpty ?? entry.name
        return [channel]
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
        if let notes = location.accessibility?.nonEmpty { place["description"] = notes }
        return place
    }

    private func audience(of entry: KaartEntry) -> [String: Any]? {
        let names = entry.audiences.map { settings.label(for: $0, in: .audiences) ?? $0 }
        guard !names.isEmpty else { return nil }
        return ["@type": "Audience", "audienceType": Dutch.list(names)]
    }

    /// The kaart's home and filter pages: a `CollectionPage` of the buurt's website.
    func collectionJSONLD(name: String, description: String, canonical: String, siteBase: String) -> [String: Any] {
        [
            "@type": "CollectionPage", "name": name, "description": description, "url": canonical,
            "isPartOf": ["@type": "WebSite", "name": buurt.config.name, "url": siteBase] as [String: Any],
        ]
    }
}
