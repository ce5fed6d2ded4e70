import Foundation
import Pipeline
import Testing

/// The accessibility statement's data: shown as text on the statement's page of every site, with every website of
/// the municipality and its status; an old audit is a warning.
@Suite struct AccessibilityStatementTests {
    /// The test site with a statement page, a buurt Zuid of its own, and `accessibility:` in site.yml.
    func site(_ settings: String, zuid: String = "") throws -> TestSite {
        let site = try TestSite.withZuidOnItsOwnDomain(zuid: zuid)
        site.writeSiteConfig("accessibility:\n" + settings)
        site.write(
            "content/pages/toegankelijkheid.md", "---\ntitle: Toegankelijkheidsverklaring\n---\nWe doen ons best.")
        return site
    }

    static let settings = """
          status: B
          audited: 2026-01-12
          register: https://www.toegankelijkheidsverklaring.nl/register/1
        """

    @Test func theStatementPageShowsTheSitesOwnDataAndEveryWebsite() throws {
        let site = try site(
            Self.settings,
            zuid: "accessibility:\n  status: C\n  register: https://www.toegankelijkheidsverklaring.nl/register/2")
        let report = site.build(strict: true)
        #expect(report.published, "\(report.diagnostics)")
        let zuid = try #require(site.read("zuid/toegankelijkheid/index.html"))
        #expect(zuid.contains("<dt>Status</dt>\n<dd>C: eerste maatregelen genomen</dd>"))
        #expect(!zuid.contains("<dt>Laatste onderzoek</dt>"), "Zuid has not been audited")
        #expect(zuid.contains(#"<a href="https://www.toegankelijkheidsverklaring.nl/register/2">"#))
        #expect(!zuid.contains("<img"), "text, no image from the register")
        let noord = try #require(site.read("noord/toegankelijkheid/index.html"))
        #expect(noord.contains("<dd>B: voldoet gedeeltelijk</dd>"), "a buurt without its own has site.yml's")
        #expect(noord.contains(#"<dd><time datetime="2026-01-12">12 januari 2026</time></dd>"#))
        // The portal lists every website: itself first, then the buurt sites by name.
        let portal = try #require(site.read("toegankelijkheid/index.html"))
        let rows = portal.components(separatedBy: "<th scope=\"row\">").dropFirst().map {
            String($0.prefix { $0 != "\n" })
        }
        #expect(
            rows == [
                #"<a href="https://www.testdorp.nl/buurten/">Overzicht van de buurtplatforms</a> (deze website)</th>"#,
                #"<a href="https://www.testdorp.nl/buurten/noord/">Noord Samen</a></th>"#,
                #"<a href="https://zuidverbindt.nl/">Zuid Verbindt</a></th>"#,
            ])
        #expect(portal.contains("<td>C: eerste maatregelen genomen"))
        #expect(site.read("noord/over/index.html")?.contains("statement") == false, "only on the statement's page")
    }

    @Test func anAuditOlderThanThirtySixMonthsIsAWarning() throws {
        let site = try site("  status: B\n  audited: 2023-11-21\n")
        site.expectWarning(
            on: "2026-11-22",
            startingWith:
                "site.yml:7:12: warning: the last audit (2023-11-21) is more than 36 months before the build's "
                + "day (2026-11-22)",
            butNotOn: "2026-11-21", "36 months to the day")
    }

    static let cases: [BadSettingCase] = [
        BadSettingCase(
            name: "an unknown status", settings: "  status: F\n",
            expected: "site.yml:6:11: error: accessibility.status: expected one of 'A', 'B', 'C', 'D', 'E'"),
        BadSettingCase(
            name: "no status", settings: "  audited: 2026-01-12\n",
            expected: "site.yml:6:3: error: accessibility: missing required key 'status'"),
        BadSettingCase(
            name: "a register that is no address", settings: "  status: C\n  register: toegankelijkheidsverklaring\n",
            expected: "site.yml:7:13: error: register 'toegankelijkheidsverklaring' is no https:// address"),
        BadSettingCase(
            name: "no statement page", settings: "  status: C\n  page: content/pages/verklaring.md\n",
            expected: "site.yml:7:9: error: the accessibility statement's page content/pages/verklaring.md is not"),
    ]

    @Test(arguments: cases)
    func aBadSettingIsALocatedError(_ example: BadSettingCase) throws {
        expectFailure(try site(example.settings).build(), withErrorStarting: example.expected)
    }

    @Test func statusAOrBWithoutAnAuditIsAWarning() throws {
        let report = try site("  status: A\n").build()
        #expect(
            report.hasDiagnostic(startingWith: "site.yml:6:11: warning: status A (voldoet volledig) rests on an audit"),
            "\(report.diagnostics)")
    }
}
