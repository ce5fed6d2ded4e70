import BuurtCalendar
import BuurtCore
import Kaart
import Model
import YAML

/// The checks that need the settings, the kaart or every activity: the settings themselves, kaart entries,
/// known values and buurten, unique slugs. Also makes the activities of kaart schedules marked `agenda: true`.
struct AgendaCatalogueCheck {
    let settings: AgendaSettings
    let buurten: [Buurt]
    let today: Day
    let kaart: KaartCatalogue?
    var problems: [Diagnostic] = []

    init(settings: AgendaSettings, buurten: [Buurt], today: Day, kaart: KaartCatalogue?) {
        self.settings = settings
        self.buurten = buurten
        self.today = today
        self.kaart = kaart
    }

    // MARK: Settings

    mutating func checkSettings(_ node: YAMLNode?) {
        guard let node else { return }
        func location(_ path: NodePath) -> SourceLocation { node.node(at: path).location }
        if !Slug.isValid(settings.segment) {
            let suggestion = Slug.make(from: settings.segment)
            problems.append(
                .error(
                    at: location([.key("segment")]),
                    "agenda.segment '\(settings.segment)' cannot be used in a web address",
                    hint: "use lowercase letters, digits and hyphens, for example "
                        + "'\(suggestion.isEmpty ? "agenda" : suggestion)'"))
        }
        if !(1...52).contains(settings.weeks) {
            problems.append(
                .error(
                    at: location([.key("weeks")]), "agenda.weeks must be 1 to 52, found \(settings.weeks)",
                    hint: "6 shows the coming six weeks"))
        }
        if settings.reviewIntervalDays < 1 {
            problems.append(
                .error(
                    at: location([.key("review_interval_days")]), "agenda.review_interval_days must be 1 or more",
                    hint: "365 asks for a check once a year"))
        }
        var fields: [AgendaField: Int] = [:]
        var segments: [String: Int] = [:]
        for (index, facet) in settings.facets.enumerated() {
            let facetPath: NodePath = [.key("facets"), .index(index)]
            if let first = fields[facet.field] {
                problems.append(
                    .error(
                        at: location(facetPath + [.key("field")]),
                        "agenda.facets: field '\(facet.field.rawValue)' has two filters "
                            + "(also at position \(first + 1))",
                        hint: "keep one filter per field: categories or audiences"))
            } else {
                fields[facet.field] = index
            }
            let at = location(facetPath + [.key("segment")])
            let shown = NodePath([.key("agenda")]) + facetPath + [.key("segment")]
            if !Slug.isValid(facet.segment) {
                let suggestion = Slug.make(from: facet.segment)
                problems.append(
                    .error(
                        at: at, "\(shown) '\(facet.segment)' cannot be used in a web address",
                        hint: "use lowercase letters, digits and hyphens, for example "
                            + "'\(suggestion.isEmpty ? "onderwerp" : suggestion)'"))
            } else if facet.segment == AgendaSettings.printSegment {
                problems.append(
                    .error(
                        at: at, "\(shown) '\(AgendaSettings.printSegment)' is taken by the week sheet",
                        hint: "choose another segment, for example 'onderwerp'"))
            } else if let first = segments[facet.segment] {
                problems.append(
                    .error(
                        at: at,
                        "agenda.facets: segment '\(facet.segment)' is used twice (also at position \(first + 1))",
                        hint: "give each filter its own segment"))
            } else {
                segments[facet.segment] = index
            }
        }
    }

    // MARK: The kaart

    /// An activity for every schedule of a kaart entry marked `agenda: true` (entries the kaart hides for being
    /// long overdue give none). The first of an entry takes the entry's slug, the next ones `-2`, `-3`; with
    /// several, each title adds the schedule's note. The entry's closed dates on the schedule are cancelled.
    mutating func kaartActivities() -> [AgendaActivity] {
        guard let kaart else { return [] }
        var activities: [AgendaActivity] = []
        for entry in kaart.loaded where !kaart.isHidden(entry) {
            let marked = entry.schedules.filter(\.inAgenda)
            for (number, schedule) in marked.enumerated() {
                let here: NodePath = [.key("schedules"), .index(schedule.position)]
                guard let location = kaartScheduleLocation(entry, schedule, at: here) else { continue }
                var rule = schedule.recurrence
                if rule.frequency == .monthly && rule.interval > 1 && rule.validFrom == nil {
                    error(
                        entry, here + [.key("interval")],
                        "a schedule in the agenda every \(rule.interval) months needs 'valid_from' to tell which "
                            + "months",
                        hint: "add 'valid_from:' with a date in the first month it happens")
                    continue
                }
                let closed = rule.closedDates + entry.closed
                rule.closedDates = []
                let cancelled = Set(closed).sorted().filter { !rule.days(from: $0, through: $0).isEmpty }
                    .map { AgendaCancellation(day: $0, reason: "Gesloten") }
                var title = entry.name
                if marked.count > 1, let note = schedule.note { title += ": " + note }
                activities.append(
                    AgendaActivity(
                        sourcePath: entry.sourcePath, buurtSlug: entry.buurtSlug,
                        slug: number == 0 ? entry.slug : "\(entry.slug)-\(number + 1)", title: title,
                        summary: entry.summary, categories: entry.categories, audiences: entry.audiences,
                        serves: entry.serves, organiserEntry: entry, location: location, cost: entry.cost,
                        status: .running, reviewed: entry.reviewed, owner: entry.owner, timing: .recurring(rule),
                        cancelled: cancelled, frontMatterNode: entry.frontMatterNode, nodePath: here + [.key("agenda")],
                        kaartEntry: entry, whenNote: marked.count > 1 ? nil : schedule.note))
            }
        }
        return activities
    }

