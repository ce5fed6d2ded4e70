import Features
import Foundation
import Pipeline
import Site
import Testing

/// Where the suite builds the example, once for all its tests.
private let exampleOutput = FileManager.default.temporaryDirectory.appendingPathComponent(
    "buurtsite-example-\(UUID().uuidString)")

/// Builds the repository's own example municipality and checks the real output files.
@Suite(.removedAfterwards(exampleOutput)) struct ExampleSiteTests {
    static let output = exampleOutput

    static let report: BuildReport = SiteBuilder(
        options: BuildOptions(root: TestSite.repository.path, output: output.path, strict: true), features: Features.all
    ).build()

    /// A file of the output; the first call builds the example (once for all tests of this suite).
    func read(_ path: String) -> String? {
        _ = Self.report
        return try? String(contentsOf: Self.output.appendingPathComponent(path), encoding: .utf8)
    }

    /// The path of an asset in a site's folder, named after its content: "site.css" → "assets/site.2020956c.css".
    func asset(_ name: String, site: String = "") -> String? {
        _ = Self.report
        return hashedAsset(name, in: Self.output.appendingPathComponent(site))
    }

    func buurten() throws -> [String] {
        try FileManager.default.contentsOfDirectory(
            atPath: TestSite.repository.appendingPathComponent("content/buurten").path
        ).sorted()
    }

    @Test func buildsWithoutErrorsOrWarnings() {
        #expect(Self.report.published, "\(Self.report.diagnostics.map(\.description))")
        #expect(Self.report.diagnostics.isEmpty)
        #expect(Self.report.buurten >= 3)
    }

    @Test func everyBuurtHasItsOwnCompleteSite() throws {
        for slug in try buurten() {
            let home = try #require(read("\(slug)/index.html"), "no home page for \(slug)")
            #expect(home.contains("<html lang=\"nl\">"))
            for file in ["404.html", "sitemap.xml", "privacy/index.html", "toegankelijkheid/index.html"] {
                #expect(read("\(slug)/\(file)") != nil, "\(slug) has no \(file)")
            }
            for name in ["tokens.css", "site.css"] {
                #expect(asset(name, site: slug + "/") != nil, "\(slug) has no \(name)")
            }
            let sitemap = try #require(read("\(slug)/sitemap.xml"))
            #expect(
                sitemap.components(separatedBy: "<url>").count - 1 >= 6,
                "\(slug) has at least 3 pages of its own and 3 shared ones")
        }
    }

    @Test func thePortalListsEveryPlatformByItsOwnName() throws {
        let portal = try #require(read("index.html"))
        for slug in try buurten() {
            let config = try String(
                contentsOf: TestSite.repository.appendingPathComponent("content/buurten/\(slug)/buurt.yml"),
                encoding: .utf8)
            let name = try #require(config.split(separator: "\n").first { $0.hasPrefix("name:") }).dropFirst(5)
                .trimmingCharacters(in: .whitespaces)
            #expect(portal.contains(">\(name)</a>"), "the portal lists \(name)")
        }
        #expect(read("toegankelijkheid/index.html") != nil, "the portal has its own accessibility statement")
    }

    @Test func aBuurtWithItsOwnAccentColourGetsItInItsTokens() throws {
        let basePath = try #require(asset("tokens.css")),
            ownPath = try #require(asset("tokens.css", site: "molenkamp/"))
        let base = try #require(read(basePath))
        let molenkamp = try #require(read("molenkamp/" + ownPath))
        #expect(molenkamp.contains("--basis-color-accent-1-bg-default: #8a3a14;"))
        #expect(!base.contains("#8a3a14"))
        #expect(read("molenkamp/media/logo.svg") != nil)
    }
}
