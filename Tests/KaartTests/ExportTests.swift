import BuurtCalendar
import BuurtCore
import Foundation
import Model
import Testing
import YAML

@testable import Kaart

/// A full entry as the loader makes it, with everything the exports write.
func richEntry() throws -> KaartEntry {
    let site = KaartFixture()
    site.write(
        "content/kaart/Repair Café.md",
        entryFile(
            """
            cost: "Gratis; een bijdrage mag"
            languages: [nl, ar]
            eligibility: Voor inwoners van Lindeveen
            channels: [online]
            contact:
              phone: 0999 123 456
              email: info@example.nl
              website: https://www.example.nl/aanmelden
            schedules:
              - freq: weekly
                byday: [TU]
                opens_at: "10:00"
                closes_at: "12:00"
                location: Buurthuis De Beek
              - freq: monthly
                byday: [2WE, -1FR]
                opens_at: "14:00"
                closes_at: "16:00"
                valid_from: 2026-01-06
                note: Niet in de zomer
            closed: [2026-12-25]
            """, body: "Kom langs met \"kapotte\" spullen."))
    let entry = try #require(site.load().entries.first)
    var withCoordinates = entry
    withCoordinates.locations[0].coordinates = KaartCoordinates(latitude: 52.0912, longitude: 5.1234)
    withCoordinates.locations[0].accessibility = "Rolstoeltoegankelijk"
    return withCoordinates
}

@Suite struct StableIDTests {
    @Test func idsAreNameBasedUUIDsThatNeverChange() throws {
        // The RFC 9562 test vector, with the DNS namespace.
        let dns: [UInt8] = [
            0x6B, 0xA7, 0xB8, 0x10, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8,
        ]
        #expect(KaartStableID.uuid(namespace: dns, name: "python.org") == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
        let ids = KaartStableID(municipality: "GM9999")
        let entry = makeEntry("repair-cafe")
        // Python: uuid.uuid5(uuid.NAMESPACE_URL, "buurtsite:GM9999:kaart:-/repair-cafe#service")
        #expect(ids.id(for: entry, part: "service") == "fbe1990a-829d-5d66-9122-ca7444a3b1ed")
        #expect(
            ids.id(for: entry, part: "service")
                != ids.id(for: makeEntry("repair-cafe", buurt: "beekdal"), part: "service"))
        #expect(
            ids.id(for: entry, part: "service")
                != KaartStableID(municipality: "GM0363").id(for: entry, part: "service"),
            "two municipalities with an entry of the same name")
        #expect(ids.organization(named: "welzijn  Lindeveen") == ids.organization(named: "Welzijn Lindeveen"))
        #expect(ids.term("categories", value: "zorg") != ids.term("audiences", value: "zorg"))
    }
}