    /// The place of a kaart schedule in the agenda: its `location`, or the entry's only one.
    private mutating func kaartScheduleLocation(_ entry: KaartEntry, _ schedule: KaartSchedule, at here: NodePath)
        -> KaartLocation?
    {
        if let name = schedule.location, let location = entry.locations.first(where: { $0.name == name }) {
            return location
        }
        if entry.locations.count == 1 { return entry.locations[0] }
        let names = entry.locations.map { "'\($0.name)'" }.joined(separator: ", ")
        error(
            entry, here + [.key("agenda")], "a schedule in the agenda needs a location: people must know where to go",
            hint: entry.locations.isEmpty
                ? "add the place under 'locations:' of the entry"
                : "add 'location:' to the schedule with one of \(names)")
        return nil
    }

    private mutating func error(_ entry: KaartEntry, _ keys: NodePath, _ message: String, hint: String) {
        let at = entry.frontMatterNode?.node(at: keys).location ?? SourceLocation(file: entry.sourcePath)
        problems.append(.error(at: at, keys.message(message), hint: hint))
    }

    /// The activity with its kaart entries found (organiser, location); nil when they cannot be found.
    mutating func resolved(_ activity: AgendaActivity) -> AgendaActivity? {
        var activity = activity
        if let slug = activity.organiserReference {
            guard let kaart else { return nil }
            guard let entry = entry(slug, for: activity, at: [.key("organiser"), .key("kaart")], kaart: kaart) else {
                return nil
            }
            activity.organiserEntry = entry
            activity.organiserReference = nil
        }
        if let reference = activity.locationReference {
            guard let kaart else { return nil }
            let here: NodePath = [.key("location")]
            guard let entry = entry(reference.entry, for: activity, at: here + [.key("kaart")], kaart: kaart) else {
                return nil
            }
            let names = entry.locations.map { "'\($0.name)'" }.joined(separator: ", ")
            if let name = reference.name {
                guard let location = entry.locations.first(where: { $0.name == name }) else {
                    let suggestion = Suggestion.didYouMean(name, among: entry.locations.map(\.name))
                    error(
                        activity, here + [.key("name")],
                        "kaart entry '\(entry.slug)' has no location '\(name)'\(suggestion)",
                        hint: entry.locations.isEmpty
                            ? "the entry has no locations; write the address here instead"
                            : "use one of \(names)")
                    return nil
                }
                activity.location = location
            } else if entry.locations.count == 1 {
                activity.location = entry.locations[0]
            } else {
                error(
                    activity, here + [.key("kaart")],
                    entry.locations.isEmpty
                        ? "kaart entry '\(entry.slug)' has no location"
                        : "kaart entry '\(entry.slug)' has \(entry.locations.count) locations: say which one",
                    hint: entry.locations.isEmpty
                        ? "write the address here instead: name, address, postcode and place"
                        : "add 'name:' with one of \(names)")
                return nil
            }
            activity.locationReference = nil
        }
        return activity
    }

    /// The kaart entry `slug` as the activity means it: its own buurt's first, then a municipality-wide one, then
    /// the only one of that slug; nil (and a problem) when there is none or several could be meant.
    private mutating func entry(_ slug: String, for activity: AgendaActivity, at keys: NodePath, kaart: KaartCatalogue)
        -> KaartEntry?
    {
        let candidates = kaart.loaded.filter { $0.slug == slug }
        if let own = candidates.first(where: { $0.buurtSlug == activity.buurtSlug })
            ?? candidates.first(where: { $0.buurtSlug == nil })
        {
            return own
        }
        if candidates.count == 1 { return candidates[0] }
        if candidates.isEmpty {
            let suggestion = Suggestion.didYouMean(slug, among: Array(Set(kaart.loaded.map(\.slug))).sorted())
            error(
                activity, keys, "unknown kaart entry '\(slug)'\(suggestion)",
                hint: "use the file name (without .md) of an entry in content/kaart/ or a buurt's kaart/ folder")
        } else {
            error(
                activity, keys,
                "kaart entry '\(slug)' is in several buurten: "
                    + candidates.map(\.sourcePath).joined(separator: ", "),
                hint: "move the activity into the folder of the buurt whose entry it means")
        }
        return nil
    }

