import Foundation
import Pipeline
import Testing

/// Every kind of bad input gives an error at file:line:column, fails the build and leaves the
/// previous output exactly as it was.
@Suite struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let change: @Sendable (TestSite) -> Void
        /// The start of the expected error line: "path:line:col: error: message".
        let expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "YAML syntax error",
            change: {
                $0.write(
                    "content/buurten/noord/buurt.yml",
                    "name: Noord Samen\ntagline: [niet gesloten\nbase_url: https://x.nl/")
            }, expected: "content/buurten/noord/buurt.yml:3:"),
        Case(
            name: "unknown key",
            change: {
                $0.write(
                    "content/buurten/noord/buurt.yml", "name: Noord Samen\ntaglin: Buren\nbase_url: https://x.nl/noord/"
                )
            }, expected: "content/buurten/noord/buurt.yml:2:1: error: unknown key 'taglin' (did you mean 'tagline'?)"),
        Case(
            name: "wrong type",
            change: {
                $0.write("content/buurten/noord/pages/over.md", "---\ntitle: Over\nmenu: misschien\n---\nTekst")
            }, expected: "content/buurten/noord/pages/over.md:3:7: error:"),
        Case(
            name: "unclosed front matter",
            change: {
                $0.write("content/buurten/noord/pages/over.md", "---\ntitle: Over\n\nTekst zonder einde")
            }, expected: "content/buurten/noord/pages/over.md:1:1: error: front matter is not closed"),
        Case(
            name: "duplicate platform name",
            change: {
                $0.write(
                    "content/buurten/zuid/buurt.yml",
                    "name: noord  samen\ntagline: Ook Noord\nbase_url: https://www.testdorp.nl/buurten/zuid/")
            },
            expected:
                "content/buurten/zuid/buurt.yml:1:7: error: platform name 'noord  samen' is already used by "
                + "content/buurten/noord/buurt.yml:1:7"
        ),
        // The address is compared normalised and without case, but quoted as written.
        Case(
            name: "duplicate address",
            change: {
                $0.write(
                    "content/buurten/zuid/buurt.yml",
                    "name: Zuid Samen\ntagline: Ook Noord\nbase_url: https://www.testdorp.nl/buurten/Noord//")
            },
            expected: "content/buurten/zuid/buurt.yml:3:11: error: address 'https://www.testdorp.nl/buurten/Noord//'"
                + " is already used by content/buurten/noord/buurt.yml:3:11"),
        Case(
            name: "not a web address",
            change: {
                $0.write(
                    "content/buurten/noord/buurt.yml",
                    "name: Noord Samen\ntagline: Buren\nbase_url: www.testdorp.nl/noord")
            }, expected: "content/buurten/noord/buurt.yml:3:11: error: 'www.testdorp.nl/noord' is not a web address"),
        Case(
            name: "duplicate slug",
            change: {
                $0.write("content/buurten/noord/pages/anders.md", "---\ntitle: Anders\nslug: over\n---\nTekst")
            },
            expected:
                "content/buurten/noord/pages/anders.md:3:7: error: page 'over/' is also made from "
                + "content/buurten/noord/pages/over.md"
        ),
        Case(
            name: "link to a missing page",
            change: {
                $0.write("content/buurten/noord/pages/over.md", "---\ntitle: Over\n---\nZie [de agenda](agenda.md).")
            },
            expected:
                "content/buurten/noord/pages/over.md:4:5: error: link to a missing page: "
                + "content/buurten/noord/pages/agenda.md"
        ),
        Case(
            name: "image without alt text",
            change: {
                $0.write("content/buurten/noord/pages/plein.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                $0.write("content/buurten/noord/pages/over.md", "---\ntitle: Over\n---\nHet plein:\n\n![](plein.svg)")
            }, expected: "content/buurten/noord/pages/over.md:6:1: error: image has no alt text"),
        Case(
            name: "image file missing",
            change: {
                $0.write("content/buurten/noord/pages/over.md", "---\ntitle: Over\n---\n![Het plein](plein.jpg)")
            },
            expected:
                "content/buurten/noord/pages/over.md:4:1: error: image not found: content/buurten/noord/pages/plein.jpg"
        ),
        Case(
            name: "non-UTF-8 text",
            change: {
                $0.write(
                    "content/buurten/noord/pages/over.md",
                    Data("---\ntitle: Caf".utf8) + Data([0xE9]) + Data("\n---\n".utf8))
            }, expected: "content/buurten/noord/pages/over.md:2:11: error: file is not valid UTF-8"),
        Case(
            name: "buurtverbinder's e-mail address",
            change: {
                $0.write(
                    "content/buurten/noord/buurt.yml",
                    "name: Noord Samen\ntagline: Buren\nbase_url: https://x.nl/noord/\n"
                        + "connectors:\n  - name: An\n    email: an@voorbeeld"
                )
            }, expected: "content/buurten/noord/buurt.yml:6:12: error: 'an@voorbeeld' is not an e-mail address"),
        Case(
            name: "page in the kaart's folder",
            change: {
                $0.write("content/buurten/noord/pages/kaart.md", "---\ntitle: Kaart\n---\nTekst")
            },
            expected:
                "content/buurten/noord/pages/kaart.md: error: page 'kaart/' would take the folder of the kaart "
                + "('kaart/')"
        ),
        Case(
            name: "page in the toolkit's folder",
            change: {
                $0.write("content/pages/anders.md", "---\ntitle: Anders\nslug: toolkit\n---\nTekst")
            },
            expected:
                "content/pages/anders.md:3:7: error: page 'toolkit/' would take the folder of the toolkit "
                + "('toolkit/')"),
        Case(
            name: "empty file",
            change: {
                $0.write("content/buurten/noord/pages/leeg.md", Data())
            }, expected: "content/buurten/noord/pages/leeg.md:1:1: error: file is empty"),
        Case(
            name: "symlink out of the root",
            change: { site in
                let outside = site.folder.appendingPathComponent("geheim.md")
                try! Data("---\ntitle: Geheim\n---\nGeheim".utf8).write(to: outside)
                try! FileManager.default.createSymbolicLink(
                    at: site.root.appendingPathComponent("content/buurten/noord/pages/geheim.md"),
                    withDestinationURL: outside)
            }, expected: "content/buurten/noord/pages/geheim.md: error: symlink points outside the site root"),
        Case(
            name: "symlinked folder out of the root",
            change: { site in
                let outside = site.folder.appendingPathComponent("elders")
                try! FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
                try! Data("---\ntitle: Elders\n---\nTekst".utf8).write(to: outside.appendingPathComponent("elders.md"))
                try! FileManager.default.createSymbolicLink(
                    at: site.root.appendingPathComponent("content/buurten/noord/pages/elders"),
                    withDestinationURL: outside)
            }, expected: "content/buurten/noord/pages/elders: error: symlink points outside the site root"),
        Case(
            name: "slug containing ..",
            change: {
                $0.write("content/buurten/noord/pages/weg.md", "---\ntitle: Weg\nslug: ../../etc\n---\nTekst")
            },
            expected:
                "content/buurten/noord/pages/weg.md:3:7: error: slug '../../etc' may only hold lowercase "
                + "letters, digits and hyphens"
        ),
        Case(
            name: "misspelt province",
            change: { $0.writeSiteConfig("province: Gelderlnd") },
            expected:
                "site.yml:5:11: error: 'Gelderlnd' is not a province of the Netherlands (did you mean 'Gelderland'?)"
        ),
        Case(
            name: "unknown open-data licence",
            change: { $0.writeSiteConfig("open_data:\n  license: CC-BY") },
            expected: "site.yml:6:12: error:"
        ),
    ]

    @Test(arguments: cases)
    func badInputFailsWithALocatedErrorAndKeepsTheOutput(_ example: Case) throws {
        let site = try TestSite()
        let good = site.build()
        try #require(good.published, "the fixture builds: \(good.errorLines)")
        let before = site.snapshot()

        example.change(site)
        let report = site.build()

        #expect(!report.published)
        #expect(
            report.errorLines.contains { $0.hasPrefix(example.expected) },
            "expected an error starting with \(example.expected), got:\n\(report.errorLines.joined(separator: "\n"))")
        #expect(site.snapshot() == before, "the previous output must stay untouched")
    }

    @Test func allProblemsOfABuildAreReportedTogether() throws {
        let site = try TestSite()
        site.write("content/buurten/noord/buurt.yml", "name: Noord Samen\ntaglin: Buren\nbase_url: https://x.nl/noord/")
        site.write("content/buurten/noord/pages/over.md", "---\ntitle: Over\n---\nZie [de agenda](agenda.md).")
        site.write("content/buurten/noord/pages/leeg.md", Data())
        let report = site.build()
        #expect(report.errorLines.count >= 3, "\(report.errorLines)")
        #expect(!FileManager.default.fileExists(atPath: site.output.path), "a failed first build writes nothing")
    }
}
