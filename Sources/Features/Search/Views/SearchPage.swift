import BuurtCore
import Site
import Theme

/// A site's search page (`<segment>/`): the search form, the places search.js fills (status, suggestion, filters,
/// results), and for readers without JavaScript every item of the site A–Z, grouped by kind.
struct SearchPage {
    let renderer: SiteRenderer
    let site: SearchSite
    let segment: String
    let input: SearchIndexInput
    /// The meta file's name inside the index folder.
    let indexFile: String

    static let title = "Zoeken"

    var urlPath: String { segment + "/" }

    func html() throws(Diagnostic) -> String {
        let description =
            site.buurt == nil
            ? "Zoek op alle buurtplatforms van \(site.name): pagina's, hulp in de buurt en artikelen."
            : "Zoek op \(site.name): pagina's, hulp in de buurt en artikelen."
        let jsonLD: [String: Any] = [
            "@type": "SearchResultsPage", "name": "\(Self.title) | \(site.name)",
            "url": site.base + SitePath.encode(urlPath),
        ]
        let values: [String: Any] = ["search_page": pageValues()]
        if let buurt = site.buurt {
            return try renderer.renderBuurtPage(
                "search", buurt: buurt, urlPath: urlPath, title: Self.title, description: description,
                jsonLD: jsonLD, values: values)
        }
        return try renderer.renderPortalPage(
            "search", urlPath: urlPath, title: Self.title, description: description, jsonLD: jsonLD, values: values)
    }

    /// `search_page`: the index's address and the A–Z list (docs/THEMES.md).
    func pageValues() -> [String: Any] {
        let kinds = FacetFile.kinds(of: input.documents)
        var groups: [[String: Any]] = []
        for (number, kind) in kinds.enumerated() {
            let items = input.documents.indices
                .filter { FacetFile.kind(of: input.documents[$0]) == kind }
                .map { (index: $0, key: Slug.fold(input.documents[$0].title)) }
                .sorted { $0.key != $1.key ? $0.key < $1.key : input.hrefs[$0.index] < input.hrefs[$1.index] }
                .map { item -> TemplateRow in
                    var texts = ["title": input.documents[item.index].title, "url": input.hrefs[item.index]]
                    if let platforms = input.platforms?[item.index] {
                        texts["platforms"] = platforms.joined(separator: ", ")
                    }
                    return TemplateRow(texts)
                }
            groups.append([
                "title": kind == FacetFile.pageKind ? "Pagina's" : kind, "id": "_az-\(number)",
                "count": items.count, "items": items,
            ])
        }
        return [
            "index_url": SearchIndexBuilder.folder + indexFile,
            "portal": site.buurt == nil,
            "site_name": site.name,
            "groups": groups, "has_groups": !groups.isEmpty,
            "count": input.documents.count,
        ]
    }
}
