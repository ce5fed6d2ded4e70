import BuurtCalendar
import BuurtCore
import Features
import Foundation
import Pipeline
import Site
import YAML

/// A small site in a temporary folder, using the repository's default theme, for end-to-end builds.
final class TestSite {
    /// The test's own temporary folder, removed with the test site: the site's root, and what a test puts outside the
    /// root (the target of a symlink that leads out of it).
    let folder: URL
    let root: URL
    var output: URL { root.appendingPathComponent("public") }

    /// The repository's own folder, found from this file's path.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("buurtsite-test-\(UUID().uuidString)")
        root = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("themes"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Self.repository.appendingPathComponent("themes/default"),
            to: root.appendingPathComponent("themes/default"))
        writeSiteConfig()
        write(
            "content/pages/privacy.md",
            """
            ---
            title: Privacy
            ---
            Wij verzamelen geen gegevens.
            """)
        write(
            "content/buurten/noord/buurt.yml",
            """
            name: Noord Samen
            tagline: Buren in Noord
            base_url: https://www.testdorp.nl/buurten/noord/
            connectors:
              - name: An de Vries
                email: an@example.org
            """)
        write(
            "content/buurten/noord/pages/over.md",
            """
            ---
            title: Over Noord
            menu: true
            ---
            ## Welkom

            Lees ook [privacy](../../../pages/privacy.md).
            """)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// The test site with a second buurt, Zuid, on a domain of its own beside Noord under www.testdorp.nl/buurten/;
    /// `zuid` (YAML lines, such as a `hosting:` section) is added to Zuid's buurt.yml.
    static func withZuidOnItsOwnDomain(zuid: String = "") throws -> TestSite {
        let site = try TestSite()
        site.write(
            "content/buurten/zuid/buurt.yml",
            """
            name: Zuid Verbindt
            tagline: Buren in Zuid
            base_url: https://zuidverbindt.nl
            """ + (zuid.isEmpty ? "" : "\n" + zuid))
        site.write("content/buurten/zuid/pages/over.md", "---\ntitle: Over Zuid\n---\nWelkom.")
        return site
    }

    /// The test municipality's site.yml, with `sections` (YAML lines, such as a feature's section) added at the end.
    func writeSiteConfig(_ sections: String = "") {
        write(
            "site.yml",
            """
            name: Gemeente Testdorp
            cbs_code: GM9998
            theme: default
            base_url: https://www.testdorp.nl/buurten/
            """ + (sections.isEmpty ? "" : "\n" + sections))
    }

    /// Writes a file, creating folders; text is written as UTF-8 with a final newline.
    func write(_ path: String, _ text: String) {
        write(path, Data((text + "\n").utf8))
    }

    func write(_ path: String, _ data: Data) {
        let url = root.appendingPathComponent(path)
        try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! data.write(to: url)
    }

    func remove(_ path: String) {
        try? FileManager.default.removeItem(at: root.appendingPathComponent(path))
    }

    /// Builds as on `today` (default 2026-11-22), so that kaart freshness does not change with the calendar.
    func build(
        _ buurten: [String] = [], strict: Bool = false, today: String = "2026-11-22", pdf: Bool = false,
        features: [any SiteFeature] = Features.all
    ) -> BuildReport {
        SiteBuilder(
            options: BuildOptions(
                root: root.path, output: output.path, buurten: buurten, strict: strict,
                today: Day(today)!, pdf: pdf), features: features
        ).build()
    }

    func read(_ path: String) -> String? {
        try? String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    /// The path of an asset in a site's folder ("" the portal, "noord/" a buurt) as the build named it after its
    /// content: "site.css" → "assets/site.2020956c.css"; nil when the folder has no such file.
    func asset(_ name: String, site: String = "") -> String? {
        hashedAsset(name, in: output.appendingPathComponent(site))
    }

    /// Every file of the output with its bytes, for comparing two builds.
    func snapshot() -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: output.path) else { return files }
        while let path = enumerator.nextObject() as? String {
            let url = output.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try? Data(contentsOf: url)
            }
        }
        return files
    }
}

extension BuildReport {
    /// The errors as the user sees them, one per line.
    var errorLines: [String] { diagnostics.filter { $0.severity == .error }.map(\.description) }
}

/// The path of an asset in a site folder, as the build named it after its content: "search/dutch-text.js" →
/// "assets/search/dutch-text.32d76426.js" when the folder has a file named so; nil otherwise.
func hashedAsset(_ name: String, in siteFolder: URL) -> String? {
    let (folder, file) = name.contains("/") ? (String(name.pathFolder) + "/", String(name.pathName)) : ("", name)
    guard let dot = file.lastIndex(of: ".") else { return nil }
    let stem = file[..<dot], ext = file[dot...]
    let files = (try? FileManager.default.contentsOfDirectory(atPath: siteFolder.path + "/assets/" + folder)) ?? []
    let hashed = files.first { candidate in
        candidate.hasPrefix(stem + ".") && candidate.hasSuffix(ext) && candidate.count == file.count + 9
            && candidate.dropFirst(stem.count + 1).prefix(8).allSatisfy(\.isHexDigit)
    }
    return hashed.map { "assets/" + folder + $0 }
}