@Suite struct HSDSTests {
    func parsed(_ entries: [KaartEntry], pageURL: String? = nil, settings: KaartSettings = exampleSettings) throws
        -> [String: Any]
    {
        let text = KaartHSDS.json(
            entries, settings: settings, today: day("2026-05-01"),
            pageURL: { _ in pageURL }, areas: { _ in ["Beekdal Verbindt"] })
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func service(_ entry: KaartEntry, pageURL: String? = nil, settings: KaartSettings = exampleSettings) throws
        -> [String: Any]
    {
        try #require((try parsed([entry], pageURL: pageURL, settings: settings)["contents"] as? [[String: Any]])?.first)
    }

    @Test func theExportIsOnePageOfTheHSDSServiceListWithTheLicence() throws {
        let page = try parsed([try richEntry(), makeEntry("b")])
        #expect(page["total_items"] as? Int == 2)
        #expect(page["total_pages"] as? Int == 1)
        #expect(page["page_number"] as? Int == 1)
        #expect(page["size"] as? Int == 2)
        #expect(page["first_page"] as? Bool == true)
        #expect(page["last_page"] as? Bool == true)
        #expect(page["empty"] as? Bool == false)
        #expect((page["contents"] as? [Any])?.count == 2)
        let license = try #require(page["license"] as? [String: Any])
        #expect(license["name"] as? String == "CC0 1.0")
        #expect(license["url"] as? String == "https://creativecommons.org/publicdomain/zero/1.0/deed.nl")
        #expect(try parsed([])["empty"] as? Bool == true)
    }

    @Test func aServiceHasTheHSDSFieldsAndNesting() throws {
        let service = try service(try richEntry(), pageURL: "https://www.lindeveen.nl/beekdal/wegwijzer/repair-cafe/")
        #expect(service["id"] as? String == exampleSettings.publisher.ids.id(for: try richEntry(), part: "service"))
        #expect(service["name"] as? String == "Repair Café Beekdal")
        #expect(
            service["description"] as? String
                == "Samen kapotte spullen repareren.\n\nKom langs met \"kapotte\" spullen.")
        #expect(service["url"] as? String == "https://www.example.nl/aanmelden")
        #expect(service["email"] as? String == "info@example.nl")
        #expect(service["status"] as? String == "active")
        #expect(service["fees_description"] as? String == "Gratis; een bijdrage mag")
        #expect(service["eligibility_description"] as? String == "Voor inwoners van Lindeveen")
        #expect(service["assured_date"] as? String == "2026-03-03")
        #expect(service["assurer_email"] as? String == "wegwijzer@lindeveen.nl")
        #expect(service["alert"] as? String == "Gesloten op 25 december 2026.")
        let additional = try #require(service["additional_urls"] as? [[String: Any]])
        #expect(additional.first?["url"] as? String == "https://www.lindeveen.nl/beekdal/wegwijzer/repair-cafe/")
        #expect(additional.first?["label"] as? String == "Wegwijzer")

        let organization = try #require(service["organization"] as? [String: Any])
        #expect(organization["name"] as? String == "Stichting Repair Café Lindeveen")
        #expect(organization["description"] as? String == "Stichting Repair Café Lindeveen", "HSDS requires one")
        #expect(organization["website"] as? String == "https://www.example.nl")
        #expect(organization["id"] as? String == service["organization_id"] as? String)
        #expect(organization["legal_status"] == nil, "only the municipality's own organizations have one")

        let phones = try #require(service["phones"] as? [[String: Any]])
        #expect(phones.first?["number"] as? String == "+31999123456")

        let schedules = try #require(service["schedules"] as? [[String: Any]])
        #expect(schedules.count == 2)
        #expect(schedules[0]["freq"] as? String == "WEEKLY")
        #expect(schedules[0]["byday"] as? String == "TU")
        #expect(schedules[0]["interval"] as? Int == 1)
        #expect(schedules[0]["opens_at"] as? String == "10:00")
        #expect(schedules[0]["closes_at"] as? String == "12:00")
        #expect(schedules[0]["description"] as? String == "elke dinsdag 10:00–12:00")
        #expect(schedules[1]["freq"] as? String == "MONTHLY")
        #expect(schedules[1]["byday"] as? String == "2WE,-1FR")
        #expect(schedules[1]["valid_from"] as? String == "2026-01-06")
        #expect(schedules[1]["dtstart"] as? String == "2026-01-14")
        #expect(schedules[1]["notes"] as? String == "Niet in de zomer")
        #expect(
            schedules[1]["description"] as? String
                == "iedere 2e woensdag en laatste vrijdag van de maand 14:00–16:00 (vanaf 6 januari 2026)")

