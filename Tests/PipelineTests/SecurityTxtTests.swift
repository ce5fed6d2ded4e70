import Foundation
import Pipeline
import Testing

/// security.txt (RFC 9116): which sites get one, what it says, and the checks of its settings.
@Suite struct SecurityTxtTests {
    /// The test site (portal and Noord under www.testdorp.nl/buurten/) with Zuid on a domain of its own.
    func site(_ settings: String?, zuid: String = "") throws -> TestSite {
        let site = try TestSite.withZuidOnItsOwnDomain(zuid: zuid)
        if let settings { site.writeSiteConfig("security_txt:\n" + settings) }
        return site
    }

    static let settings = "  contact: security@testdorp.nl\n  expires: 2027-06-30\n"

    @Test func onlyASiteAtTheRootOfAHostGetsOne() throws {
        let site = try site(Self.settings)
        let report = site.build(strict: true)
        #expect(report.published, "\(report.errorLines)")
        #expect(site.read(".well-known/security.txt") == nil, "the portal lives under /buurten/")
        #expect(site.read("noord/.well-known/security.txt") == nil, "Noord lives under /buurten/noord/")
        let zuid = try #require(site.read("zuid/.well-known/security.txt"))
        #expect(zuid.contains("Canonical: https://zuidverbindt.nl/.well-known/security.txt\n"))
        #expect(report.sections.isEmpty)
    }

