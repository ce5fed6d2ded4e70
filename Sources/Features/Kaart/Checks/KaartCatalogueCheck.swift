import BuurtCalendar
import BuurtCore
import Model
import YAML

/// The checks that need the settings and every entry: settings themselves, known values, buurten, unique slugs.
struct KaartCatalogueCheck {
    let settings: KaartSettings
    let buurten: [Buurt]
    let today: Day
    var problems: [Diagnostic] = []

    init(settings: KaartSettings, buurten: [Buurt], today: Day) {
        self.settings = settings
        self.buurten = buurten
        self.today = today
    }

    /// The name of the export folder; no entry or facet may take it.
    static let openData = "open-data"

    // MARK: Settings

    mutating func checkSettings(_ node: YAMLNode?) {
        guard let node else { return }
        func location(_ path: NodePath) -> SourceLocation { node.node(at: path).location }
        if !Slug.isValid(settings.segment) {
            problems.append(
                .error(
                    at: location([.key("segment")]),
                    "kaart.segment '\(settings.segment)' cannot be used in a web address",
                    hint:
                        "use lowercase letters, digits and hyphens, for example "
                        + "'\(suggestedSlug(settings.segment, fallback: "kaart"))'"
                ))
        }
        if settings.reviewIntervalDays < 1 {
            problems.append(
                .error(
                    at: location([.key("review_interval_days")]), "kaart.review_interval_days must be 1 or more",
                    hint: "365 asks for a check once a year"))
        }
        if let hide = settings.hideOverdueAfterDays, hide < 0 {
            problems.append(
                .error(
                    at: location([.key("hide_overdue_after_days")]), "kaart.hide_overdue_after_days cannot be negative",
                    hint: "0 hides entries as soon as they are overdue; leave it out to never hide them"))
        }
        if settings.csvSeparator != ";" && settings.csvSeparator != "," {
            problems.append(
                .error(
                    at: location([.key("csv_separator")]), "kaart.csv_separator must be \";\" or \",\"",
                    hint: "\";\" opens directly in a Dutch spreadsheet; write it in quotes: csv_separator: \";\""))
        }
        var fields: [KaartField: Int] = [:]
        var segments: [String: Int] = [:]
        for (index, facet) in settings.facets.enumerated() {
            let facetPath: NodePath = [.key("facets"), .index(index)]
            if let first = fields[facet.field] {
                problems.append(
                    .error(
                        at: location(facetPath + [.key("field")]),
                        "kaart.facets: field '\(facet.field.rawValue)' has two filters (also at position \(first + 1))",
                        hint: "keep one filter per field: categories, audiences or kind"))
            } else {
                fields[facet.field] = index
            }
            let segmentPath = facetPath + [.key("segment")]
            let at = location(segmentPath)
            // Messages name the whole path in site.yml.
            let shown = NodePath([.key("kaart")]) + segmentPath
            if !Slug.isValid(facet.segment) {
                problems.append(
                    .error(
                        at: at, "\(shown) '\(facet.segment)' cannot be used in a web address",
                        hint:
                            "use lowercase letters, digits and hyphens, for example "
                            + "'\(suggestedSlug(facet.segment, fallback: "onderwerp"))'"
                    ))
            } else if facet.segment == KaartCatalogueCheck.openData {
                problems.append(
                    .error(
                        at: at, "\(shown) 'open-data' is taken by the downloads",
                        hint: "choose another segment, for example '\(Self.defaultSegment(of: facet.field))'"
                    ))
            } else if let first = segments[facet.segment] {
                problems.append(
                    .error(
                        at: at,
                        "kaart.facets: segment '\(facet.segment)' is used twice (also at position \(first + 1))",
                        hint: "give each filter its own segment"))
            } else {
                segments[facet.segment] = index
            }
        }
    }

    /// The segment the default filter on this field has: a free one to suggest.
    static func defaultSegment(of field: KaartField) -> String {
        KaartFacet.defaults.first { $0.field == field }?.segment ?? "onderwerp"
    }

