import Foundation
import Testing

/// `buurtsite list`: what a deploy script reads to know where each buurt's site is and where it goes.
@Suite struct ListCommandTests {
    func siteWithTwoBuurten() throws -> TestSite {
        let site = try TestSite()
        site.write(
            "content/buurten/zuid/buurt.yml",
            "name: Zuid Verbindt\ntagline: Buren in Zuid\nbase_url: https://zuidverbindt.nl")
        return site
    }

    @Test func jsonListsEveryBuurtWithSlugNameOutputFolderAndAddress() throws {
        let site = try siteWithTwoBuurten()
        let result = try BuurtsiteCommand.run(["list", "--root", site.root.path, "--output", "out/www", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        let list = try #require(parsed as? [[String: String]], "one JSON array of objects with text values")
        #expect(
            list == [
                [
                    "slug": "noord", "name": "Noord Samen", "output": "out/www/noord",
                    "base_url": "https://www.testdorp.nl/buurten/noord/",
                ],
                [
                    "slug": "zuid", "name": "Zuid Verbindt", "output": "out/www/zuid",
                    "base_url": "https://zuidverbindt.nl/",
                ],
            ])
    }

    @Test func withoutJsonItPrintsATableWithALinePerBuurt() throws {
        let site = try siteWithTwoBuurten()
        let result = try BuurtsiteCommand.run(["list", "--root", site.root.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                slug   name           base_url                                output
                noord  Noord Samen    https://www.testdorp.nl/buurten/noord/  public/noord
                zuid   Zuid Verbindt  https://zuidverbindt.nl/                public/zuid

                """)
    }

    @Test func aBrokenBuurtYmlIsReportedWithItsLocationAndFails() throws {
        let site = try TestSite()
        site.write("content/buurten/zuid/buurt.yml", "name: Zuid\nbase_url: https://zuid.nl/")
        let result = try BuurtsiteCommand.run(["list", "--root", site.root.path, "--json"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/buurten/zuid/buurt.yml"), "\(result.stderr)")
        #expect(result.stdout.isEmpty, "no list that leaves a buurt out")
    }
}
