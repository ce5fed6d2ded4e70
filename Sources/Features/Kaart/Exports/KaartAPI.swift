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
    /// The static API of one site whose kaart shows `entries` (in the order to list them); `pageURL` gives the
    /// absolute address of an entry's page on the site.
    func apiFiles(
        _ entries: [KaartEntry], folder: String, pageSize: Int = KaartHSDS.pageSize,
        pageURL: @escaping @Sendable (KaartEntry) -> String?
    ) -> [KaartOpenDataFile] {
        let catalogue = self
        let inputs = entries.map(\.sourcePath)
        var files = [
            KaartOpenDataFile(path: folder + "index.json", inputs: []) {
                Data(KaartHSDS.file(catalogue.hsds.root()))
            }
        ]
        // Services.
        files += pagedFiles(
            folder + "services/", entries, pageSize: pageSize, sources: { [$0.sourcePath] },
            item: { entry in catalogue.listedService(entry, pageURL: pageURL(entry)) })
        for entry in entries {
            files.append(
                KaartOpenDataFile(
                    path: folder + "services/" + hsds.ids.id(for: entry, part: "service") + ".json",
                    inputs: [entry.sourcePath]
                ) { catalogue.serviceData(entry, pageURL: pageURL(entry)) })
        }
        // Organizations, by name, each with the services it gives on this site.
        var byOrganization: [String: [KaartEntry]] = [:]
        for entry in entries { byOrganization[hsds.organizations.id(of: entry), default: []].append(entry) }
        let organizations = byOrganization.sorted { a, b in
            let nameA = Slug.foldedKey(a.value[0].organization.name)
            let nameB = Slug.foldedKey(b.value[0].organization.name)
            return nameA != nameB ? nameA < nameB : a.key < b.key
        }
        files += pagedFiles(
            folder + "organizations/", organizations, pageSize: pageSize, sources: { $0.value.map(\.sourcePath) },
            item: { organization in
                let hsds = catalogue.hsds
                return hsds.organization(
                    hsds.organizations.organization(of: organization.value[0]), id: organization.key
                )
                .value
            })
        for (id, services) in organizations {
            files.append(
                KaartOpenDataFile(path: folder + "organizations/" + id + ".json", inputs: services.map(\.sourcePath)) {
                    Data(KaartHSDS.file(catalogue.organizationWithServices(id: id, services, pageURL: pageURL)))
                })
        }
        // Taxonomy terms.
        let terms = hsds.terms(usedBy: entries)
        files += pagedFiles(folder + "taxonomy_terms/", terms, pageSize: pageSize, inputs: inputs) { term in
            catalogue.hsds.termObject(term)
        }
        for term in terms {
            files.append(
                KaartOpenDataFile(
                    path: folder + "taxonomy_terms/" + hsds.ids.term(term.taxonomy.rawValue, value: term.value)
                        + ".json",
                    inputs: inputs
                ) { Data(KaartHSDS.file(catalogue.hsds.termObject(term))) })
        }
        return files
    }

    /// `/organizations/{id}`: the organization and, as the HSDS API has it, its services with their ids, names,
    /// status and web address (when they have one).
    private func organizationWithServices(
        id: String, _ services: [KaartEntry], pageURL: (KaartEntry) -> String?
    ) -> JSONValue {
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

    /// The pages of one list in `folder`: index.json, page-2.json, … with `pageSize` items each, every page made
    /// from its own items only; `sources` gives the content files an item reads, `inputs` those of every page.
    private func pagedFiles<Item: Sendable>(
        _ folder: String, _ items: [Item], pageSize: Int, sources: (Item) -> [String] = { _ in [] },
        inputs: [String] = [],
        item: @escaping @Sendable (Item) -> JSONValue
    ) -> [KaartOpenDataFile] {
        let hsds = hsds
        let totalPages = max(1, (items.count + pageSize - 1) / pageSize)
        return (1...totalPages).map { number in
            let slice = Array(items[min(items.count, (number - 1) * pageSize)..<min(items.count, number * pageSize)])
            let path = folder + (number == 1 ? "index.json" : "page-\(number).json")
            return KaartOpenDataFile(path: path, inputs: inputs + slice.flatMap(sources)) {
                let page = hsds.page(
                    slice.map(item), number: number, totalPages: totalPages, totalItems: items.count)
                return Data(KaartHSDS.file(page))
            }
        }
    }
}
