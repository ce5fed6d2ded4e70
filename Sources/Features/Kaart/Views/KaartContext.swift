import BuurtCalendar
import BuurtCore
import Model
import Site

/// The template values of the kaart's pages (documented in docs/THEMES.md under "Kaart templates"):
/// `kaart` on every kaart page, `filter` on a filter page; the entry page's `entry` is in KaartEntryContext.swift.
extension KaartView {
    /// `kaart`: name, links, filters with counts; `currentFilter` marks one value as the current page.
    func values(urlPath: String, currentFilter: (facet: KaartFacet, value: String)? = nil) -> [String: Any] {
        let link = { (target: String) in SitePath.relative(from: urlPath, to: SitePath.encode(target)) }
        let facets = self.facets.map { facet -> [String: Any] in
            let values = facet.values.map { value -> [String: Any] in
                let isCurrent = currentFilter.map { $0.facet == facet.facet && $0.value == value.term.value } ?? false
                return [
                    "value": value.term.value, "label": value.term.label, "count": value.count,
                    "url": link(filterPath(facet.facet, value: value.term.value)), "current": isCurrent,
                    "facet": facet.facet.segment, "input_id": "_filter-\(facet.facet.segment)_\(value.term.value)",
                ]
            }
            return [
                "label": facet.facet.label, "segment": facet.facet.segment, "id": "_filter-\(facet.facet.segment)",
                "values": values,
            ]
        }
        var values: [String: Any] = [
            "name": settings.name,
            "home_url": link(homePath),
            "open_data_url": link(openDataPath),
            "hsds_url": link(hsdsPath),
            "csv_url": link(csvPath),
            "csv_separator_name": settings.csvSeparator == "," ? "komma" : "puntkomma",
            "count": entries.count,
            "count_text": Self.countText(entries.count),
            "has_entries": !entries.isEmpty,
            "facets": facets,
            "has_facets": !facets.isEmpty,
            "is_filtered": currentFilter != nil,
        ]
        values["intro"] = settings.intro?.nonEmpty
        for (key, file) in Self.openDataFiles { values[key] = link(openDataPath + file) }
        values["api_page_size"] = KaartHSDS.pageSize
        values.merge(Self.openDataTerms(settings.publisher)) { _, new in new }
        return values
    }

    /// The files of the static HSDS API and the dataset description in the open-data folder, by template key.
    static let openDataFiles = [
        ("api_url", "index.json"), ("services_url", "services/index.json"),
        ("organizations_url", "organizations/index.json"), ("taxonomy_terms_url", "taxonomy_terms/index.json"),
        ("dcat_url", "dcat.jsonld"),
    ]

    /// `license` ({name, url, requires_attribution, publisher}) and `contact` ({text, url}) of the open data,
    /// each left out when site.yml has none.
    static func openDataTerms(_ publisher: KaartPublisher) -> [String: Any] {
        var values: [String: Any] = [:]
        if let license = publisher.license {
            values["license"] =
                [
                    "name": license.name, "url": license.url, "requires_attribution": license.requiresAttribution,
                    "publisher": publisher.name,
                ] as [String: Any]
        }
        if let contact = publisher.openData.contact, let url = publisher.openData.contactURI {
            values["contact"] = ["text": contact, "url": url]
        }
        return values
    }

    /// One entry in a list: what the `kaart-item` partial shows, and its values per filter for kaart.js.
    func listItem(_ entry: KaartEntry, urlPath: String, headingLevel: Int) -> [String: Any] {
        let filterData = facets.compactMap { facet -> [String: Any]? in
            // The segment becomes part of an attribute name: only plain slugs, which the settings check ensures.
            guard Slug.isValid(facet.facet.segment) else { return nil }
            return [
                "segment": facet.facet.segment, "values": entry.values(for: facet.facet.field).joined(separator: " "),
            ]
        }
        var item: [String: Any] = [
            "name": entry.name,
            "url": SitePath.relative(from: urlPath, to: SitePath.encode(path(of: entry))),
            "summary": entry.summary,
            "kind_label": settings.kinds.label(for: entry.kind),
            "heading_level": headingLevel,
            "filter_data": filterData,
            "overdue": isOverdue(entry),
        ]
        let places = Self.unique(entry.locations.map(\.place))
        if !places.isEmpty { item["places"] = Dutch.list(places) }
        return item
    }

    /// `filter`: the current filter value's page.
    func filterValues(_ value: KaartFacetValue, urlPath: String) -> [String: Any] {
        let matching = value.entries
        return [
            "facet_label": value.facet.label,
            "value_label": value.term.label,
            "value": value.term.value,
            "count": matching.count,
            "count_text": Self.countText(matching.count),
            "entries": matching.map { listItem($0, urlPath: urlPath, headingLevel: 3) },
        ]
    }

    /// The home's groups: `{label, id, count, entries}`.
    func groupValues(urlPath: String) -> [[String: Any]] {
        groups().enumerated().map { index, group in
            [
                "label": group.label,
                "id": "_groep-" + (group.value ?? "overig-\(index)"),
                "count": group.entries.count,
                "entries": group.entries.map { listItem($0, urlPath: urlPath, headingLevel: 4) },
            ]
        }
    }

    /// "1 vermelding", "12 vermeldingen"
    static func countText(_ count: Int) -> String {
        count == 1 ? "1 vermelding" : "\(count) vermeldingen"
    }

    /// The items in their first order, each once.
    static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
