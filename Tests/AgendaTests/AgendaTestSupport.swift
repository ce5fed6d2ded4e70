import BuurtCalendar
import BuurtCore
import Foundation
import Kaart
import Model
import YAML

@testable import Agenda

/// A site folder in a temporary directory with activity files.
final class AgendaFixture {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-test-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func write(_ path: String, _ text: String) {
        let file = url.appendingPathComponent(path)
        try! FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! Data((text + "\n").utf8).write(to: file)
    }

    var root: SiteRoot { try! SiteRoot(path: url.path) }

    /// Loads a folder: the activities and every problem as "path:line:column: message".
    func load(_ folder: String = "content/agenda", buurt: String? = nil) -> (
        activities: [AgendaActivity], problems: [String]
    ) {
        let collector = DiagnosticCollector()
        let activities = AgendaLoader(root: root, diagnostics: collector).load(folder: folder, buurt: buurt)
        return (activities, collector.diagnostics.map(brief))
    }
}

/// "file:line:column: message" (with "warning: " for warnings), as people read them.
func brief(_ diagnostic: Diagnostic) -> String {
    let severity = diagnostic.severity == .warning ? "warning: " : ""
    return "\(diagnostic.location.map(\.description) ?? "-"): \(severity)\(diagnostic.message)"
}

/// The front matter of a valid weekly activity, with `extra` lines added and top-level `without` keys (and their
/// indented lines) left out; `body` after it.
func activityFile(_ extra: String = "", without: Set<String> = [], body: String = "Kom gerust langs.") -> String {
    let base = """
        title: Taalcafé
        summary: Oefen Nederlands bij een kop koffie.
        categories: [taal, ontmoeten]
        audiences: [nieuwkomers]
        location:
          name: Wijkhuiskamer De Molensteen
          address: Wiekenstraat 14
          postcode: 9992 BN
          place: Lindeveen
        reviewed: 2026-11-01
        owner: taalhuis@lindeveen.nl
        """
    var lines: [String] = []
    var skipping = false
    for line in base.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.hasPrefix(" ") {
            if !skipping { lines.append(String(line)) }
            continue
        }
        skipping = without.contains(String(line.prefix { $0 != ":" }))
        if !skipping { lines.append(String(line)) }
    }
    return "---\n" + lines.joined(separator: "\n") + (extra.isEmpty ? "" : "\n" + extra) + "\n---\n" + body
}

/// Line of the first line of `extra` in `activityFile(extra, without:)`.
func extraLine(without: Set<String> = []) -> Int {
    activityFile("", without: without).split(separator: "\n", omittingEmptySubsequences: false).count - 1
}

/// "schedule:" lines of a weekly activity on Thursday evening.
let thursdays = """
    schedule:
      freq: weekly
      byday: [TH]
      start: "19:00"
      end: "21:00"
    """

/// One activity file's activity and problems: `content/agenda/<name>.md`.
func load(_ text: String, name: String = "taalcafe", buurt: String? = nil) -> (
    activity: AgendaActivity?, problems: [String]
) {
    let fixture = AgendaFixture()
    let folder = buurt.map { "content/buurten/\($0)/agenda" } ?? "content/agenda"
    fixture.write("\(folder)/\(name).md", text)
    let (activities, problems) = fixture.load(folder, buurt: buurt)
    return (activities.first, problems)
}

/// Settings like the example municipality's.
let exampleSettings: AgendaSettings = {
    var settings = AgendaSettings()
    settings.categories = [
        Term(value: "ontmoeten", label: "Ontmoeten en meedoen"), Term(value: "taal", label: "Taal en leren"),
        Term(value: "repareren", label: "Repareren en duurzaam"), Term(value: "wonen", label: "Wonen en buurt"),
    ]
    settings.audiences = [
        Term(value: "iedereen", label: "Iedereen"), Term(value: "ouderen", label: "Ouderen"),
        Term(value: "nieuwkomers", label: "Nieuwkomers"),
    ]
    return settings
}()

let exampleBuurten = [
    makeBuurt(slug: "beekdal", name: "Beekdal Verbindt", cbsCodes: ["BU09990101"]),
    makeBuurt(slug: "molenkamp", name: "Hart van Molenkamp", cbsCodes: ["BU09990201"]),
]

