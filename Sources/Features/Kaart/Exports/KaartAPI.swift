import BuurtCore
import Foundation

/// One file of a site's open data beside hsds.json and kaart.csv: where it goes, the content files it reads and
/// how it is made.
struct KaartOpenDataFile: Sendable {
    /// Inside the site: "wegwijzer/open-data/services/index.json".
    let path: String
    let inputs: [String]
    let make: @Sendable () -> Data
}

// The static HSDS API: the answers of the HSDS API's read endpoints as files, so that any web host serves them.
// In a site's open-data folder (`folder`, "wegwijzer/open-data/"):
//   index.json                       `/`: HSDS version, OpenAPI file, licence
//   services/index.json, page-2.json `/services?page=N`: the services with their own fields and organization
//   services/<id>.json               `/services/{id}`: the service in full, as in hsds.json
//   organizations/…                  `/organizations`, `/organizations/{id}` (with the ids and names of its services)
//   taxonomy_terms/…                 `/taxonomy_terms`, `/taxonomy_terms/{id}`: the terms the services use, once each
// Lists hold `pageSize` items a page; page 1 is index.json, page N is page-N.json. README "Open data" shows how a
// host maps the API's addresses (services/{id}, services?page=2) onto these files.

extension KaartCatalogue {
    /// The static API of one site whose kaart shows `entries` (in the order to list them) in `folder`; `pageURL`
    /// gives the absolute address of an entry's page on the site.
    func apiFiles(
        _ entries: [KaartEntry], folder: String, pageSize: Int = KaartHSDS.pageSize,
        pageURL: @escaping @Sendable (KaartEntry) -> String?
    ) -> [KaartOpenDataFile] {
        KaartAPISite(self, entries: entries, folder: folder, pageSize: pageSize, pageURL: pageURL).files()
    }
}

/// One site's static API: what its files are made of, held once and shared by the jobs of its files, which each
/// keep only this and a number. (Jobs that each held the catalogue would cost every file a copy of the catalogue's
/// fields: the bench's kaart has 40,000 of these files.)
final class KaartAPISite: Sendable {
    let catalogue: KaartCatalogue
    let folder: String
    let pageSize: Int
    let entries: [KaartEntry]
    /// The organizations of the entries, by name, each with the positions of its entries in `entries` (numbers
    /// rather than copies of the entries: a copy of every entry's fields per site cost about 1 MB a site).
    let organizations: [(id: String, positions: [Int])]
    /// The terms the entries use, each once.
    let terms: [KaartTerm]
    let pageURL: @Sendable (KaartEntry) -> String?

    init(
        _ catalogue: KaartCatalogue, entries: [KaartEntry], folder: String, pageSize: Int,
        pageURL: @escaping @Sendable (KaartEntry) -> String?
    ) {
        self.catalogue = catalogue
        self.folder = folder
        self.pageSize = pageSize
        self.entries = entries
        self.pageURL = pageURL
        var byOrganization: [String: [Int]] = [:]
        for (position, entry) in entries.enumerated() {
            byOrganization[catalogue.hsds.organizations.id(of: entry), default: []].append(position)
        }
        // Sorted by the folded name, worked out once per organization.
        organizations = byOrganization.map {
            (key: Slug.foldedKey(entries[$0.value[0]].organization.name), id: $0.key, $0.value)
        }
        .sorted { a, b in a.key != b.key ? a.key < b.key : a.id < b.id }.map { (id: $0.id, positions: $0.2) }
        terms = catalogue.hsds.terms(usedBy: entries)
    }

    var hsds: KaartHSDS { catalogue.hsds }

