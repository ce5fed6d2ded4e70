import BuurtCore
import Testing
import YAML

@testable import Kaart

/// Problems in one entry file, as "line:column: message" (the file is always content/kaart/a.md).
func entryProblems(_ extra: String, without: Set<String> = []) -> [String] {
    let site = KaartFixture()
    site.write("content/kaart/a.md", entryFile(extra, without: without))
    return site.load().problems.map { $0.replacingOccurrences(of: "content/kaart/a.md:", with: "") }
}

/// The hints of the problems in one entry file.
func entryHints(_ extra: String, without: Set<String> = []) -> [String] {
    let site = KaartFixture()
    site.write("content/kaart/a.md", entryFile(extra, without: without))
    let collector = DiagnosticCollector()
    _ = KaartLoader(root: site.root, diagnostics: collector).load(folder: "content/kaart", buurt: nil)
    return collector.diagnostics.compactMap(\.hint)
}

@Suite struct RequiredFieldTests {
    @Test func everyMissingRequiredFieldIsReportedAtOnceWithAHint() {
        let problems = entryProblems("", without: ["summary", "kind", "categories", "reviewed", "owner"])
        #expect(
            problems == [
                "2:1: missing required key 'categories'",
                "2:1: missing required key 'kind'",
                "2:1: missing required key 'owner'",
                "2:1: missing required key 'reviewed'",
                "2:1: missing required key 'summary'",
            ])
        let hints = entryHints("", without: ["summary"])
        #expect(hints == ["add one sentence that says what it offers: 'summary: Samen kapotte spullen repareren.'"])
    }

    @Test func anEmptyNameOrEmptyCategoryListIsNotEnough() {
        let problems = entryProblems("name: \"  \"\ncategories: []", without: ["name", "categories"])
        let line = extraLine(without: ["name", "categories"])
        #expect(problems == ["\(line):7: 'name' is empty", "\(line + 1):13: 'categories' is empty"])
    }

    @Test func theOrganizationNeedsAName() {
        let problems = entryProblems("organization:\n  website: https://www.example.nl", without: ["organization"])
        #expect(
            problems == ["\(extraLine(without: ["organization"]) + 1):3: organization: missing required key 'name'"])
    }

    @Test func aWrongTypeOrUnknownKeyIsReportedByTheDecoder() {
        let problems = entryProblems("contact:\n  telefoon: 0999 123 456\nkind2: x")
        #expect(problems.contains("\(extraLine() + 1):3: contact: unknown key 'telefoon'"))
        #expect(problems.contains("\(extraLine() + 2):1: unknown key 'kind2' (did you mean 'kind'?)"))
    }

    @Test func anUnknownKindOrChannelGetsTheChoices() {
        let site = KaartFixture()
        site.write(
            "content/kaart/a.md",
            entryFile("channels: [online, huisbezoek]").replacingOccurrences(
                of: "kind: informeel", with: "kind: formel"))
        #expect(
            site.load().problems == [
                "content/kaart/a.md:4:7: kind: expected one of 'formeel', 'informeel', found 'formel' (did you "
                    + "mean 'formeel'?)",
                "content/kaart/a.md:\(extraLine()):20: channels[2]: expected one of 'online', 'telefoon', "
                    + "'aan-huis', found 'huisbezoek'",
            ])
    }
}

@Suite struct ContactTests {
    @Test(arguments: [
        "0999 123 456", "0999-123456", "+31 999 123 456", "+31 (0)999 123 456", "0800-1234", "0900 1234567", "14 0999",
    ])
    func dutchPhoneNumbersAreAccepted(_ number: String) {
        #expect(entryProblems("contact:\n  phone: \(number)") == [])
    }