    private func suggestedSlug(_ text: String, fallback: String) -> String {
        let slug = Slug.make(from: text)
        return slug.isEmpty ? fallback : slug
    }

    // MARK: Entries

    /// Categories and audiences from the settings, `serves` naming real buurten.
    mutating func checkValues(of entry: KaartEntry) {
        let node = entry.frontMatterNode
        for (key, field) in [("categories", KaartField.categories), ("audiences", KaartField.audiences)] {
            let allowed = settings.terms(for: field).map(\.value)
            for (index, value) in entry.values(for: field).enumerated() where !allowed.contains(value) {
                let path: NodePath = [.key(key), .index(index)]
                let at = node?[key]?[index]?.location ?? node?.location ?? SourceLocation(file: entry.sourcePath)
                let byLabel = settings.terms(for: field).first { Slug.fold($0.label) == Slug.fold(value) }
                let suggestion =
                    byLabel.map { " (did you mean '\($0.value)'?)" } ?? Suggestion.didYouMean(value, among: allowed)
                let hint =
                    allowed.isEmpty
                    ? "site.yml has no \(key) yet: add them there with a value and a label"
                    : "use a value from \(key) in site.yml: " + allowed.joined(separator: ", ")
                problems.append(
                    .error(
                        at: at,
                        path.message(
                            "unknown \(field == .categories ? "category" : "audience") '\(value)'\(suggestion)"),
                        hint: hint))
            }
        }
        if entry.reviewed > today {
            problems.append(
                .warning(
                    at: node?["reviewed"]?.location ?? SourceLocation(file: entry.sourcePath),
                    "reviewed: \(entry.reviewed.dutchText) is after the build date (\(today.dutchText))",
                    hint: "write the date the information was actually checked"))
        }
        problems += entry.serves.problems(among: buurten, node: node?["serves"], file: entry.sourcePath)
    }

    /// The buurten whose sites show the entry: its own buurt, every buurt, or those it names.
    func servedBuurten(of entry: KaartEntry) -> [String] {
        entry.serves.buurten(among: buurten, ownBuurt: entry.buurtSlug)
    }

    /// No two entries with one slug on one buurt site; no slug that is a filter's segment or "open-data".
    mutating func checkSlugs(_ entries: [KaartEntry], served: [String: [String]]) {
        let reserved = Set(settings.facets.map(\.segment) + [KaartCatalogueCheck.openData])
        for entry in entries where reserved.contains(entry.slug) {
            let what = entry.slug == KaartCatalogueCheck.openData ? "the downloads" : "a filter of the kaart"
            problems.append(
                .error(
                    at: slugLocation(entry),
                    "entry slug '\(entry.slug)' is taken by \(what): /\(settings.segment)/\(entry.slug)/",
                    hint: "rename the file or set another 'slug:' in the front matter"))
        }
        var reported = Set<[String]>()
        for buurt in buurten {
            var bySlug: [String: KaartEntry] = [:]
            // Shared entries first, so the buurt's own entry is the one blamed.
            let shown = entries.filter { (served[$0.sourcePath] ?? []).contains(buurt.slug) }
                .sorted { ($0.buurtSlug == nil ? 0 : 1, $0.sourcePath) < ($1.buurtSlug == nil ? 0 : 1, $1.sourcePath) }
            for entry in shown {
                guard let first = bySlug[entry.slug] else {
                    bySlug[entry.slug] = entry
                    continue
                }
                guard reported.insert([first.sourcePath, entry.sourcePath]).inserted else { continue }
                problems.append(
                    .error(
                        at: slugLocation(entry),
                        "entry slug '\(entry.slug)' is also used by \(first.sourcePath); both would be "
                            + "/\(settings.segment)/\(entry.slug)/ on the site of \(buurt.config.name)",
                        hint: "rename one of the files or set 'slug:' in its front matter"))
            }
        }
    }

    private func slugLocation(_ entry: KaartEntry) -> SourceLocation {
        entry.frontMatterNode?["slug"]?.location ?? SourceLocation(file: entry.sourcePath)
    }
}
