import BuurtCalendar
import BuurtCore
import Foundation
import Model
import Testing
import YAML

/// The whole-site checks of the model: the municipality's shared lists, and the folders features take.
@Suite struct ContentValidatorTests {
    /// Loads a site written into a temporary folder and validates it; the problems as "path:line:col: message".
    func problems(
        _ files: [String: String], reserved: (SiteContent) -> [ReservedFolder] = { _ in [] },
        featureKeys: [String] = []
    ) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "buurtsite-model-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = [
            "site.yml": "name: Gemeente Test\ncbs_code: GM0001\ntheme: default\nbase_url: https://test.nl/buurten/",
            "content/buurten/noord/buurt.yml": "name: Noord\ntagline: Buren\nbase_url: https://test.nl/buurten/noord/",
        ].merging(files) { _, own in own }
        for (path, text) in site {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data((text + "\n").utf8).write(to: url)
        }
        let diagnostics = DiagnosticCollector()
        let loaded = ContentLoader(
            root: try SiteRoot(path: folder.path), diagnostics: diagnostics,
            today: Day("2026-11-22")!, featureKeys: featureKeys
        ).load()
        let content = try #require(loaded.content, "\(diagnostics.diagnostics)")
        ContentValidator(content: content, diagnostics: diagnostics, reservedFolders: reserved(content)).validate()
        return diagnostics.diagnostics.map { "\($0.location.map(\.description) ?? "-"): \($0.message)" }
    }

    @Test func sharedListsNeedValuesThatWorkInAnAddressEachOnceWithALabel() throws {
        let site = """
            name: Gemeente Test
            cbs_code: GM0001
            theme: default
            base_url: https://test.nl/buurten/
            categories:
              - value: zorg
                label: Zorg
              - value: Geld en Schulden
                label: Geld
              - value: zorg
                label: Zorg en welzijn
            audiences:
              - value: ouderen
                label: " "
            """
        #expect(
            try problems(["site.yml": site]) == [
                "site.yml:8:12: categories[2].value 'Geld en Schulden' cannot be used in a web address",
                "site.yml:10:12: categories: value 'zorg' is listed twice (also at position 1)",
                "site.yml:13:5: audiences[1] has an empty label",
            ])
    }

    @Test func termsMayHaveADescriptionButNotAnEmptyOne() throws {
        let site = """
            name: Gemeente Test
            cbs_code: GM0001
            theme: default
            base_url: https://test.nl/buurten/
            categories:
              - {value: zorg, label: Zorg, description: Hulp bij ziekte.}
              - {value: geld, label: Geld, description: " "}
            """
        let found = try problems(["site.yml": site])
        #expect(found == ["site.yml:7:45: categories[2] has an empty description"], "\(found)")
    }

    @Test func theProvinceCountryAndOpenDataContactAreChecked() throws {
        let base = "name: Gemeente Test\ncbs_code: GM0001\ntheme: default\nbase_url: https://test.nl/buurten/\n"
        #expect(try problems(["site.yml": base + "province: Gelderland\ncountry: NL"]) == [])
        #expect(try problems(["site.yml": base + "province: Fryslân"]) == [])
        #expect(
            try problems(["site.yml": base + "province: Noord Holland\ncountry: nl"]) == [
                "site.yml:6:10: country 'nl' is not a two-letter country code"
            ], "any province outside the Netherlands")
        #expect(
            try problems(["site.yml": base + "province: Noord Holland"]) == [
                "site.yml:5:11: 'Noord Holland' is not a province of the Netherlands (did you mean 'Noord-Holland'?)"
            ])
        #expect(
            try problems(["site.yml": base + "open_data:\n  license: CC0-1.0\n  contact: de gemeente"]) == [
                "site.yml:7:12: open_data.contact: 'de gemeente' is neither an e-mail address nor a web address"
            ])
        let open = try problems(
            ["site.yml": base + "open_data:\n  license: CC-BY-4.0\n  contact: https://test.nl/contact"])
        #expect(open == [])
    }

    @Test func aPageOrBuurtInAFeaturesFolderAndTwoFeaturesInOneFolderAreReported() throws {
        let at = SourceLocation(file: "site.yml", line: 1, column: 1)
        let found = try problems(
            [
                "content/buurten/noord/pages/agenda.md": "---\ntitle: Agenda\n---\nTekst",
                "content/buurten/agenda/buurt.yml":
                    "name: Agenda\ntagline: Buren\nbase_url: https://test.nl/buurten/agenda/",
            ],
            reserved: { _ in
                [
                    ReservedFolder(
                        segment: "agenda", owner: "agenda", setting: "agenda.segment", location: at,
                        portalUse: "the agenda's feed"),
                    ReservedFolder(segment: "agenda", owner: "prikbord", setting: "prikbord.segment", location: at),
                    ReservedFolder(segment: "assets", owner: "zoeken", setting: "zoeken.segment", location: at),
                ]
            })
        #expect(found.contains("site.yml:1:1: the prikbord and the agenda both use the folder 'agenda/'"))
        #expect(found.contains("site.yml:1:1: 'assets' is reserved for the build's own files"))
        #expect(
            found.contains(
                "content/buurten/noord/pages/agenda.md: page 'agenda/' would take the folder of the agenda ('agenda/')")
        )
        #expect(
            found.contains(
                "content/buurten/agenda: buurt folder 'agenda' would take the portal's folder of the agenda's feed"))
    }
}
