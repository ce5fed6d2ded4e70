import BuurtCore
import Foundation
import Model

/// The description of a site's kaart as a dataset in DCAT-AP-NL 3.0 terms, the Dutch profile of the W3C Data
/// Catalog Vocabulary that data.overheid.nl and municipal open-data portals read, written as JSON-LD (`dcat.jsonld`
/// beside the files it describes). It has what DCAT-AP-NL makes mandatory for a dataset (title, description,
/// identifier, publisher, creator, contact point, access rights, theme) with values from the lists it names (EU
/// vocabularies, TOOI for the municipality), and a distribution for each form of the data: hsds.json, kaart.csv
/// and the static HSDS API, each with the licence.
enum KaartDCAT {
    /// What the description says beyond the catalogue's settings.
    struct Dataset {
        /// "Wegwijzer van Beekdal Verbindt"
        var title: String
        var description: String
        /// Absolute address of the open-data folder: "https://…/beekdal/wegwijzer/open-data/".
        var folderURL: String
        /// The page that presents the data to people.
        var landingPage: String
    }

    static let accessRightsPublic = "http://publications.europa.eu/resource/authority/access-right/PUBLIC"
    /// "Population and society": the EU theme of social services.
    static let themeSociety = "http://publications.europa.eu/resource/authority/data-theme/SOCI"
    static let fileTypes = "http://publications.europa.eu/resource/authority/file-type/"
    static let mediaTypes = "https://www.iana.org/assignments/media-types/"
    /// The EU's codes of the content languages buurtsite sites are written in.
    static let languages = ["nl": "NLD", "en": "ENG", "fy": "FRY"]

    /// The JSON-LD of `dataset` for `entries`, published by the catalogue's municipality.
    static func json(_ dataset: Dataset, entries: [KaartEntry], catalogue: KaartCatalogue) -> JSONValue {
        let publisher = catalogue.settings.publisher
        let folder = dataset.folderURL
        let license = publisher.license.map { JSONValue.object([("@id", .string($0.dcatURI))]) }
        let hsdsStandard = JSONValue.object([("@id", .string(KaartHSDS.profileURL))])
        // The municipality, named by its TOOI identifier (the government's list of organisations).
        let agent = JSONValue.object([
            ("@id", .string("https://identifier.overheid.nl/tooi/id/gemeente/\(publisher.cbsCode.lowercased())")),
            ("@type", .string("foaf:Agent")),
            ("foaf:name", .string(publisher.name)),
        ])
        var description = HSDSObject()
        description.add(
            "@context",
            .object([
                ("dcat", .string("http://www.w3.org/ns/dcat#")),
                ("dct", .string("http://purl.org/dc/terms/")),
                ("foaf", .string("http://xmlns.com/foaf/0.1/")),
                ("vcard", .string("http://www.w3.org/2006/vcard/ns#")),
                ("xsd", .string("http://www.w3.org/2001/XMLSchema#")),
            ]))
        description.add("@id", .string(folder + "dcat.jsonld"))
        description.add("@type", .string("dcat:Dataset"))
        description.add("dct:identifier", .string(folder + "dcat.jsonld"))
        description.add("dct:title", text(dataset.title, publisher))
        description.add("dct:description", text(dataset.description, publisher))
        description.add("dct:publisher", agent)
        description.add("dct:creator", agent)
        if let contact = publisher.openData.contactURI, let address = publisher.openData.contact {
            description.add(
                "dcat:contactPoint",
                .object([
                    ("@type", .string("vcard:Organization")),
                    ("vcard:fn", .string(publisher.name)),
                    (
                        AddressCheck.isEmail(address) ? "vcard:hasEmail" : "vcard:hasURL",
                        .object([("@id", .string(contact))])
                    ),
                ]))
        }
        description.add("dct:accessRights", .object([("@id", .string(accessRightsPublic))]))
        description.add("dcat:theme", .object([("@id", .string(themeSociety))]))
        description.add(
            "dct:language",
            languages[publisher.language].map { code in
                .object([("@id", .string("http://publications.europa.eu/resource/authority/language/" + code))])
            })
        description.add("dcat:landingPage", .object([("@id", .string(dataset.landingPage))]))
        description.add("dct:conformsTo", hsdsStandard)
        // The latest day an entry was checked: the data as a whole is that recent.
        description.add(
            "dct:modified",
            entries.map(\.reviewed).max().map { day in
                .object([("@value", .string(day.description)), ("@type", .string("xsd:date"))])
            })
        let keywords =
            ["sociale kaart"]
            + catalogue.hsds.terms(usedBy: entries).filter { $0.taxonomy == .categories }
            .map(\.label)
        description.add("dcat:keyword", .array(keywords.map { text($0, publisher) }))
        var bulk = distribution(
            title: "Open Referral HSDS 3.0 (JSON)", url: folder + "hsds.json", media: "application/json",
            fileType: "JSON", license: license)
        bulk.add("dct:conformsTo", hsdsStandard)
        let csv = distribution(
            title: "CSV", url: folder + "kaart.csv", media: "text/csv", fileType: "CSV", license: license)
        var api = distribution(
            title: "Open Referral HSDS API (statische bestanden)", url: folder + "index.json",
            media: "application/json", fileType: "JSON", license: license, download: false)
        var service = HSDSObject()
        service.add("@type", .string("dcat:DataService"))
        service.add("dct:title", text("\(dataset.title): HSDS API", publisher))
        service.add("dcat:endpointURL", .object([("@id", .string(folder))]))
        service.add("dcat:endpointDescription", .object([("@id", .string(KaartHSDS.openAPIURL))]))
        service.add("dct:conformsTo", hsdsStandard)
        service.add("dct:license", license)
        service.add("dct:accessRights", .object([("@id", .string(accessRightsPublic))]))
        api.add("dcat:accessService", service.value)
        description.add("dcat:distribution", .array([bulk.value, csv.value, api.value]))
        return description.value
    }

    /// Text in the site's language.
    private static func text(_ value: String, _ publisher: KaartPublisher) -> JSONValue {
        .object([("@value", .string(value)), ("@language", .string(publisher.language))])
    }

    /// A form of the data at `url`; `download`: a file to download (not the entrance of an API).
    private static func distribution(
        title: String, url: String, media: String, fileType: String, license: JSONValue?, download: Bool = true
    ) -> HSDSObject {
        var distribution = HSDSObject()
        distribution.add("@type", .string("dcat:Distribution"))
        distribution.add("dct:title", .string(title))
        distribution.add("dcat:accessURL", .object([("@id", .string(url))]))
        if download { distribution.add("dcat:downloadURL", .object([("@id", .string(url))])) }
        distribution.add("dcat:mediaType", .object([("@id", .string(mediaTypes + media))]))
        distribution.add("dct:format", .object([("@id", .string(fileTypes + fileType))]))
        distribution.add("dct:license", license)
        return distribution
    }
}