    private mutating func error(_ activity: AgendaActivity, _ keys: NodePath, _ message: String, hint: String) {
        let path = activity.nodePath + keys
        let at = activity.frontMatterNode?.node(at: path).location ?? SourceLocation(file: activity.sourcePath)
        problems.append(.error(at: at, path.message(message), hint: hint))
    }

    // MARK: Activities

    /// Categories and audiences from the shared lists, `serves` naming real buurten, `reviewed` not in the future.
    mutating func checkValues(of activity: AgendaActivity) {
        let node = activity.frontMatterNode
        // A kaart schedule's values are the kaart's, which checks them itself.
        if activity.kaartEntry == nil {
            for (key, field) in [("categories", AgendaField.categories), ("audiences", AgendaField.audiences)] {
                let allowed = settings.terms(for: field).map(\.value)
                for (index, value) in activity.values(for: field).enumerated() where !allowed.contains(value) {
                    let path: NodePath = [.key(key), .index(index)]
                    let at = node?[key]?[index]?.location ?? node?.location ?? SourceLocation(file: activity.sourcePath)
                    let byLabel = settings.terms(for: field).first { Slug.fold($0.label) == Slug.fold(value) }
                    let suggestion =
                        byLabel.map { " (did you mean '\($0.value)'?)" } ?? Suggestion.didYouMean(value, among: allowed)
                    problems.append(
                        .error(
                            at: at,
                            path.message(
                                "unknown \(field == .categories ? "category" : "audience") '\(value)'\(suggestion)"),
                            hint: allowed.isEmpty
                                ? "site.yml has no \(key) yet: add them there with a value and a label"
                                : "use a value from \(key) in site.yml: " + allowed.joined(separator: ", ")))
                }
            }
            if activity.reviewed > today {
                problems.append(
                    .warning(
                        at: node?["reviewed"]?.location ?? SourceLocation(file: activity.sourcePath),
                        "reviewed: \(activity.reviewed.dutchText) is after the build date (\(today.dutchText))",
                        hint: "write the date the information was actually checked"))
            }
            problems += activity.serves.problems(among: buurten, node: node?["serves"], file: activity.sourcePath)
        }
    }

    /// No two activities with one slug on one buurt site, nor one key in the municipality (the portal's address
    /// and the UID); no slug that is a filter's segment or the week sheet's folder.
    mutating func checkSlugs(_ activities: [AgendaActivity], served: [String: [String]]) {
        let reserved = Set(settings.facets.map(\.segment) + [AgendaSettings.printSegment])
        for activity in activities where reserved.contains(activity.slug) {
            let what =
                activity.slug == AgendaSettings.printSegment ? "the week sheet" : "a filter of the agenda"
            problems.append(
                .error(
                    at: slugLocation(activity),
                    "activity slug '\(activity.slug)' is taken by \(what): /\(settings.segment)/\(activity.slug)/",
                    hint: "rename the file"))
        }
        var reported = Set<[String]>()
        let inOrder = activities.sorted {
            ($0.buurtSlug == nil ? 0 : 1, $0.sourcePath, $0.slug) < (
                $1.buurtSlug == nil ? 0 : 1, $1.sourcePath, $1.slug
            )
        }
        var byKey: [String: AgendaActivity] = [:]
        for activity in inOrder {
            guard let first = byKey[activity.key] else {
                byKey[activity.key] = activity
                continue
            }
            reported.insert([first.sourcePath, activity.sourcePath])
            problems.append(
                .error(
                    at: slugLocation(activity),
                    "activity '\(activity.key)' is also made by \(first.sourcePath); both would be "
                        + "/\(settings.segment)/\(activity.key)/ on the portal, with the same calendar UID",
                    hint: "rename one of the files"))
        }
        for buurt in buurten {
            var bySlug: [String: AgendaActivity] = [:]
            // Shared activities first, so that the buurt's own is the one blamed.
            for activity in inOrder where (served[activity.key] ?? []).contains(buurt.slug) {
                guard let first = bySlug[activity.slug] else {
                    bySlug[activity.slug] = activity
                    continue
                }
                guard reported.insert([first.sourcePath, activity.sourcePath]).inserted else { continue }
                problems.append(
                    .error(
                        at: slugLocation(activity),
                        "activity slug '\(activity.slug)' is also used by \(first.sourcePath); both would be "
                            + "/\(settings.segment)/\(activity.slug)/ on the site of \(buurt.config.name)",
                        hint: "rename one of the files"))
            }
        }
    }

    private func slugLocation(_ activity: AgendaActivity) -> SourceLocation {
        guard activity.kaartEntry != nil else { return SourceLocation(file: activity.sourcePath) }
        return activity.frontMatterNode?.node(at: activity.nodePath).location
            ?? SourceLocation(file: activity.sourcePath)
    }
}