        let atLocations = try #require(service["service_at_locations"] as? [[String: Any]])
        let location = try #require(atLocations.first?["location"] as? [String: Any])
        #expect(schedules[0]["location_id"] as? String == location["id"] as? String)
        #expect(schedules[0]["service_at_location_id"] as? String == atLocations.first?["id"] as? String)
        #expect(location["location_type"] as? String == "physical")
        #expect(location["name"] as? String == "Buurthuis De Beek")
        #expect(location["latitude"] as? Double == 52.0912)
        #expect(location["longitude"] as? Double == 5.1234)
        let address = try #require((location["addresses"] as? [[String: Any]])?.first)
        #expect(address["address_1"] as? String == "Beekstraat 12")
        #expect(address["city"] as? String == "Lindeveen")
        #expect(address["state_province"] as? String == "Gelderland")
        #expect(address["postal_code"] as? String == "9999 AB")
        #expect(address["country"] as? String == "NL")
        #expect(address["address_type"] as? String == "physical")
        #expect(
            (location["accessibility"] as? [[String: Any]])?.first?["description"] as? String == "Rolstoeltoegankelijk")

        let languages = try #require(service["languages"] as? [[String: Any]])
        #expect(languages.map { $0["code"] as? String } == ["nl", "ar"])
        #expect(languages.map { $0["name"] as? String } == ["Nederlands", "Arabisch"])

        let attributes = try #require(service["attributes"] as? [[String: Any]])
        let terms = attributes.compactMap { $0["taxonomy_term"] as? [String: Any] }
        #expect(terms.map { $0["code"] as? String } == ["repareren", "ontmoeten", "iedereen", "informeel", "online"])
        #expect(terms.first?["name"] as? String == "Repareren en duurzaam")
        #expect(attributes.first?["taxonomy_term_id"] as? String == terms.first?["id"] as? String)
        #expect(
            attributes.map { $0["link_type"] as? String } == ["category", "category", "audience", "kind", "channel"])
        #expect((service["service_areas"] as? [[String: Any]])?.first?["name"] as? String == "Beekdal Verbindt")
    }

    @Test func absentValuesAreLeftOutNeverNull() throws {
        // An entry with only what is required: no website, e-mail, cost, conditions, location or schedule.
        var entry = makeEntry("kaal")
        entry.contact = KaartContact(phone: "0999 123 456")
        let text = KaartHSDS.json([entry], settings: exampleSettings, today: day("2026-05-01"))
        #expect(!text.contains("null"))
        let service = try service(entry)
        for key in ["url", "email", "fees_description", "eligibility_description", "alert", "additional_urls"] {
            #expect(service[key] == nil, "\(key) is left out")
        }
        #expect(service["schedules"] as? [Any] != nil, "lists stay, empty")
        var weekly = try richEntry()
        weekly.locations[0].coordinates = nil
        let withoutDates = try self.service(weekly)
        let schedule = try #require((withoutDates["schedules"] as? [[String: Any]])?.first)
        #expect(Set(schedule.keys).isDisjoint(with: ["valid_from", "valid_to", "dtstart", "notes"]))
        let location = try #require(
            ((withoutDates["service_at_locations"] as? [[String: Any]])?.first)?["location"] as? [String: Any])
        #expect(location["latitude"] == nil && location["longitude"] == nil)
    }

    @Test func dtstartIsTheFirstDayOfTheRuleFromValidFrom() throws {
        var entry = try richEntry()
        let rule = { (text: String) in
            try #require(
                WrittenRecurrence(
                    freq: .weekly, interval: 2, byday: [text], opensAt: "19:00", closesAt: "20:30",
                    validFrom: day("2026-09-01")
                ).checked().recurrence)
        }
        // Every other Thursday from the week of Tuesday 1 September 2026: the first is 3 September.
        entry.schedules = [KaartSchedule(recurrence: try rule("TH"))]
        let schedule = try #require((try service(entry)["schedules"] as? [[String: Any]])?.first)
        #expect(schedule["interval"] as? Int == 2)
        #expect(schedule["valid_from"] as? String == "2026-09-01")
        #expect(schedule["dtstart"] as? String == "2026-09-03")
    }

    @Test func aScheduleKeepsItsIdWhenAnEarlierOneEnds() throws {
        var entry = try richEntry()
        let ending = try #require(
            WrittenRecurrence(
                freq: .weekly, byday: ["MO"], opensAt: "09:00", closesAt: "10:00", validTo: day("2026-04-01")
            ).checked().recurrence)
        entry.schedules.insert(KaartSchedule(recurrence: ending), at: 0)
        func scheduleIDs(on today: String) throws -> [String] {
            let text = KaartHSDS.json([entry], settings: exampleSettings, today: day(today))
            let page = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            let service = try #require((page["contents"] as? [[String: Any]])?.first)
            return try #require(service["schedules"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        }
        let before = try scheduleIDs(on: "2026-03-01")
        let after = try scheduleIDs(on: "2026-05-01")
        #expect(before.count == 3 && after.count == 2, "the ended schedule is left out")
        #expect(after == Array(before.dropFirst()), "the others keep their ids")
    }

    @Test func termsHaveDescriptionsAndStableIds() throws {
        var entry = makeEntry("a", categories: ["zorg", "taal"])
        entry.audiences = ["ouderen"]
        let service = try service(entry)
        let terms = try #require(service["attributes"] as? [[String: Any]]).compactMap {
            $0["taxonomy_term"] as? [String: Any]
        }
        #expect(
            terms.map { $0["description"] as? String } == [
                "Hulp bij ziekte en om gezond te blijven.", "Taal en leren", "Ouderen",
                "Hulp van beroepskrachten: organisaties en de gemeente.", "Hulp via de telefoon.",
            ], "from site.yml, else the label; the kaart's own for kinds and channels")
        #expect(terms.allSatisfy { $0["language"] as? String == "nl" })
        let detail = try #require(terms.first?["taxonomy_detail"] as? [String: Any])
        #expect(detail["name"] as? String == "Wegwijzer: onderwerpen")
        #expect(terms.first?["taxonomy_id"] as? String == detail["id"] as? String)
        // Renaming the kaart or a label changes texts, not ids.
        var renamed = exampleSettings
        renamed.name = "Sociale kaart"
        renamed.categories[0].label = "Gezondheid"
        let again = try #require(try self.service(entry, settings: renamed)["attributes"] as? [[String: Any]])
            .compactMap { $0["taxonomy_term"] as? [String: Any] }
        #expect(again.map { $0["id"] as? String } == terms.map { $0["id"] as? String })
        #expect(again.first?["name"] as? String == "Gezondheid")
    }

    @Test func entriesOfOneOrganizationShowTheSameOrganization() throws {
        var first = makeEntry("a", path: "content/kaart/a.md")
        first.organization = KaartOrganization(name: "Welzijn Lindeveen", description: "Welzijnswerk.")
        var second = makeEntry("b", path: "content/kaart/b.md")
        second.organization = KaartOrganization(
            name: "welzijn lindeveen", website: "https://welzijn.example.nl", description: "Anders gezegd.",
            government: true)
        let services = try #require(try parsed([second, first])["contents"] as? [[String: Any]])
        let organizations = services.compactMap { $0["organization"] as? [String: Any] }
        #expect(organizations.count == 2)
        #expect(organizations[0]["id"] as? String == organizations[1]["id"] as? String)
        #expect(NSDictionary(dictionary: organizations[0]) == NSDictionary(dictionary: organizations[1]))
        #expect(organizations[0]["name"] as? String == "Welzijn Lindeveen", "the first file's")
        #expect(organizations[0]["description"] as? String == "Welzijnswerk.")
        #expect(organizations[0]["website"] as? String == "https://welzijn.example.nl", "the first that gives one")
        #expect(organizations[0]["legal_status"] as? String == "overheid")
    }

    @Test func webAddressesAreURIs() throws {
        #expect(KaartHSDS.uri("https://www.example.nl/a?b=c") == "https://www.example.nl/a?b=c")
        #expect(KaartHSDS.uri("https://www.café.nl/agenda/é") == "https://www.caf%C3%A9.nl/agenda/%C3%A9")
    }

    @Test func theSameInputGivesTheSameBytesAndIdsAreUnique() throws {
        let entries = [try richEntry(), makeEntry("b")]
        let first = KaartHSDS.json(entries, settings: exampleSettings, today: day("2026-05-01"))
        let second = KaartHSDS.json(entries, settings: exampleSettings, today: day("2026-05-01"))
        #expect(first == second)
        let ids = first.split(separator: "\n").filter { $0.contains("\"id\": ") }
        let uuidPattern = #""[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}""#
        #expect(ids.allSatisfy { $0.range(of: uuidPattern, options: .regularExpression) != nil })
        let page = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        let services = try #require(page["contents"] as? [[String: Any]])
        var own: [String] = []
        for service in services {
            own.append(service["id"] as? String ?? "")
            for key in ["schedules", "service_at_locations", "phones", "languages", "attributes"] {
                own += (service[key] as? [[String: Any]] ?? []).map { $0["id"] as? String ?? "" }
            }
        }
        #expect(own.count > 10)
        #expect(Set(own).count == own.count)
    }

    @Test func textFromContentIsEscaped() throws {
        var entry = makeEntry("x", name: "A \"quote\" \\ <script>\n\u{1}")
        entry.summary = "</script>&"
        let text = KaartHSDS.json([entry], settings: exampleSettings, today: day("2026-05-01"))
        #expect(!text.contains("<"))
        #expect(text.contains(#"A \"quote\" \\ \u003cscript\u003e\n\u0001"#))
        let page = try parsed([entry])
        let service = try #require((page["contents"] as? [[String: Any]])?.first)
        #expect(service["name"] as? String == "A \"quote\" \\ <script>\n\u{1}")
        #expect(service["description"] as? String == "</script>&")
    }

    @Test func lineSeparatorsAndDeleteAreEscapedAndOtherTextKept() throws {
        let entry = makeEntry("x", name: "a\u{2028}b\u{2029}c\u{7F}d\r\te é 😀 \u{2027}")
        let text = KaartHSDS.json([entry], settings: exampleSettings, today: day("2026-05-01"))
        #expect(text.contains(#""name": "a\u2028b\u2029c\u007fd\r\te é 😀 \#u{2027}","#))
    }

    @Test func eachSiteGetsTheSameExportAsWhenWrittenOnItsOwn() throws {
        // The catalogue writes each entry once and fills in the page address per site: that must not show.
        var withoutWebsite = makeEntry("zonder-website", name: "Zonder \"website\" <b>")
        withoutWebsite.contact.website = nil
        let (kaart, _) = catalogue([try richEntry(), withoutWebsite, makeEntry("ander", serves: .only(["beekdal"]))])
        for (site, base) in [("beekdal", "https://beekdal.example/"), ("molenkamp", "https://molenkamp.example/sub/")] {
            let entries = kaart.entries(for: site)
            let pageURL = { (entry: KaartEntry) -> String? in base + "wegwijzer/" + entry.slug + "/&\"" }
            let expected = KaartHSDS.json(
                entries, settings: kaart.settings, today: kaart.today, pageURL: pageURL,
                areas: { kaart.servedBuurtInfo(of: $0).map(\.config.name) })
            #expect(String(decoding: kaart.hsdsData(entries, pageURL: pageURL), as: UTF8.self) == expected)
            #expect(
                kaart.csvData(entries, pageURL: pageURL)
                    == KaartCSV.data(
                        entries, settings: kaart.settings, today: kaart.today,
                        pageURL: pageURL, areas: { kaart.servedBuurtInfo(of: $0).map(\.config.name) }))
        }
        // Without a page address (nil), as in an export without sites.
        let noPage = kaart.hsdsData(kaart.all, pageURL: { _ in nil })
        #expect(String(decoding: noPage, as: UTF8.self) == kaart.hsdsJSON(for: nil))
        #expect(
            kaart.hsdsData([], pageURL: { _ in nil })
                == Data(KaartHSDS.json([], settings: kaart.settings, today: kaart.today).utf8))
    }
}

