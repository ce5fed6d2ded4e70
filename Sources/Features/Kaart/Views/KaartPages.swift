import BuurtCore
import Foundation
import Markdown
import Model
import Site

/// The sociale kaart's pages and exports, as files for the build to write in parallel.
struct KaartPages: Sendable {
    let site: SiteRenderer
    let catalogue: KaartCatalogue

    var content: SiteContent { site.content }
    var index: SiteIndex { site.index }
    var markdown: MarkdownRenderer { site.markdown }
    var renderings: SharedRenderings { site.renderings }

    /// True when the municipality has a sociale kaart: at least one entry is shown on some buurt site.
    /// Without entries no buurt gets kaart pages, so navigation should not link to them either.
    var hasKaart: Bool { !catalogue.all.isEmpty }

    /// Every file of one buurt's kaart: home, filter pages, entry pages, the open data page, HSDS JSON and CSV,
    /// and the files that entry descriptions link to or show.
    func kaartJobs(for buurt: Buurt) -> [RenderJob] {
        guard hasKaart else { return [] }
        let view = KaartView(catalogue: catalogue, buurt: buurt)
        let renderer = self
        let name = view.settings.name
        // Every kaart page shows the filters with their counts over all of this buurt's entries, so each reads them
        // all (one shared array).
        let allEntries = view.entries.map(\.sourcePath)
        var jobs: [RenderJob] = [
            .page(PageInfo(urlPath: view.homePath, kind: "kaart", title: name), inputs: allEntries) {
                try renderer.kaartHome(view)
            },
            .page(
                PageInfo(urlPath: view.openDataPath, kind: "kaart-data", title: "Open data | \(name)"),
                inputs: allEntries
            ) {
                try renderer.kaartOpenData(view)
            },
        ]
        for facet in view.facets {
            for value in facet.values {
                // A list of entries, not an item: no content of its own for collectors.
                let info = PageInfo(
                    urlPath: view.filterPath(facet.facet, value: value.term.value), kind: "kaart-filter",
                    title: "\(value.term.label) | \(name)")
                jobs.append(
                    .page(info, inputs: allEntries) { try renderer.kaartFilter(view, value) })
            }
        }
        // Descriptions are rendered now, not in the jobs: the files they use must be known to become jobs themselves.
        let media = MediaFiles()
        let descriptions = kaartDescriptions(view, media: media)
        let entryPages = KaartEntryPages(pages: renderer, view: view, descriptions: descriptions)
        for (index, entry) in view.entries.enumerated() {
            let problems = entryPages.problems(index)
            let info = PageInfo(
                urlPath: view.path(of: entry), kind: "kaart-entry", title: "\(entry.name) | \(name)",
                // Made only when a collector asks: 40,000 entry pages (2,000 entries on 20 sites) would otherwise
                // each keep their fields (the bench's kaart scenario: 7 % more memory, 10 % more time).
                content: { [entryPages] in entryPages.content(index) }, aliases: entry.aliases)
            jobs.append(.page(info, inputs: allEntries) { [entryPages] in try entryPages.page(index) })
            if !problems.isEmpty, !problems.hasErrors { jobs.append(.reporting(problems)) }
        }
        let dataset = KaartDCAT.Dataset(
            title: "\(name) van \(view.buurt.config.name)",
            description: "Alle hulp, zorg, organisaties en activiteiten op de \(name) van \(view.buurt.config.name), "
                + "met adressen, openingstijden en contactgegevens.",
            folderURL: kaartCanonical(view, view.openDataPath), landingPage: kaartCanonical(view, view.openDataPath))
        jobs += kaartExportJobs(view.entries, dataset: dataset) { [self] entry in
            kaartCanonical(view, view.path(of: entry))
        }
        jobs += media.all.map { RenderJob(path: $0.sitePath, body: .copy(source: $0.source), inputs: [$0.source]) }
        return jobs
    }