    func files() -> [KaartOpenDataFile] {
        let inputs = entries.map(\.sourcePath)
        var files = [
            KaartOpenDataFile(path: folder + "index.json", inputs: []) { [self] in Data(KaartHSDS.file(hsds.root())) }
        ]
        // Services.
        files += pagedFiles(
            "services/", count: entries.count, sources: { [self] in [entries[$0].sourcePath] },
            item: { [self] index in catalogue.listedService(entries[index], pageURL: pageURL(entries[index])) })
        for (index, entry) in entries.enumerated() {
            files.append(
                KaartOpenDataFile(
                    path: folder + "services/" + hsds.ids.id(for: entry, part: "service") + ".json",
                    inputs: [entry.sourcePath]
                ) { [self] in catalogue.serviceData(entries[index], pageURL: pageURL(entries[index])) })
        }
        // Organizations, each with the services it gives on this site.
        files += pagedFiles(
            "organizations/", count: organizations.count,
            sources: { [self] in entries(ofOrganization: $0).map(\.sourcePath) },
            item: { [self] index in
                let first = entries[organizations[index].positions[0]]
                return hsds.organization(hsds.organizations.organization(of: first), id: organizations[index].id).value
            })
        for (index, organization) in organizations.enumerated() {
            files.append(
                KaartOpenDataFile(
                    path: folder + "organizations/" + organization.id + ".json",
                    inputs: organization.positions.map { entries[$0].sourcePath }
                ) { [self] in Data(KaartHSDS.file(organizationWithServices(index))) })
        }
        // Taxonomy terms.
        files += pagedFiles("taxonomy_terms/", count: terms.count, inputs: inputs) { [self] index in
            hsds.termObject(terms[index])
        }
        for (index, term) in terms.enumerated() {
            files.append(
                KaartOpenDataFile(
                    path: folder + "taxonomy_terms/" + hsds.ids.term(term.taxonomy.rawValue, value: term.value)
                        + ".json",
                    inputs: inputs
                ) { [self] in Data(KaartHSDS.file(hsds.termObject(terms[index]))) })
        }
        return files
    }

    /// `/organizations/{id}`: the organization and, as the HSDS API has it, its services with their ids, names,
    /// status and web address (when they have one).
    private func organizationWithServices(_ index: Int) -> JSONValue {
        let (id, services) = (organizations[index].id, entries(ofOrganization: index))
        var organization = hsds.organization(hsds.organizations.organization(of: services[0]), id: id)
        organization.add(
            "services",
            .array(
                services.map { entry in
                    var service = HSDSObject()
                    service.add("id", .string(hsds.ids.id(for: entry, part: "service")))
                    service.add("organization_id", .string(id))
                    service.add("name", entry.name)
                    service.add("status", "active")
                    service.add("url", entry.contact.website.map(KaartHSDS.uri) ?? pageURL(entry))
                    return service.value
                }))
        return organization.value
    }

    /// The entries of the organization at `index` of `organizations`.
    private func entries(ofOrganization index: Int) -> [KaartEntry] {
        organizations[index].positions.map { entries[$0] }
    }

    /// The pages of one list in `list` ("services/"): index.json, page-2.json, … with `pageSize` items each, every
    /// page made from its own items only; `item` makes the item at an index, `sources` gives the content files it
    /// reads and `inputs` those every page reads.
    private func pagedFiles(
        _ list: String, count: Int, sources: (Int) -> [String] = { _ in [] }, inputs: [String] = [],
        item: @escaping @Sendable (Int) -> JSONValue
    ) -> [KaartOpenDataFile] {
        let (hsds, pageSize) = (hsds, pageSize)
        let totalPages = max(1, (count + pageSize - 1) / pageSize)
        return (1...totalPages).map { number in
            let range = min(count, (number - 1) * pageSize)..<min(count, number * pageSize)
            let path = folder + list + (number == 1 ? "index.json" : "page-\(number).json")
            return KaartOpenDataFile(path: path, inputs: inputs + range.flatMap(sources)) {
                let page = hsds.page(range.map(item), number: number, totalPages: totalPages, totalItems: count)
                return Data(KaartHSDS.file(page))
            }
        }
    }
}