@Suite struct CSVTests {
    func csv(_ entries: [KaartEntry], separator: String = ";") -> Data {
        var settings = exampleSettings
        settings.csvSeparator = separator
        return KaartCSV.data(
            entries, settings: settings, today: day("2026-05-01"), pageURL: { "https://x.nl/\($0.slug)/" })
    }

    func text(_ data: Data) -> String { String(decoding: data.dropFirst(3), as: UTF8.self) }

    @Test func theFileStartsWithABOMAndHasADutchHeaderWithCRLF() {
        let data = csv([makeEntry("a")])
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let lines = text(data).components(separatedBy: "\r\n")
        #expect(lines.count == 3 && lines[2].isEmpty)
        #expect(lines[0].hasPrefix("naam;samenvatting;soort;onderwerpen;doelgroepen;organisatie;"))
        #expect(lines[0].contains(";openingstijden;kosten;talen;voorwaarden;"))
        #expect(lines[0].hasSuffix(";gecontroleerd op;beheerder;adres van de pagina"))
        #expect(
            lines[1].hasPrefix(
                "A;Iets voor de buurt.;Professionele hulp;Zorg en gezondheid;;Welzijn Lindeveen;;0999 123 456;"))
        #expect(lines[1].hasSuffix(";2026-03-03;wegwijzer@lindeveen.nl;https://x.nl/a/"))
    }

    @Test func theSeparatorComesFromTheSettings() {
        let lines = text(csv([makeEntry("a")], separator: ",")).components(separatedBy: "\r\n")
        #expect(lines[0].hasPrefix("naam,samenvatting,soort,"))
    }

    @Test func cellsWithTheSeparatorQuotesOrLineBreaksAreQuoted() {
        var entry = makeEntry("a", name: "Eten; drinken")
        entry.summary = "Zeg \"hallo\""
        entry.cost = "Gratis\nof een gift"
        entry.eligibility = "Voor iedereen, ook buren"
        let row = text(csv([entry])).components(separatedBy: "\r\n")[1]
        #expect(row.hasPrefix("\"Eten; drinken\";\"Zeg \"\"hallo\"\"\";"))
        #expect(row.contains(";\"Gratis\nof een gift\";"))
        #expect(row.contains(";Voor iedereen, ook buren;"))
        let comma = text(csv([entry], separator: ",")).components(separatedBy: "\r\n")[1]
        #expect(comma.contains(",\"Voor iedereen, ook buren\","))
        #expect(comma.hasPrefix("Eten; drinken,"))
    }

    @Test func formulasCannotRunInASpreadsheet() {
        #expect(KaartCSV.cell("=HYPERLINK(\"http://evil\")", separator: ";") == "\"'=HYPERLINK(\"\"http://evil\"\")\"")
        #expect(KaartCSV.cell("+31 999 123 456", separator: ";") == "'+31 999 123 456")
        #expect(KaartCSV.cell("-1", separator: ";") == "'-1")
        #expect(KaartCSV.cell("@SUM(A1)", separator: ";") == "'@SUM(A1)")
        #expect(KaartCSV.cell("Gewoon tekst", separator: ";") == "Gewoon tekst")
        let row = text(csv([makeEntry("a", name: "=1+1")])).components(separatedBy: "\r\n")[1]
        #expect(row.hasPrefix("'=1+1;"))
    }

    @Test func openingTimesAreInDutch() throws {
        let row = text(csv([try richEntry()])).components(separatedBy: "\r\n")[1]
        #expect(
            row.contains(
                "elke dinsdag 10:00–12:00, Buurthuis De Beek; "
                    + "iedere 2e woensdag en laatste vrijdag van de maand 14:00–16:00 (vanaf 6 januari 2026) "
                    + "(Niet in de zomer); Gesloten op 25 december 2026"
            ))
        #expect(row.contains(";Nederlands, Arabisch;"))
    }
}