    /// Files of the portal: the municipality-wide open data, with every entry shown on any buurt site.
    func portalKaartJobs() -> [RenderJob] {
        guard hasKaart else { return [] }
        // An entry's page on the first buurt site that shows it.
        let bases = Dictionary(uniqueKeysWithValues: content.buurten.map { ($0.slug, $0.config.baseURL.absolute) })
        let segment = catalogue.settings.segment
        let catalogue = catalogue
        let municipality = content.municipality
        let dataset = KaartDCAT.Dataset(
            title: "\(catalogue.settings.name) van \(municipality.name)",
            description: "Alle hulp, zorg, organisaties en activiteiten op de \(catalogue.settings.name) van "
                + "\(municipality.name), in alle buurten samen, met adressen, openingstijden en contactgegevens.",
            folderURL: municipality.baseURL.absolute + SitePath.encode(KaartView.openDataFolder(catalogue.settings)),
            landingPage: municipality.baseURL.absolute)
        return kaartExportJobs(catalogue.all, dataset: dataset) { entry in
            catalogue.servedBuurten(of: entry).lazy.compactMap { bases[$0] }.first
                .map { $0 + SitePath.encode(segment + "/" + entry.slug + "/") }
        }
    }

    // MARK: Pages

    func kaartHome(_ view: KaartView) throws(Diagnostic) -> String {
        let urlPath = view.homePath
        let settings = view.settings
        let description =
            settings.intro?.nonEmpty
            ?? "\(settings.name) van \(view.buurt.config.name): hulp, zorg en activiteiten in de buurt."
        var kaart = view.values(urlPath: urlPath)
        kaart["groups"] = view.groupValues(urlPath: urlPath)
        return try renderKaartPage(
            "kaart", view, urlPath: urlPath, title: settings.name, description: description,
            jsonLD: view.collectionJSONLD(
                name: settings.name, description: description,
                canonical: kaartCanonical(view, urlPath), siteBase: kaartSiteBase(view)),
            values: ["kaart": kaart])
    }

    func kaartFilter(_ view: KaartView, _ value: KaartFacetValue) throws(Diagnostic) -> String {
        let urlPath = view.filterPath(value.facet, value: value.term.value)
        var kaart = view.values(urlPath: urlPath, currentFilter: (value.facet, value.term.value))
        kaart["breadcrumb_current"] = value.term.label
        let title = "\(value.term.label) | \(view.settings.name)"
        let description =
            "\(value.facet.label): \(value.term.label). \(KaartView.countText(value.count)) in de "
            + "\(view.settings.name) van \(view.buurt.config.name)."
        return try renderKaartPage(
            "kaart-filter", view, urlPath: urlPath, title: title, description: description,
            jsonLD: view.collectionJSONLD(
                name: title, description: description,
                canonical: kaartCanonical(view, urlPath), siteBase: kaartSiteBase(view)),
            values: ["kaart": kaart, "filter": view.filterValues(value, urlPath: urlPath)])
    }

    /// `kaart`: the view's values for an entry page (`view.values(urlPath:)`), the same for all of them.
    func kaartEntry(_ view: KaartView, _ entry: KaartEntry, kaart: [String: Any], descriptionHTML: String?)
        throws(Diagnostic) -> String
    {
        let urlPath = view.path(of: entry)
        var kaart = kaart
        kaart["breadcrumb_current"] = entry.name
        return try renderKaartPage(
            "kaart-entry", view, urlPath: urlPath, title: "\(entry.name) | \(view.settings.name)",
            description: entry.summary,
            jsonLD: view.jsonLD(for: entry, canonical: kaartCanonical(view, urlPath), siteBase: kaartSiteBase(view)),
            values: [
                "kaart": kaart,
                "entry": view.entryValues(entry, descriptionHTML: descriptionHTML, urlPath: urlPath),
            ])
    }

