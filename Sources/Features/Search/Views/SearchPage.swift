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
        let values: [String: Any] = ["search_page": try pageValues()]
        if let buurt = site.buurt {
            return try renderer.renderBuurtPage(
                "search", buurt: buurt, urlPath: urlPath, title: Self.title, description: description,
                jsonLD: jsonLD, values: values)
        }
        return try renderer.renderPortalPage(
            "search", urlPath: urlPath, title: Self.title, description: description, jsonLD: jsonLD, values: values)
    }

    /// `search_page`: the index's address and the A–Z list (docs/THEMES.md). Each group's rows are rendered
    /// with the theme's `search-all-item` partial through a RowTemplate, which made the two search pages of the
    /// 2,000-page bench site six times cheaper than a `{{#items}}` loop in the page's template did (280 M → 45 M
    /// instructions for `html()`).
    func pageValues() throws(Diagnostic) -> [String: Any] {
        let documents = input.documents
        let kinds = FacetFile.kinds(of: documents)
        let kindNumbers = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($1, $0) })
        var members = [[Int]](repeating: [], count: kinds.count)
        for index in documents.indices {
            if let number = kindNumbers[FacetFile.kind(of: documents[index])] { members[number].append(index) }
        }
        let order = AZOrder(titles: documents.map(\.title), hrefs: input.hrefs)
        var rows = try renderer.theme.rowTemplate("search-all-item", fields: ["title", "url", "platforms"])
        var groups: [[String: Any]] = []
        for (number, kind) in kinds.enumerated() {
            let items = order.sorted(members[number])
            var list = rows.render(items.map { [documents[$0].title, input.hrefs[$0], platforms(of: $0)] })
            // The `{{{.list}}}` tag stands on a line of its own, which supplies the last row's line break.
            if list.hasSuffix("\n") { list.removeLast() }
            groups.append([
                "title": kind == FacetFile.pageKind ? "Pagina's" : kind, "id": "_az-\(number)",
                "count": items.count, "list": TemplateText(list), "items": TemplateLazyValue { rowValues(items) },
            ])
        }
        return [
            "index_url": SearchIndexBuilder.folder + indexFile,
            "portal": site.buurt == nil,
            "site_name": site.name,
            "groups": groups, "has_groups": !groups.isEmpty,
            "count": documents.count,
        ]
    }

    /// The sites that show the item, on the portal.
    private func platforms(of index: Int) -> String? {
        input.platforms?[index].joined(separator: ", ")
    }

    /// `items`: the rows as values, for a theme that loops over them itself.
    private func rowValues(_ items: [Int]) -> [TemplateRow] {
        items.map { index in
            var texts = ["title": input.documents[index].title, "url": input.hrefs[index]]
            texts["platforms"] = platforms(of: index)
            return TemplateRow(texts)
        }
    }
}
