import Foundation
import Testing

/// The command as people run it: exit codes, compiler-style messages on stderr, the summary on stdout.
@Suite struct CommandLineTests {
    func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        try BuurtsiteCommand.run(arguments)
    }

    @Test func aGoodBuildExitsZeroWithAOneLineSummary() throws {
        let site = try TestSite()
        let result = try run(["build", "--root", site.root.path, "--output", site.output.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("built 1 buurt site, "))
        #expect(result.stdout.split(separator: "\n").count == 1)
    }

    @Test func overdueKaartEntriesAreListedWithTheirOwnersAndTheDateDecides() throws {
        let site = try TestSite()
        site.write(
            "content/kaart/taalcafe.md",
            """
            ---
            name: Taalcafé
            summary: Nederlands oefenen met buren.
            kind: informeel
            categories: [taal]
            organization:
              name: Bibliotheek Testdorp
            channels: [online]
            reviewed: 2025-03-03
            owner: taal@testdorp.nl
            ---
            """)
        site.write(
            "site.yml",
            """
            name: Gemeente Testdorp
            cbs_code: GM9998
            theme: default
            base_url: https://www.testdorp.nl/buurten/
            open_data:
              license: CC0-1.0
              contact: opendata@testdorp.nl
            categories:
              - value: taal
                label: Taal
            """)
        let late = try run(["build", "--root", site.root.path, "--output", site.output.path, "--today", "2026-11-22"])
        #expect(late.status == 0, "\(late.stderr)")
        let lines = late.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "1 kaart entry is past the review date:")
        #expect(lines.contains { $0.contains("content/kaart/taalcafe.md") && $0.contains("taal@testdorp.nl") })
        #expect(lines.last?.hasPrefix("built 1 buurt site, ") == true)

        let early = try run(["build", "--root", site.root.path, "--output", site.output.path, "--today", "2025-06-01"])
        #expect(early.status == 0)
        #expect(!early.stdout.contains("review date"))
        #expect(
            try run(["build", "--root", site.root.path, "--today", "2025-02-30"]).stderr.contains(
                "--today '2025-02-30' is not a date"))
    }

    @Test func aBadBuildExitsOneWithLocatedErrorsAndKeepsTheOutput() throws {
        let site = try TestSite()
        #expect(try run(["build", "--root", site.root.path, "--output", site.output.path]).status == 0)
        let before = site.snapshot()
        site.write("content/buurten/noord/buurt.yml", "name: Noord Samen\ntaglin: Buren\nbase_url: https://x.nl/noord/")
        let result = try run(["build", "--root", site.root.path, "--output", site.output.path])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "content/buurten/noord/buurt.yml:2:1: error: unknown key 'taglin' (did you mean 'tagline'?)"))
        #expect(result.stdout.hasPrefix("build failed: "))
        #expect(site.snapshot() == before)
    }
}