    func kaartOpenData(_ view: KaartView) throws(Diagnostic) -> String {
        let urlPath = view.openDataPath
        var kaart = view.values(urlPath: urlPath)
        kaart["breadcrumb_current"] = "Open data"
        let title = "Open data | \(view.settings.name)"
        let description =
            "De \(view.settings.name) van \(view.buurt.config.name) om te downloaden, als JSON (Open Referral HSDS) "
            + "en als CSV."
        var jsonLD: [String: Any] = [
            "@type": "Dataset", "name": "\(view.settings.name) van \(view.buurt.config.name)",
            "description": description,
            "url": kaartCanonical(view, urlPath), "inLanguage": content.municipality.language,
            "publisher": ["@type": "GovernmentOrganization", "name": content.municipality.name] as [String: Any],
            "distribution": [
                [
                    "@type": "DataDownload", "encodingFormat": "application/json",
                    "contentUrl": kaartCanonical(view, view.hsdsPath),
                ],
                [
                    "@type": "DataDownload", "encodingFormat": "text/csv",
                    "contentUrl": kaartCanonical(view, view.csvPath),
                ],
            ] as [Any],
        ]
        jsonLD["license"] = view.settings.publisher.license?.url
        return try renderKaartPage(
            "kaart-data", view, urlPath: urlPath, title: title, description: description,
            jsonLD: jsonLD, values: ["kaart": kaart])
    }

    /// The keys of every page of the buurt site (see docs/THEMES.md), then the kaart's own.
    private func renderKaartPage(
        _ template: String, _ view: KaartView, urlPath: String, title: String, description: String,
        jsonLD: [String: Any], values: [String: Any]
    ) throws(Diagnostic) -> String {
        try site.renderBuurtPage(
            template, buurt: view.buurt, urlPath: urlPath, title: title, description: description,
            jsonLD: jsonLD, values: values)
    }

    private func kaartSiteBase(_ view: KaartView) -> String { view.buurt.config.baseURL.absolute }

    private func kaartCanonical(_ view: KaartView, _ path: String) -> String {
        kaartSiteBase(view) + SitePath.encode(path)
    }

    // MARK: Descriptions and exports

    /// Each entry's Markdown description as HTML (entries without one are left out), its links resolved
    /// for this buurt's site; files it uses are added to `media`.
    private func kaartDescriptions(_ view: KaartView, media: MediaFiles) -> [String: RenderedMarkdown] {
        var descriptions: [String: RenderedMarkdown] = [:]
        for entry in view.entries where !entry.body.allSatisfy(\.isWhitespace) {
            let resolver = KaartLinkResolver(
                entry: entry, urlPath: view.path(of: entry), index: index, root: content.root,
                media: media, links: site.links, buurtSlug: view.buurt.slug)
            descriptions[entry.sourcePath] =
                renderings.render(
                    entry.body, file: entry.sourcePath, firstLine: entry.bodyFirstLine,
                    with: markdown, resolver: resolver
                ).markdown
        }
        return descriptions
    }

    /// hsds.json and kaart.csv with exactly these entries, the static HSDS API and the dataset's description;
    /// `pageURL` gives the address of an entry's page.
    private func kaartExportJobs(
        _ entries: [KaartEntry], dataset: KaartDCAT.Dataset, pageURL: @escaping @Sendable (KaartEntry) -> String?
    ) -> [RenderJob] {
        let catalogue = catalogue
        let folder = KaartView.openDataFolder(catalogue.settings)
        var jobs = [
            RenderJob(
                path: KaartView.hsdsPath(catalogue.settings),
                body: .data { catalogue.hsdsData(entries, pageURL: pageURL) },
                inputs: entries.map(\.sourcePath)),
            RenderJob(
                path: KaartView.csvPath(catalogue.settings),
                body: .data { catalogue.csvData(entries, pageURL: pageURL) },
                inputs: entries.map(\.sourcePath)),
            RenderJob(
                path: folder + "dcat.jsonld",
                body: .data {
                    Data(KaartHSDS.file(KaartDCAT.json(dataset, entries: entries, catalogue: catalogue)))
                },
                inputs: entries.map(\.sourcePath)),
        ]
        jobs += catalogue.apiFiles(entries, folder: folder, pageURL: pageURL).map { file in
            RenderJob(path: file.path, body: .data(file.make), inputs: file.inputs)
        }
        return jobs
    }
}
