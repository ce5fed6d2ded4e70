import BuurtCalendar
import BuurtCore
import Foundation
import Model
import YAML

/// Every entry with the cross-checks done (known categories, audiences, buurten; unique slugs) and
/// the freshness worked out for `today`.
public struct KaartCatalogue: Sendable {
    public let settings: KaartSettings
    /// The date the build is for.
    public let today: Day
    /// The buurt platforms, in the order given.
    public let buurten: [Buurt]
    /// Every loaded entry, hidden ones included, sorted by name.
    public let loaded: [KaartEntry]
    /// Source path → slugs of the buurten the entry is shown on (in the order of `buurten`).
    private let served: [String: [String]]
    /// Each entry's part of the exports, made once for all buurt sites (see KaartExports.swift).
    let exportCache = KaartExportCache()
    /// The open data's writer, with the organizations of every loaded entry (hidden ones too, so that what an
    /// organization says does not change with the day of the build).
    let hsds: KaartHSDS

    /// Validates what needs all entries and the site.yml settings; problems go to `diagnostics`.
    /// `settingsNode` is the `kaart:` node of site.yml (nil when absent), for locations of settings errors.
    public init(
        entries: [KaartEntry], settings: KaartSettings, settingsNode: YAMLNode?, buurten: [Buurt],
        today: Day, diagnostics: DiagnosticCollector
    ) {
        self.settings = settings
        self.today = today
        self.buurten = buurten
        self.loaded = entries.sorted(by: KaartCatalogue.displayOrder)
        hsds = KaartHSDS(settings: settings, today: today, organizations: entries)
        var check = KaartCatalogueCheck(settings: settings, buurten: buurten, today: today)
        check.checkSettings(settingsNode)
        var served: [String: [String]] = [:]
        for entry in loaded {
            check.checkValues(of: entry)
            served[entry.sourcePath] = check.servedBuurten(of: entry)
        }
        check.checkSlugs(loaded, served: served)
        self.served = served
        diagnostics.add(contentsOf: check.problems)
    }

    /// Names in the order people look them up: diacritics and case ignored, then slug and file.
    static func displayOrder(_ a: KaartEntry, _ b: KaartEntry) -> Bool {
        let (foldedA, foldedB) = (Slug.fold(a.name), Slug.fold(b.name))
        if foldedA != foldedB { return foldedA < foldedB }
        if a.slug != b.slug { return a.slug < b.slug }
        return a.sourcePath < b.sourcePath
    }

    // MARK: What is shown

    /// Entries shown on this buurt's kaart: those that serve it, without the ones hidden for being long overdue.
    public func entries(for buurt: String) -> [KaartEntry] {
        loaded.filter { !isHidden($0) && (served[$0.sourcePath] ?? []).contains(buurt) }
    }

    /// Every entry shown anywhere: the municipality-wide open data.
    public var all: [KaartEntry] {
        loaded.filter { !isHidden($0) && !(served[$0.sourcePath] ?? []).isEmpty }
    }

    /// The entry at /<buurt>/<segment>/<slug>/, if it is shown there.
    public func entry(slug: String, for buurt: String) -> KaartEntry? {
        entries(for: buurt).first { $0.slug == slug }
    }

    /// Slugs of the buurten whose sites show this entry (also when it is hidden for being overdue).
    public func servedBuurten(of entry: KaartEntry) -> [String] {
        served[entry.sourcePath] ?? []
    }

    /// The buurten whose sites show this entry, with their names.
    public func servedBuurtInfo(of entry: KaartEntry) -> [Buurt] {
        let slugs = Set(servedBuurten(of: entry))
        return buurten.filter { slugs.contains($0.slug) }
    }

    /// The values of a filter that this buurt's entries use, in the settings' order, each with its entries.
    public func facetValues(_ facet: KaartFacet, for buurt: String) -> [KaartFacetValue] {
        facetValues(facet, among: entries(for: buurt))
    }

