import BuurtCore
import Foundation
import Model
import Testing
import YAML

@testable import Kaart

/// The static HSDS API of one site: its files by path, parsed.
private struct API {
    let kaart: KaartCatalogue
    let entries: [KaartEntry]
    let files: [String: Data]

    /// Three entries on beekdal (two of one organization), lists of `pageSize`.
    init(pageSize: Int = 2) throws {
        var repair = try richEntry()
        repair.organization = KaartOrganization(name: "Welzijn Lindeveen")
        let (kaart, problems) = catalogue([repair, makeEntry("b"), makeEntry("c", categories: ["taal"])])
        #expect(problems == [])
        self.kaart = kaart
        entries = kaart.entries(for: "beekdal")
        let made = kaart.apiFiles(entries, folder: "wegwijzer/open-data/", pageSize: pageSize) { entry in
            "https://beekdal.example/wegwijzer/\(entry.slug)/"
        }
        files = Dictionary(uniqueKeysWithValues: made.map { ($0.path, $0.make()) })
    }

    func json(_ path: String) throws -> [String: Any] {
        let data = try #require(files["wegwijzer/open-data/" + path], "no \(path)")
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func serviceID(_ entry: KaartEntry) -> String { kaart.hsds.ids.id(for: entry, part: "service") }
}

@Suite struct StaticAPITests {
    @Test func theAPIHasTheHSDSPathsAndPagesOfTheGivenSize() throws {
        let api = try API()
        let organization = api.kaart.hsds.organizations.id(of: api.entries[0])
        let paths = Set(api.files.keys.map { String($0.dropFirst("wegwijzer/open-data/".count)) })
        let terms = ["categories/repareren", "categories/ontmoeten", "categories/zorg", "categories/taal"]
        #expect(
            paths
                == Set(
                    ["index.json", "services/index.json", "services/page-2.json", "organizations/index.json"]
                        + api.entries.map { "services/\(api.serviceID($0)).json" }
                        + ["organizations/\(organization).json", "taxonomy_terms/index.json"]
                        + (2...5).map { "taxonomy_terms/page-\($0).json" }
                        + (terms + ["audiences/iedereen", "kind/informeel", "kind/formeel", "channels/online"]
                        + ["channels/telefoon"])
                        .map { term -> String in
                            let parts = term.split(separator: "/").map(String.init)
                            return "taxonomy_terms/\(api.kaart.hsds.ids.term(parts[0], value: parts[1])).json"
                        }))
        let first = try api.json("services/index.json")
        #expect(first["total_items"] as? Int == 3)
        #expect(first["total_pages"] as? Int == 2)
        #expect(first["page_number"] as? Int == 1)
        #expect(first["size"] as? Int == 2)
        #expect(first["first_page"] as? Bool == true && first["last_page"] as? Bool == false)
        let second = try api.json("services/page-2.json")
        #expect(second["page_number"] as? Int == 2 && second["size"] as? Int == 1)
        #expect(second["first_page"] as? Bool == false && second["last_page"] as? Bool == true)
        #expect(second["empty"] as? Bool == false)
        let listed = ((first["contents"] as? [[String: Any]]) ?? []) + ((second["contents"] as? [[String: Any]]) ?? [])
        #expect(listed.compactMap { $0["id"] as? String } == api.entries.map(api.serviceID), "in the kaart's order")
    }

    @Test func eachServiceFileHoldsTheServiceOfTheBulkFile() throws {
        let api = try API()
        let bulk = try #require(
            try JSONSerialization.jsonObject(
                with: api.kaart.hsdsData(api.entries) { "https://beekdal.example/wegwijzer/\($0.slug)/" })
                as? [String: Any])
        let services = try #require(bulk["contents"] as? [[String: Any]])
        #expect(services.count == 3)
        for service in services {
            let id = try #require(service["id"] as? String)
            let file = try api.json("services/\(id).json")
            #expect(NSDictionary(dictionary: file) == NSDictionary(dictionary: service))
            let text = String(
                decoding: try #require(api.files["wegwijzer/open-data/services/\(id).json"]), as: UTF8.self)
            #expect(text.hasPrefix("{\n  \"id\": \"\(id)\",\n") && text.hasSuffix("\n}\n"), "indented as a file")
        }
    }

    @Test func listsHoldEachServicesOwnFieldsAndOrganization() throws {
        let api = try API(pageSize: 10)
        let services = try #require(try api.json("services/index.json")["contents"] as? [[String: Any]])
        let repair = try #require(services.first { $0["name"] as? String == "Repair Café Beekdal" })
        #expect(repair["url"] as? String == "https://www.example.nl/aanmelden")
        #expect((repair["organization"] as? [String: Any])?["name"] as? String == "Welzijn Lindeveen")
        for key in ["schedules", "phones", "service_at_locations", "attributes", "additional_urls"] {
            #expect(repair[key] == nil, "no list of \(key) in a list")
        }
        let plain = try #require(services.first { $0["name"] as? String == "B" })
        #expect(
            plain["url"] as? String == "https://beekdal.example/wegwijzer/b/", "the entry's page, without a website")
    }

    @Test func organizationsAreListedOnceWithTheirServices() throws {
        let api = try API(pageSize: 10)
        let organizations = try #require(try api.json("organizations/index.json")["contents"] as? [[String: Any]])
        #expect(organizations.count == 1)
        #expect(organizations.first?["services"] == nil, "the list holds the organizations' own fields")
        let id = try #require(organizations.first?["id"] as? String)
        let organization = try api.json("organizations/\(id).json")
        let services = try #require(organization["services"] as? [[String: Any]])
        #expect(services.compactMap { $0["id"] as? String } == api.entries.map(api.serviceID))
        #expect(services.allSatisfy { $0["organization_id"] as? String == id && $0["status"] as? String == "active" })
    }

    @Test func termsAreListedOnceInTheOrderOfSiteYml() throws {
        let api = try API(pageSize: 100)
        let terms = try #require(try api.json("taxonomy_terms/index.json")["contents"] as? [[String: Any]])
        #expect(
            terms.compactMap { $0["code"] as? String } == [
                "zorg", "ontmoeten", "repareren", "taal", "iedereen", "formeel", "informeel", "online", "telefoon",
            ])
        for term in terms {
            let id = try #require(term["id"] as? String)
            #expect(
                NSDictionary(dictionary: try api.json("taxonomy_terms/\(id).json")) == NSDictionary(dictionary: term))
        }
    }

    @Test func theRootNamesTheVersionAndTheLicence() throws {
        let root = try API().json("index.json")
        #expect(root["version"] as? String == "3.0")
        #expect(
            root["openapi_url"] as? String
                == "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json")
        #expect((root["license"] as? [String: Any])?["name"] as? String == "CC0 1.0")
    }
}