/// A buurt as its buurt.yml would give it.
func makeBuurt(slug: String, name: String, cbsCodes: [String]) -> Buurt {
    let path = "content/buurten/\(slug)/buurt.yml"
    let yaml =
        "name: \(name)\ntagline: Buren\nbase_url: https://www.lindeveen.nl/buurten/\(slug)/\n"
        + "cbs_codes: [\(cbsCodes.joined(separator: ", "))]"
    let node = try! YAMLParser.parse(yaml, file: path)!
    return Buurt(
        slug: slug, folder: "content/buurten/\(slug)",
        config: try! YAMLDecoder().decode(BuurtConfig.self, from: node), configNode: node)
}

func day(_ text: String) -> Day { Day(text)! }

func time(_ text: String) -> TimeOfDay { TimeOfDay(text)! }

/// A catalogue of these activities with the example settings, on `today`; problems as `brief` strings.
func catalogue(
    _ activities: [AgendaActivity], kaart: KaartCatalogue? = nil, settings: AgendaSettings = exampleSettings,
    today: String = "2026-11-22", settingsYAML: String? = nil
) -> (catalogue: AgendaCatalogue, problems: [String]) {
    let collector = DiagnosticCollector()
    let node = settingsYAML.flatMap { try? YAMLParser.parse($0, file: "site.yml") }?["agenda"]
    let result = AgendaCatalogue(
        activities: activities, kaart: kaart, settings: settings, settingsNode: node, buurten: exampleBuurten,
        today: day(today), host: "www.lindeveen.nl", diagnostics: collector)
    return (result, collector.diagnostics.map(brief))
}

let molensteen = KaartLocation(
    name: "Wijkhuiskamer De Molensteen", address: "Wiekenstraat 14", postcode: "9992 BN", place: "Lindeveen")

/// An activity made in code: weekly on `days` from 19:00 to 21:00 unless `timing` says otherwise.
func makeActivity(
    _ slug: String, title: String? = nil, buurt: String? = nil, timing: AgendaTiming? = nil,
    categories: [String] = ["taal"], audiences: [String] = ["iedereen"], serves: Serves = .all,
    status: AgendaStatus = .running, cancelled: [AgendaCancellation] = [], moved: [AgendaMove] = [],
    extra: [AgendaExtra] = [], reviewed: String = "2026-11-01"
) -> AgendaActivity {
    AgendaActivity(
        sourcePath: (buurt.map { "content/buurten/\($0)/agenda/" } ?? "content/agenda/") + slug + ".md",
        buurtSlug: buurt, slug: slug, title: title ?? slug.capitalized, summary: "Iets voor de buurt.",
        categories: categories, audiences: audiences, serves: serves, organiser: "Welzijn Lindeveen",
        location: molensteen, status: status, reviewed: day(reviewed), owner: "agenda@lindeveen.nl",
        timing: timing ?? .recurring(weeklyRule([.thursday])), cancelled: cancelled, moved: moved, extra: extra)
}

func weeklyRule(
    _ days: [Weekday], _ start: String = "19:00", _ end: String = "21:00", interval: Int = 1, from: String? = nil,
    to: String? = nil
) -> Recurrence {
    Recurrence(
        frequency: .weekly, interval: interval, byDay: days.map { ByDay(weekday: $0) }, startTime: time(start),
        endTime: time(end), validFrom: from.map(day), validTo: to.map(day))
}

func monthlyRule(
    _ days: [String], _ start: String = "10:00", _ end: String = "13:00", interval: Int = 1, from: String? = nil,
    to: String? = nil
) -> Recurrence {
    Recurrence(
        frequency: .monthly, interval: interval, byDay: days.map { ByDay($0)! }, startTime: time(start),
        endTime: time(end), validFrom: from.map(day), validTo: to.map(day))
}

extension AgendaOccurrence {
    /// "2026-12-03T19:00" or "2026-12-19" (all day), with " x" when cancelled.
    var brief: String {
        (allDay ? day.description : "\(day)T\(start.time)") + (isCancelled ? " x" : "")
    }
}