    @Test(arguments: ["12345", "0999 123 45", "+32 2 123 45 67", "06-1234-567a", "00 31 999 123 456"])
    func otherPhoneNumbersAreReportedAtTheValue(_ number: String) {
        #expect(
            entryProblems("contact:\n  phone: \(number)") == [
                "\(extraLine() + 1):10: contact.phone: '\(number)' is not a Dutch phone number"
            ])
    }

    @Test func phoneLinksUseTheInternationalForm() {
        #expect(KaartPhone.uri(for: "0999 123 456") == "tel:+31999123456")
        #expect(KaartPhone.uri(for: "+31 (0)99 912 3456") == "tel:+31999123456")
        #expect(KaartPhone.uri(for: "0800-1234") == "tel:08001234")
        #expect(KaartPhone.uri(for: "14 0999") == "tel:140999")
        #expect(KaartPhone.uri(for: "bel ons") == nil)
    }

    @Test func badEmailAndWebAddressesAreReported() {
        let problems = entryProblems(
            """
            contact:
              email: info@example
              website: www.example.nl
            """)
        #expect(
            problems == [
                "\(extraLine() + 1):10: contact.email: 'info@example' is not an e-mail address",
                "\(extraLine() + 2):12: contact.website: 'www.example.nl' is not a web address",
            ])
        #expect(
            entryHints("contact:\n  website: www.example.nl") == [
                "write the whole address, starting with https://, for example 'https://www.example.nl'"
            ])
    }

    @Test func onlyHttpAndHttpsAddressesAreAllowed() {
        #expect(
            entryProblems("contact:\n  website: javascript:alert(1)") == [
                "\(extraLine() + 1):12: contact.website: 'javascript:alert(1)' is not a web address"
            ])
        #expect(
            entryHints("contact:\n  website: javascript:alert(1)") == [
                "only http:// and https:// addresses can be used here"
            ])
        #expect(
            entryProblems("contact:\n  website: ftp://example.nl/x") == [
                "\(extraLine() + 1):12: contact.website: 'ftp://example.nl/x' is not a web address"
            ])
        let line = extraLine(without: ["organization"])
        #expect(
            entryProblems("organization:\n  name: X\n  website: http//example.nl", without: ["organization"])
                == ["\(line + 2):12: organization.website: 'http//example.nl' is not a web address"])
    }

    @Test func aFormeelEntryNeedsAWayToGetInTouch() {
        let site = KaartFixture()
        site.write("content/kaart/a.md", entryFile().replacingOccurrences(of: "kind: informeel", with: "kind: formeel"))
        #expect(
            site.load().problems == [
                "content/kaart/a.md:2:1: a formeel entry needs a way to get in touch: a phone number, e-mail "
                    + "address or website"
            ])
        site.write(
            "content/kaart/a.md",
            entryFile("contact:\n  email: info@example.nl").replacingOccurrences(
                of: "kind: informeel", with: "kind: formeel"))
        #expect(site.load().problems == [])
    }

    @Test func anEntryNeedsALocationOrAChannel() {
        #expect(
            entryProblems("", without: ["locations"]) == [
                "2:1: entry has no location and no channel: people cannot tell where to go"
            ])
        #expect(entryProblems("channels: [aan-huis]", without: ["locations"]) == [])
    }

    @Test func languagesMustBeKnownTwoLetterCodes() {
        let problems = entryProblems("languages: [nl, eng, xx, EN]")
        #expect(
            problems == [
                "\(extraLine()):17: languages[2]: 'eng' is not a language code (did you mean 'en'?)",
                "\(extraLine()):22: languages[3]: 'xx' is not a language code",
                "\(extraLine()):26: languages[4]: language code 'EN' must be written in lowercase",
            ])
        #expect(KaartLanguage.dutchName(for: "ar") == "Arabisch")
        #expect(KaartLanguage.dutchName(for: "en") == "Engels")
    }
}

@Suite struct LocationTests {
    func locationProblems(_ lines: String) -> [String] {
        entryProblems("locations:\n  - name: Wijkcentrum\n" + lines, without: ["locations"])
    }

    var first: Int { extraLine(without: ["locations"]) + 2 }

    @Test(arguments: ["9999AB", "9999 ab", "1234  XY"])
    func postcodesAreNormalised(_ postcode: String) throws {
        let site = KaartFixture()
        site.write(
            "content/kaart/a.md",
            entryFile(
                "locations:\n  - name: W\n    address: Dorpsstraat 1\n    postcode: \(postcode)\n    place: Lindeveen",
                without: ["locations"]))
        let location = try #require(site.load().entries.first?.locations.first)
        #expect(location.postcode.count == 7 && location.postcode.dropFirst(4).hasPrefix(" "))
        #expect(location.postcode == location.postcode.uppercased())
    }

    @Test func aBadPostcodeAndMissingAddressAreReported() {
        let problems = locationProblems("    postcode: 0999 AB\n    place: Lindeveen")
        #expect(
            problems == [
                "\(first - 1):5: locations[1]: missing required key 'address'",
                "\(first):15: locations[1].postcode: '0999 AB' is not a Dutch postcode",
            ])
    }

    @Test func coordinatesComeInPairsWithinTheNetherlands() {
        let base = "    address: Dorpsstraat 1\n    postcode: 9999 AB\n    place: Lindeveen\n"
        #expect(
            locationProblems(base + "    latitude: 52.1") == [
                "\(first + 3):15: locations[1].latitude: latitude without longitude"
            ])
        #expect(
            locationProblems(base + "    latitude: 48.85\n    longitude: 2.35") == [
                "\(first + 3):15: locations[1].latitude: latitude 48.85 is not in the Netherlands",
                "\(first + 4):16: locations[1].longitude: longitude 2.35 is not in the Netherlands",
            ])
        let swapped = entryHints(
            "locations:\n  - name: W\n" + base + "    latitude: 5.12\n    longitude: 52.09", without: ["locations"])
        #expect(swapped == ["latitude and longitude seem swapped: latitude is about 51–53, longitude about 4–7"])
        #expect(locationProblems(base + "    latitude: 52.09\n    longitude: 5.12") == [])
    }
}