@Suite struct DCATTests {
    @Test func theDescriptionHasWhatDCATAPNLRequires() throws {
        let api = try API()
        let dataset = KaartDCAT.Dataset(
            title: "Wegwijzer van Beekdal", description: "Alle hulp.",
            folderURL: "https://beekdal.example/wegwijzer/open-data/",
            landingPage: "https://beekdal.example/wegwijzer/open-data/")
        var writer = JSONWriter(.indented)
        writer.write(KaartDCAT.json(dataset, entries: api.entries, catalogue: api.kaart))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String: Any])
        #expect(json["@type"] as? String == "dcat:Dataset")
        for key in [
            "dct:identifier", "dct:title", "dct:description", "dct:publisher", "dct:creator", "dcat:contactPoint",
            "dct:accessRights", "dcat:theme",
        ] {
            #expect(json[key] != nil, "DCAT-AP-NL requires \(key)")
        }
        let publisher = try #require(json["dct:publisher"] as? [String: Any])
        #expect(publisher["@id"] as? String == "https://identifier.overheid.nl/tooi/id/gemeente/gm9999")
        #expect(publisher["foaf:name"] as? String == "Gemeente Lindeveen")
        let contact = try #require(json["dcat:contactPoint"] as? [String: Any])
        #expect((contact["vcard:hasEmail"] as? [String: Any])?["@id"] as? String == "mailto:opendata@lindeveen.nl")
        #expect((json["dct:modified"] as? [String: Any])?["@value"] as? String == "2026-03-03")
        let distributions = try #require(json["dcat:distribution"] as? [[String: Any]])
        #expect(
            distributions.compactMap { ($0["dcat:accessURL"] as? [String: Any])?["@id"] as? String } == [
                "https://beekdal.example/wegwijzer/open-data/hsds.json",
                "https://beekdal.example/wegwijzer/open-data/kaart.csv",
                "https://beekdal.example/wegwijzer/open-data/index.json",
            ])
        #expect(
            distributions.allSatisfy {
                ($0["dct:license"] as? [String: Any])?["@id"] as? String
                    == "http://creativecommons.org/publicdomain/zero/1.0/deed.nl"
            })
        #expect(distributions.last?["dcat:accessService"] != nil, "the static API is a data service")
    }
}

@Suite struct OpenDataCheckTests {
    func problems(_ publisher: KaartPublisher, entries: [KaartEntry]? = nil, siteYAML: String = "name: X\n")
        throws -> [String]
    {
        var settings = exampleSettings
        settings.publisher = publisher
        let (kaart, _) = catalogue(try entries ?? [richEntry()], settings: settings)
        let node = try #require(try YAMLParser.parse(siteYAML, file: "site.yml"))
        return KaartOpenDataCheck.problems(kaart, siteNode: node).map { "\(brief($0)) (\($0.hint ?? ""))" }
    }

    @Test func theOpenDataNeedsAProvinceALicenceAndAContact() throws {
        #expect(
            try problems(KaartPublisher(name: "Gemeente Lindeveen")) == [
                "site.yml:1:1: site.yml has no 'province': the kaart's open data names it in every address (HSDS) "
                    + "(add the province of Gemeente Lindeveen at the top of site.yml, for example "
                    + "'province: Gelderland')",
                "site.yml:1:1: the kaart's open data has no licence: 'open_data: license' is missing in site.yml "
                    + "(add 'open_data:' with 'license: CC0-1.0' (anyone may use the data for anything) or "
                    + "'license: CC-BY-4.0' (anyone may use it, naming the municipality as its source))",
                "site.yml:1:1: the kaart's open data has no contact: 'open_data: contact' is missing in site.yml "
                    + "(add 'contact:' under 'open_data:' with the e-mail address (or contact form) for questions "
                    + "about the data, for example 'contact: opendata@lindeveen.nl')",
            ])
        // With `open_data:` written, the problems point at it.
        let located = try problems(
            KaartPublisher(province: "Gelderland", openData: OpenDataSettings(contact: "a@b.nl")),
            siteYAML: "name: X\nopen_data:\n  contact: a@b.nl\n")
        #expect(located.count == 1 && located[0].hasPrefix("site.yml:3:3: the kaart's open data has no licence"))
        #expect(try problems(exampleSettings.publisher) == [])
    }

    @Test func theProvinceIsOnlyNeededForAddresses() throws {
        var online = makeEntry("online")
        online.locations = []
        let publisher = KaartPublisher(openData: exampleSettings.publisher.openData)
        #expect(try problems(publisher, entries: [online]) == [])
        #expect(try problems(publisher).count == 1)
    }
}
