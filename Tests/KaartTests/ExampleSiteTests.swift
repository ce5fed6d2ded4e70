import BuurtCalendar
import BuurtCore
import Foundation
import Model
import Testing
import YAML

@testable import Kaart

/// The repository's example municipality: its kaart must load without problems.
@Suite struct ExampleKaartTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func theExampleKaartLoadsWithoutProblems() throws {
        let root = try SiteRoot(path: Self.repository.path)
        let collector = DiagnosticCollector()
        let site = try #require(try YAMLParser.parse(root.read("site.yml").text, file: "site.yml"))
        let settingsNode = try #require(site["kaart"])
        var settings = try YAMLDecoder().decode(KaartSettings.self, from: settingsNode)
        let municipality = try FeatureSections.decoder(
            allowing: ["kaart", "agenda", "toolkit", "search", "security_txt", "accessibility"]).decode(
                MunicipalityConfig.self, from: site)
        settings.categories = municipality.categories
        settings.audiences = municipality.audiences
        settings.publisher = KaartPublisher(municipality)
        let loader = KaartLoader(root: root, diagnostics: collector)
        var entries = loader.load(folder: "content/kaart", buurt: nil)
        var buurten: [Buurt] = []
        for slug in root.entries(of: "content/buurten") where root.isFile("content/buurten/\(slug)/buurt.yml") {
            let config = try #require(
                try YAMLParser.parse(
                    root.read("content/buurten/\(slug)/buurt.yml").text,
                    file: "content/buurten/\(slug)/buurt.yml"))
            buurten.append(
                Buurt(
                    slug: slug, folder: "content/buurten/\(slug)",
                    config: try FeatureSections.decoder(
                        allowing: ["kaart", "agenda", "toolkit", "security_txt", "accessibility"])
                        .decode(BuurtConfig.self, from: config),
                    configNode: config))
            entries += loader.load(folder: "content/buurten/\(slug)/kaart", buurt: slug)
        }
        let kaart = KaartCatalogue(
            entries: entries, settings: settings, settingsNode: settingsNode, buurten: buurten,
            today: Day("2026-06-01")!, diagnostics: collector)
        #expect(collector.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        #expect(KaartOpenDataCheck.problems(kaart, siteNode: site).isEmpty, "province, licence and contact are set")
        #expect(!kaart.all.isEmpty)
        for buurt in buurten {
            #expect(!kaart.entries(for: buurt.slug).isEmpty, "buurt \(buurt.slug) has no kaart entries")
        }
        #expect(try JSONSerialization.jsonObject(with: Data(kaart.hsdsJSON(for: nil).utf8)) is [String: Any])
    }
}
