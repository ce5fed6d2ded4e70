import BuurtCalendar
import Model
import Site
import YAML

/// One buurt's kaart, worked out once before its pages render: the entries in list order, the filter
/// values that have entries (the static filter pages), and the paths of every kaart page.
struct KaartView: Sendable {
    /// A filter with the values that entries on this kaart have, in the order of site.yml.
    struct Facet: Sendable {
        let facet: KaartFacet
        let values: [KaartFacetValue]
    }

    let catalogue: KaartCatalogue
    let buurt: Buurt
    /// The entries on this buurt's kaart, sorted by name as a Dutch reader expects.
    let entries: [KaartEntry]
    /// Only filters with at least one value in use; values without entries are left out.
    let facets: [Facet]

    var settings: KaartSettings { catalogue.settings }
    var today: Day { catalogue.today }

    init(catalogue: KaartCatalogue, buurt: Buurt) {
        self.catalogue = catalogue
        self.buurt = buurt
        let shown = catalogue.entries(for: buurt.slug)
        entries = shown
        facets = catalogue.settings.facets.compactMap { facet in
            let values = catalogue.facetValues(facet, among: shown)
            return values.isEmpty ? nil : Facet(facet: facet, values: values)
        }
    }

    func isOverdue(_ entry: KaartEntry) -> Bool { catalogue.isOverdue(entry) }

    // MARK: Paths inside the buurt site

    /// "wegwijzer/"
    var homePath: String { settings.segment + "/" }
    /// "wegwijzer/open-data/"
    var openDataPath: String { homePath + "open-data/" }
    /// "wegwijzer/open-data/hsds.json"
    var hsdsPath: String { Self.hsdsPath(settings) }
    /// "wegwijzer/open-data/kaart.csv"
    var csvPath: String { Self.csvPath(settings) }

    /// "wegwijzer/taalcafe/"
    func path(of entry: KaartEntry) -> String { homePath + entry.slug + "/" }

    /// "wegwijzer/onderwerp/zorg/"
    func filterPath(_ facet: KaartFacet, value: String) -> String { homePath + facet.segment + "/" + value + "/" }

    /// The filter page of a value when this kaart has one (the site has that filter and an entry with the value).
    func filterPath(field: KaartField, value: String) -> String? {
        guard let facet = facets.first(where: { $0.facet.field == field }),
            facet.values.contains(where: { $0.term.value == value })
        else { return nil }
        return filterPath(facet.facet, value: value)
    }

    /// The entry's own fields for collectors (a search index), by stable names whatever the site calls them:
    /// "organization", "locations" (their names: "Buurthuis De Beekpunt"), "places", and the field of every filter
    /// ("categories", "audiences", "kind") with the values as the filter shows them.
    func facetFields(of entry: KaartEntry) -> [String: [String]] {
        var fields: [String: [String]] = [:]
        if !entry.organization.name.isEmpty { fields["organization"] = [entry.organization.name] }
        let locations = KaartView.unique(entry.locations.map(\.name).filter { !$0.isEmpty })
        if !locations.isEmpty { fields["locations"] = locations }
        let places = KaartView.unique(entry.locations.map(\.place))
        if !places.isEmpty { fields["places"] = places }
        for facet in settings.facets {
            let labels = entry.values(for: facet.field).compactMap { settings.label(for: $0, in: facet.field) ?? $0 }
            if !labels.isEmpty { fields[facet.field.rawValue] = labels }
        }
        return fields
    }

    /// What lists made of every page (a search index) name an entry by: its name and summary, the kaart's name as
    /// its section, its fields with the kaart's filters, its file, and whether it may be found.
    func itemContent(of entry: KaartEntry) -> PageContent {
        PageContent(
            fields: facetFields(of: entry), name: entry.name, summary: entry.summary, section: settings.name,
            filters: settings.facets.map { PageFilter(field: $0.field.rawValue, label: $0.label) },
            source: entry.sourcePath, searchable: entry.searchable)
    }

    /// "wegwijzer/open-data/": the open data of a buurt's kaart, and of the whole municipality in the portal.
    static func openDataFolder(_ settings: KaartSettings) -> String { settings.segment + "/open-data/" }
    static func hsdsPath(_ settings: KaartSettings) -> String { openDataFolder(settings) + "hsds.json" }
    static func csvPath(_ settings: KaartSettings) -> String { openDataFolder(settings) + "kaart.csv" }

    // MARK: Order

    /// The entries under headings of the first filter's values (an entry under its first value of that filter),
    /// in the order of site.yml; entries without a value come last under "Overige hulp".
    func groups() -> [(label: String, value: String?, entries: [KaartEntry])] {
        guard let first = settings.facets.first else { return [("Alle hulp", nil, entries)] }
        let terms = settings.terms(for: first.field)
        var byValue: [String: [KaartEntry]] = [:]
        var rest: [KaartEntry] = []
        for entry in entries {
            if let value = entry.values(for: first.field).first(where: { value in terms.contains { $0.value == value } }
            ) {
                byValue[value, default: []].append(entry)
            } else {
                rest.append(entry)
            }
        }
        var groups = terms.compactMap { term in
            byValue[term.value].map { (label: term.label, value: Optional(term.value), entries: $0) }
        }
        if !rest.isEmpty { groups.append(("Overige hulp", nil, rest)) }
        return groups
    }
}
