import BuurtCalendar
import BuurtCore
import Foundation
import Kaart
import Model
import YAML

/// Every activity, with the kaart's schedules marked `agenda: true` among them, the links to the kaart
/// resolved and the cross-checks done (known categories, audiences, buurten and kaart entries; unique slugs).
public struct AgendaCatalogue: Sendable {
    public let settings: AgendaSettings
    /// The day the build is for: the agenda shows the weeks from it.
    public let today: Day
    /// The buurt platforms, in the order given.
    public let buurten: [Buurt]
    /// The host of the municipality's `base_url`, for UIDs: "www.lindeveen.nl".
    public let host: String
    /// The kaart, for links to its entries; nil when it could not be loaded.
    public let kaart: KaartCatalogue?
    /// Every activity that could be used, sorted by title.
    public let loaded: [AgendaActivity]
    /// Activity key → slugs of the buurten whose sites show it (in the order of `buurten`).
    private let served: [String: [String]]
    /// Every activity shown on some buurt site: the portal's, sorted by title.
    public let all: [AgendaActivity]
    /// Buurt slug → the activities on its site, sorted by title.
    private let byBuurt: [String: [AgendaActivity]]
    /// Activity key → its occurrences in the agenda's weeks, worked out once for every site that shows it.
    private let inWindow: [String: [AgendaOccurrence]]
    /// Activity key → its next ten occurrences from the build's day on.
    private let upcoming: [String: [AgendaOccurrence]]

    /// Checks what needs all activities, the settings and the kaart; problems go to `diagnostics`.
    /// `settingsNode` is the `agenda:` node of site.yml (nil when absent), for locations of settings errors.
    public init(
        activities: [AgendaActivity], kaart: KaartCatalogue?, settings: AgendaSettings, settingsNode: YAMLNode?,
        buurten: [Buurt], today: Day, host: String, diagnostics: DiagnosticCollector
    ) {
        self.settings = settings
        self.today = today
        self.buurten = buurten
        self.host = host
        self.kaart = kaart
        var check = AgendaCatalogueCheck(settings: settings, buurten: buurten, today: today, kaart: kaart)
        check.checkSettings(settingsNode)
        var usable: [AgendaActivity] = []
        for activity in activities + check.kaartActivities() {
            guard let resolved = check.resolved(activity) else { continue }
            check.checkValues(of: resolved)
            usable.append(resolved)
        }
        loaded = usable.sorted(by: AgendaCatalogue.displayOrder)
        var served: [String: [String]] = [:]
        for activity in loaded {
            served[activity.key] = activity.serves.buurten(among: buurten, ownBuurt: activity.buurtSlug)
        }
        check.checkSlugs(loaded, served: served)
        self.served = served
        diagnostics.add(contentsOf: check.problems)
        let shown = loaded.filter { !(served[$0.key] ?? []).isEmpty }
        all = shown
        var byBuurt: [String: [AgendaActivity]] = [:]
        for activity in shown {
            for buurt in served[activity.key] ?? [] { byBuurt[buurt, default: []].append(activity) }
        }
        self.byBuurt = byBuurt
        let (first, last) = (today, today.adding(days: 7 * max(1, settings.weeks) - 1))
        let occurrences = shown.parallelMap { activity in
            (activity.occurrences(from: first, through: last, today: today), activity.nextOccurrences(10, today: today))
        }
        inWindow = Dictionary(zip(shown.map(\.key), occurrences.map(\.0)), uniquingKeysWith: { a, _ in a })
        upcoming = Dictionary(zip(shown.map(\.key), occurrences.map(\.1)), uniquingKeysWith: { a, _ in a })
    }

    /// The activity's occurrences in the agenda's weeks (`firstDay` through `lastDay`), cancelled ones too.
    public func windowOccurrences(of activity: AgendaActivity) -> [AgendaOccurrence] {
        inWindow[activity.key] ?? []
    }

    /// The activity's next ten occurrences from the build's day on, cancelled ones too.
    public func nextOccurrences(of activity: AgendaActivity) -> [AgendaOccurrence] {
        upcoming[activity.key] ?? []
    }

    /// Titles in the order people look them up: diacritics and case ignored, then the key.
    static func displayOrder(_ a: AgendaActivity, _ b: AgendaActivity) -> Bool {
        let (foldedA, foldedB) = (Slug.fold(a.title), Slug.fold(b.title))
        return foldedA != foldedB ? foldedA < foldedB : a.key < b.key
    }

    // MARK: What is shown

    /// Every activity on this buurt's site, stopped and past ones included (each keeps its page).
    public func activities(for buurt: String) -> [AgendaActivity] {
        byBuurt[buurt] ?? []
    }

    /// Slugs of the buurten whose sites show the activity.
    public func servedBuurten(of activity: AgendaActivity) -> [String] {
        served[activity.key] ?? []
    }

    /// The first day the agenda shows: the build's day.
    public var firstDay: Day { today }

    /// The last day the agenda shows: `weeks` weeks from the build's day, that day included.
    public var lastDay: Day { today.adding(days: 7 * max(1, settings.weeks) - 1) }

    // MARK: Report

    /// The day by which an activity must be checked again.
    public func reviewDue(_ activity: AgendaActivity) -> Day {
        activity.reviewed.adding(days: settings.reviewIntervalDays)
    }

    /// Activities in files of the agenda past their review date, oldest review first. Kaart schedules are left
    /// out: the kaart reports its own entries.
    public var overdue: [AgendaActivity] {
        loaded.filter { $0.kaartEntry == nil && today > reviewDue($0) }
            .sorted { ($0.reviewed, $0.sourcePath) < ($1.reviewed, $1.sourcePath) }
    }

    /// Activities that are over: a one-off whose last day has passed, a rule whose `valid_to` has passed.
    public var over: [AgendaActivity] {
        loaded.filter { $0.isOver(today: today) }
            .sorted { ($0.lastDay ?? today, $0.sourcePath) < ($1.lastDay ?? today, $1.sourcePath) }
    }

    /// "content/agenda/kerstmarkt.md: Kerstmarkt — afgelopen op 13 december 2026; beheerder a@b.nl".
    public var overReport: [String] {
        over.map { activity in
            let ended =
                activity.isRecurring
                ? "herhaling liep tot en met \(activity.lastDay?.dutchText ?? "")"
                : "afgelopen op \(activity.lastDay?.dutchText ?? "")"
            return "\(activity.sourcePath): \(activity.title) — \(ended); beheerder \(activity.owner)"
        }
    }

    /// "content/agenda/taalcafe.md: Taalcafé — gecontroleerd op 3 maart 2025, te controleren sinds 3 maart 2026;
    /// beheerder a@b.nl".
    public var overdueReport: [String] {
        overdue.map { activity in
            "\(activity.sourcePath): \(activity.title) — gecontroleerd op \(activity.reviewed.dutchText), "
                + "te controleren sinds \(reviewDue(activity).dutchText); beheerder \(activity.owner)"
        }
    }
}