    /// The values of a filter that `shown` (a buurt's entries, `entries(for:)`) use, in the settings' order.
    public func facetValues(_ facet: KaartFacet, among shown: [KaartEntry]) -> [KaartFacetValue] {
        settings.terms(for: facet.field).compactMap { term in
            let positions = shown.indices.filter { shown[$0].values(for: facet.field).contains(term.value) }
            guard !positions.isEmpty else { return nil }
            return KaartFacetValue(facet: facet, term: term, shown: shown, positions: positions)
        }
    }

    // MARK: Freshness

    /// The date by which the entry must be checked again: reviewed + review_interval_days.
    public func reviewDue(_ entry: KaartEntry) -> Day {
        entry.reviewed.adding(days: settings.reviewIntervalDays)
    }

    /// Days past the review due date (0 or less when not overdue).
    public func daysOverdue(_ entry: KaartEntry) -> Int {
        today.days(since: reviewDue(entry))
    }

    /// True when today is past the review due date.
    public func isOverdue(_ entry: KaartEntry) -> Bool {
        daysOverdue(entry) > 0
    }

    /// True when the entry is overdue by more than hide_overdue_after_days: left out of sites and exports.
    public func isHidden(_ entry: KaartEntry) -> Bool {
        guard let limit = settings.hideOverdueAfterDays else { return false }
        return daysOverdue(entry) > limit
    }

    /// Entries past their review date, oldest review first (hidden ones included).
    public var overdue: [KaartEntry] {
        loaded.filter(isOverdue).sorted { a, b in
            a.reviewed != b.reviewed ? a.reviewed < b.reviewed : a.sourcePath < b.sourcePath
        }
    }

    /// Entries left out of the sites and exports because they are long overdue.
    public var hidden: [KaartEntry] {
        overdue.filter(isHidden)
    }

    /// One line per entry past its review date, oldest review first, for the build's report:
    /// "content/kaart/taalcafe.md: Taalcafé — gecontroleerd op 3 maart 2025, te controleren sinds 3 maart 2026;
    /// beheerder a@b.nl".
    /// Hidden entries end with "— verborgen: niet meer op de sites".
    public var overdueReport: [String] {
        overdue.map { entry in
            var line = "\(entry.sourcePath): \(entry.name) — gecontroleerd op \(entry.reviewed.dutchText)"
            line += ", te controleren sinds \(reviewDue(entry).dutchText); beheerder \(entry.owner)"
            if isHidden(entry) { line += " — verborgen: niet meer op de sites" }
            return line
        }
    }
}

/// One value of a filter with the entries that have it: a page /<segment>/<facet.segment>/<term.value>/.
public struct KaartFacetValue: Sendable {
    public var facet: KaartFacet
    public var term: Term
    /// The buurt's entries, one array shared by all values of its filters, and the positions of this value's
    /// entries in it. (Each value's own array of entries cost a copy of every entry's fields per value it has, for
    /// as long as the build's jobs live: about 1.5 MB per buurt site at the bench's 690 entries a site.)
    let shown: [KaartEntry]
    let positions: [Int]

    /// How many entries have this value.
    public var count: Int { positions.count }
    /// Sorted by name.
    public var entries: [KaartEntry] { positions.map { shown[$0] } }
}

extension KaartCatalogue {
    /// HSDS 3.0 JSON of the entries shown on one buurt's site, or of `all` for buurt nil (the portal).
    /// `pageURL` gives the absolute address of an entry's page (nil: none).
    public func hsdsJSON(for buurt: String?, pageURL: (KaartEntry) -> String? = { _ in nil }) -> String {
        let services = (buurt.map(entries(for:)) ?? all).map { entry in
            hsds.service(entry, page: pageURL(entry).map(JSONValue.string), areas: areaNames(of: entry))
        }
        return String(decoding: KaartHSDS.file(hsds.page(services)), as: UTF8.self)
    }

    /// The CSV export (with byte-order mark) of the entries shown on one buurt's site, or of `all` for buurt nil.
    public func csvData(for buurt: String?, pageURL: (KaartEntry) -> String? = { _ in nil }) -> Data {
        KaartCSV.data(
            buurt.map(entries(for:)) ?? all, settings: settings, today: today, pageURL: pageURL,
            areas: areaNames(of:))
    }
}
