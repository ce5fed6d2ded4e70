import BuurtCalendar
import Model
import Site

/// The agenda of one site (a buurt's, or the portal's across all buurten), worked out once before its pages
/// render: the activities, the dates in the agenda's weeks, the filters, and the paths of every agenda file.
struct AgendaView: Sendable {
    /// One date in a list: an occurrence of one of `listed`.
    struct Listing: Sendable {
        /// Index in `listed`.
        let activity: Int
        let occurrence: AgendaOccurrence
    }

    /// A filter with the values that listed activities have, in the order of site.yml.
    struct Facet: Sendable {
        let facet: AgendaFacet
        let values: [Value]
    }

    /// One value of a filter: a static page of its dates.
    struct Value: Sendable {
        let term: Term
        /// Indices in `listed` of the activities with this value.
        let activities: [Int]
    }

    let catalogue: AgendaCatalogue
    /// nil for the portal.
    let buurt: Buurt?
    /// Every activity on this site, stopped and past ones too (each has a page), sorted by title.
    let activities: [AgendaActivity]
    /// The activities in the lists and feeds: those not stopped.
    let listed: [AgendaActivity]
    /// The dates of `listed` in the agenda's weeks, cancelled ones too, in order of start.
    let window: [Listing]
    /// Only filters with at least one value in use.
    let facets: [Facet]
    /// The site's name: "Molenkamp Samen", or the municipality's for the portal.
    let siteName: String
    /// The site's absolute address, ending in "/".
    let siteBase: String

    var settings: AgendaSettings { catalogue.settings }
    var today: Day { catalogue.today }
    var isPortal: Bool { buurt == nil }

    init(catalogue: AgendaCatalogue, buurt: Buurt?, municipality: MunicipalityConfig) {
        self.catalogue = catalogue
        self.buurt = buurt
        activities = buurt.map { catalogue.activities(for: $0.slug) } ?? catalogue.all
        listed = activities.filter { $0.status != .stopped }
        siteName = buurt?.config.name ?? municipality.name
        siteBase = (buurt?.config.baseURL ?? municipality.baseURL).absolute
        var window: [Listing] = []
        for (index, activity) in listed.enumerated() {
            for occurrence in catalogue.windowOccurrences(of: activity) {
                window.append(Listing(activity: index, occurrence: occurrence))
            }
        }
        self.window = window.sorted { a, b in
            let (x, y) = (a.occurrence, b.occurrence)
            if x.start != y.start { return x.start < y.start }
            if x.allDay != y.allDay { return x.allDay }
            return a.activity < b.activity || (a.activity == b.activity && x.original < y.original)
        }
        let shown = listed
        facets = catalogue.settings.facets.compactMap { facet in
            let values = catalogue.settings.terms(for: facet.field).compactMap { term -> Value? in
                let matching = shown.indices.filter { shown[$0].values(for: facet.field).contains(term.value) }
                return matching.isEmpty ? nil : Value(term: term, activities: matching)
            }
            return values.isEmpty ? nil : Facet(facet: facet, values: values)
        }
    }

    /// The dates of the activities at these indices of `listed`, in order.
    func window(of indices: [Int]) -> [Listing] {
        let wanted = Set(indices)
        return window.filter { wanted.contains($0.activity) }
    }

    /// The dates of the coming seven days (the week sheet).
    var week: [Listing] {
        let last = today.adding(days: 6)
        return window.filter { $0.occurrence.day <= last }
    }

    // MARK: Paths inside the site

    /// "agenda/"
    var homePath: String { settings.segment + "/" }
    /// "agenda/afdrukken/"
    var printPath: String { homePath + AgendaSettings.printSegment + "/" }
    /// "agenda/agenda.ics"
    var feedPath: String { homePath + Self.feedName }
    /// The feeds' file name.
    static let feedName = "agenda.ics"

    /// The activity's folder name on this site: its slug, or on the portal its key ("molenkamp-taalcafe").
    func name(of activity: AgendaActivity) -> String { Self.name(of: activity, onPortal: isPortal) }

    static func name(of activity: AgendaActivity, onPortal: Bool) -> String {
        onPortal ? activity.key : activity.slug
    }

    /// "agenda/taalcafe/"
    func path(of activity: AgendaActivity) -> String { homePath + name(of: activity) + "/" }

    /// "agenda/taalcafe/taalcafe.ics"
    func feedPath(of activity: AgendaActivity) -> String { path(of: activity) + name(of: activity) + ".ics" }

    /// "agenda/onderwerp/taal/"
    func filterPath(_ facet: AgendaFacet, value: String) -> String { homePath + facet.segment + "/" + value + "/" }

    /// The filter page of a value when this agenda has one.
    func filterPath(field: AgendaField, value: String) -> String? {
        guard let facet = facets.first(where: { $0.facet.field == field }),
            facet.values.contains(where: { $0.term.value == value })
        else { return nil }
        return filterPath(facet.facet, value: value)
    }

    /// The absolute address of a path of this site.
    func absolute(_ path: String) -> String { siteBase + SitePath.encode(path) }

    /// The same address for a calendar app to subscribe to: "webcal://www.lindeveen.nl/…/agenda.ics".
    func webcal(_ path: String) -> String {
        let address = absolute(path)
        guard let scheme = address.range(of: "://") else { return address }
        return "webcal://" + address[scheme.upperBound...]
    }
}