    @Test func aPortalAtTheRootOfItsHostGetsOne() throws {
        let site = try site(Self.settings)
        site.write(
            "site.yml",
            "name: Gemeente Testdorp\ncbs_code: GM9998\ntheme: default\nbase_url: https://buurten.testdorp.nl/\n"
                + "security_txt:\n" + Self.settings)
        site.write(
            "content/buurten/noord/buurt.yml",
            "name: Noord Samen\ntagline: Buren in Noord\nbase_url: https://buurten.testdorp.nl/noord/")
        #expect(site.build(strict: true).published)
        #expect(
            site.read(".well-known/security.txt")?.contains(
                "Canonical: https://buurten.testdorp.nl/.well-known/security.txt") == true)
        #expect(site.read("noord/.well-known/security.txt") == nil)
    }

    @Test func theFileHasEveryFieldGivenInTheOrderOfTheRFC() throws {
        let site = try site(
            """
              contact: [mailto:security@testdorp.nl, https://www.testdorp.nl/melden, tel:+31-30-1234567]
              expires: 2027-06-30
              encryption: https://www.testdorp.nl/pgp.asc
              policy: https://www.testdorp.nl/beleid
              acknowledgments: https://www.testdorp.nl/dank
              hiring: https://www.testdorp.nl/vacatures
              preferred_languages: [nl, en, fy]
            """)
        #expect(site.build(strict: true).published)
        #expect(
            site.read("zuid/.well-known/security.txt") == """
                # Een beveiligingsprobleem gevonden? Meld het ons. (RFC 9116)
                Contact: mailto:security@testdorp.nl
                Contact: https://www.testdorp.nl/melden
                Contact: tel:+31-30-1234567
                Expires: 2027-06-30T23:59:00+02:00
                Encryption: https://www.testdorp.nl/pgp.asc
                Acknowledgments: https://www.testdorp.nl/dank
                Preferred-Languages: nl, en, fy
                Canonical: https://zuidverbindt.nl/.well-known/security.txt
                Policy: https://www.testdorp.nl/beleid
                Hiring: https://www.testdorp.nl/vacatures

                """)
    }

    @Test func aDateAndTimeIsWrittenAsGivenAndABuurtOverridesFieldByField() throws {
        let site = try site(
            Self.settings + "  policy: https://www.testdorp.nl/beleid\n",
            zuid: "security_txt:\n  contact: [beveiliging@zuidverbindt.nl]\n  expires: 2027-01-31T12:00:00Z")
        #expect(site.build(strict: true).published)
        let zuid = try #require(site.read("zuid/.well-known/security.txt"))
        #expect(zuid.contains("Contact: mailto:beveiliging@zuidverbindt.nl\nExpires: 2027-01-31T12:00:00Z\n"))
        #expect(!zuid.contains("security@testdorp.nl"))
        #expect(zuid.contains("Policy: https://www.testdorp.nl/beleid\n"), "from site.yml")
    }

    @Test func anExpiryWithinThirtyDaysIsAWarningThatFailsAStrictBuild() throws {
        let site = try site("  contact: security@testdorp.nl\n  expires: 2026-12-15\n")
        site.expectWarning(
            on: "2026-11-22",
            startingWith:
                "site.yml:7:12: warning: expires 2026-12-15 is 23 days after the build's day (2026-11-22): "
                + "security.txt will soon no longer count",
            butNotOn: "2026-11-14", "31 days ahead")
    }

    @Test func anExpiryInThePastIsAnError() throws {
        let site = try site("  contact: security@testdorp.nl\n  expires: 2026-11-21\n")
        let report = site.build(today: "2026-11-22")
        #expect(!report.published)
        #expect(
            report.errorLines.contains {
                $0.hasPrefix("site.yml:7:12: error: expires 2026-11-21 has passed (the build's day is 2026-11-22)")
            }, "\(report.errorLines)")
    }

    @Test func withoutSettingsNoFileIsWrittenAndTheBuildSaysWhere() throws {
        let site = try site(nil)
        let report = site.build(strict: true)
        #expect(report.published, "a municipality can publish without one")
        #expect(site.read("zuid/.well-known/security.txt") == nil)
        #expect(report.sections.map(\.lines) == [["https://zuidverbindt.nl/"]])
        #expect(report.sections.first?.heading.hasPrefix("1 site at the root of a host got no security.txt") == true)
    }

    @Test func aSectionOfABuurtUnderASubPathIsAWarning() throws {
        let site = try site(Self.settings)
        site.write(
            "content/buurten/noord/buurt.yml",
            "name: Noord Samen\ntagline: Buren\nbase_url: https://www.testdorp.nl/buurten/noord/\n"
                + "security_txt:\n  contact: noord@testdorp.nl")
        let report = site.build()
        #expect(
            report.hasDiagnostic(
                startingWith: "content/buurten/noord/buurt.yml:5:3: warning: security_txt has no effect here: "
                    + "https://www.testdorp.nl/buurten/noord/ is not the root of a host"), "\(report.diagnostics)")
    }

    static let cases: [BadSettingCase] = [
        BadSettingCase(
            name: "no contact", settings: "  expires: 2027-06-30\n",
            expected: "site.yml:6:3: error: security_txt lacks contact, which https://zuidverbindt.nl/'s security.txt"),
        BadSettingCase(
            name: "no expiry", settings: "  contact: security@testdorp.nl\n",
            expected: "site.yml:6:3: error: security_txt lacks expires"),
        BadSettingCase(
            name: "a contact that is no address", settings: "  contact: [bel de gemeente]\n  expires: 2027-06-30\n",
            expected: "site.yml:6:13: error: contact 'bel de gemeente' is no e-mail address, https:// address or tel:"),
        BadSettingCase(
            name: "an http policy",
            settings: Self.settings + "  policy: http://www.testdorp.nl/beleid\n",
            expected: "site.yml:8:11: error: policy 'http://www.testdorp.nl/beleid' is no https:// address"),
        BadSettingCase(
            name: "an expiry that is no date", settings: "  contact: a@testdorp.nl\n  expires: volgend jaar\n",
            expected: "site.yml:7:12: error: expected a date (2028-12-31) or a date and time"),
        BadSettingCase(
            name: "a language that is no tag",
            settings: Self.settings + "  preferred_languages: [Nederlands]\n",
            expected: "site.yml:8:25: error: preferred_languages: 'Nederlands' is no language tag"),
        BadSettingCase(
            name: "an unknown key", settings: Self.settings + "  contacts: x\n",
            expected: "site.yml:8:3: error: security_txt: unknown key 'contacts'"),
    ]

    @Test(arguments: cases)
    func aBadSettingIsALocatedError(_ example: BadSettingCase) throws {
        expectFailure(try site(example.settings).build(), withErrorStarting: example.expected)
    }
}
