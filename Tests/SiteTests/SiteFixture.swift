import BuurtCalendar
import BuurtCore
import Foundation
import Model
import Site
import Theme
import YAML

/// A small site in a temporary folder with the repository's default theme, loaded into a `SiteRenderer`
/// without the pipeline: for testing what the site core renders.
final class SiteFixture {
    let directory: URL

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    init(_ files: [String: String] = [:]) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("buurtsite-site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("themes"),
            withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Self.repository.appendingPathComponent("themes/default"),
            to: directory.appendingPathComponent("themes/default"))
        let defaults = [
            "site.yml":
                "name: Gemeente Testdorp\ncbs_code: GM9998\ntheme: default\nbase_url: https://www.testdorp.nl/buurten/",
            "content/pages/privacy.md": "---\ntitle: Privacy\n---\nWij verzamelen geen gegevens.",
            "content/buurten/noord/buurt.yml":
                "name: Noord Samen\ntagline: Buren in Noord\nbase_url: https://www.testdorp.nl/buurten/noord/",
            "content/buurten/noord/pages/over.md": "---\ntitle: Over Noord\nmenu: true\n---\n## Welkom\n\nTekst.",
        ]
        for (path, text) in defaults.merging(files, uniquingKeysWith: { _, own in own }) {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data((text + "\n").utf8).write(to: url)
        }
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// The site's content and theme, and a renderer with these features' models; problems fail the test's setup.
    func renderer(features: [any FeatureModel] = [], featureKeys: [String] = []) throws -> SiteRenderer {
        let root = try SiteRoot(path: directory.path)
        let diagnostics = DiagnosticCollector()
        let loaded = ContentLoader(
            root: root, diagnostics: diagnostics, today: Day("2026-11-22")!,
            featureKeys: featureKeys
        ).load()
        guard let content = loaded.content, diagnostics.diagnostics.isEmpty else {
            throw DiagnosticList(diagnostics.diagnostics)
        }
        let theme = try ThemeLoader.load(named: content.municipality.theme, root: root)
        return SiteRenderer(content: content, theme: theme, features: features)
    }
}
