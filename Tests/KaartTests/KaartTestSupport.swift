import BuurtCalendar
import BuurtCore
import Foundation
import Model
import YAML

@testable import Kaart

/// A site folder in a temporary directory with kaart entry files.
final class KaartFixture {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("kaart-test-\(UUID().uuidString)")
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

    /// Loads a folder: the entries and every problem as "path:line:column: message".
    func load(_ folder: String = "content/kaart", buurt: String? = nil) -> (entries: [KaartEntry], problems: [String]) {
        let collector = DiagnosticCollector()
        let entries = KaartLoader(root: root, diagnostics: collector).load(folder: folder, buurt: buurt)
        return (entries, collector.diagnostics.map(brief))
    }
}

/// "file:line:column: message" (with "warning: " for warnings), as people read them.
func brief(_ diagnostic: Diagnostic) -> String {
    let severity = diagnostic.severity == .warning ? "warning: " : ""
    return "\(diagnostic.location.map(\.description) ?? "-"): \(severity)\(diagnostic.message)"
}

/// A complete, valid entry file. `extra` lines are added to the front matter; `without` keys are left out
/// (top-level lines starting with "key:" and, for blocks, their indented lines).
func entryFile(_ extra: String = "", without: Set<String> = [], body: String = "Kom langs met je kapotte spullen.")
    -> String
{
    let base = """
        name: Repair Café Beekdal
        summary: Samen kapotte spullen repareren.
        kind: informeel
        categories: [repareren, ontmoeten]
        audiences: [iedereen]
        organization:
          name: Stichting Repair Café Lindeveen
          website: https://www.example.nl
        locations:
          - name: Buurthuis De Beek
            address: Beekstraat 12
            postcode: 9999 AB
            place: Lindeveen
        reviewed: 2026-03-03
        owner: wegwijzer@lindeveen.nl
        """
    var lines: [String] = []
    var skipping = false
    for line in base.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.hasPrefix(" ") {
            if !skipping { lines.append(String(line)) }
            continue
        }
        let key = String(line.prefix { $0 != ":" })
        skipping = without.contains(key)
        if !skipping { lines.append(String(line)) }
    }
    let extraLines = extra.isEmpty ? "" : "\n" + extra
    return "---\n" + lines.joined(separator: "\n") + extraLines + "\n---\n" + body
}

/// Line of the first line of `extra` in `entryFile(extra, without:)`.
func extraLine(without: Set<String> = []) -> Int {
    entryFile("", without: without).split(separator: "\n", omittingEmptySubsequences: false).count - 1
}

/// Settings like the example municipality's.
let exampleSettings: KaartSettings = {
    var settings = KaartSettings(name: "Wegwijzer", segment: "wegwijzer")
    settings.reviewIntervalDays = 365
    settings.hideOverdueAfterDays = 730
    settings.categories = [
        Term(value: "zorg", label: "Zorg en gezondheid", description: "Hulp bij ziekte en om gezond te blijven."),
        Term(value: "ontmoeten", label: "Ontmoeten en meedoen"),
        Term(value: "repareren", label: "Repareren en duurzaam"),
        Term(value: "taal", label: "Taal en leren"),
    ]
    settings.audiences = [Term(value: "iedereen", label: "Iedereen"), Term(value: "ouderen", label: "Ouderen")]
    settings.publisher = KaartPublisher(
        name: "Gemeente Lindeveen", cbsCode: "GM9999", province: "Gelderland",
        openData: OpenDataSettings(license: .cc0, contact: "opendata@lindeveen.nl"))
    return settings
}()

let exampleBuurten = [
    makeBuurt(slug: "beekdal", name: "Beekdal Verbindt", cbsCodes: ["BU09990101"]),
    makeBuurt(slug: "molenkamp", name: "Molenkamp Samen", cbsCodes: ["BU09990201", "BU09990202"]),
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

/// A catalogue of these entries with the example settings; problems as `brief` strings.
func catalogue(
    _ entries: [KaartEntry], settings: KaartSettings = exampleSettings, today: String = "2026-05-01",
    settingsYAML: String? = nil
) -> (catalogue: KaartCatalogue, problems: [String]) {
    let collector = DiagnosticCollector()
    let node = settingsYAML.flatMap { try? YAMLParser.parse($0, file: "site.yml") }?["kaart"]
    let result = KaartCatalogue(
        entries: entries, settings: settings, settingsNode: node, buurten: exampleBuurten,
        today: day(today), diagnostics: collector)
    return (result, collector.diagnostics.map(brief))
}

/// A minimal valid entry made in code.
func makeEntry(
    _ slug: String, name: String? = nil, buurt: String? = nil, path: String? = nil,
    categories: [String] = ["zorg"], serves: Serves = .all, reviewed: String = "2026-03-03"
) -> KaartEntry {
    KaartEntry(
        sourcePath: path ?? (buurt.map { "content/buurten/\($0)/kaart/" } ?? "content/kaart/") + slug + ".md",
        buurtSlug: buurt, slug: slug, name: name ?? slug.capitalized, summary: "Iets voor de buurt.", kind: .formeel,
        categories: categories, organization: KaartOrganization(name: "Welzijn Lindeveen"),
        channels: [.telefoon], contact: KaartContact(phone: "0999 123 456"), serves: serves,
        reviewed: day(reviewed), owner: "wegwijzer@lindeveen.nl")
}
