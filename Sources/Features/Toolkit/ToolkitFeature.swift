import BuurtCore
import Model
import Site
import YAML

/// The toolkit: practical articles for active residents, grouped by topic, readable online and printable as
/// booklets (also as PDF with `buurtsite build --pdf`).
public struct ToolkitFeature: SiteFeature {
    public init() {}

    public var key: String { "toolkit" }

    public var templates: [String] {
        [
            "toolkit-home", "toolkit-topic", "toolkit-article", "toolkit-booklet", "toolkit-head",
            "toolkit-breadcrumbs",
            "toolkit-print",
        ]
    }

    public var assets: [String] { ["toolkit.css", "toolkit.js", "print.css"] }

    /// Where site.yml lists the topics' slugs, for the schemas' choices of `topic` and `hide_topics`.
    static let topicSlugs = "toolkit.topics.slug"

    public var settings: [SettingsDescription] {
        [
            SettingsDescription(
                file: .site, key: key, summary: "De toolkit: naam, map en onderwerpen.",
                fields: [
                    FieldDescription("name", .text, "Naam van de toolkit (Toolkit)."),
                    FieldDescription("segment", .text, "Map van de toolkit in elke buurtsite (toolkit)."),
                    FieldDescription("intro", .text, "Tekst boven de toolkit."),
                    FieldDescription("topics", .list, "Onderwerpen: slug, title, description en order."),
                ], shape: .of(ToolkitSettings.self)),
            SettingsDescription(
                file: .buurt, key: key, summary: "Wat deze buurt van de toolkit niet toont.",
                fields: [
                    FieldDescription(
                        "hide_topics", .list, "Onderwerpen (slugs) die deze buurt niet toont.",
                        shape: .list(.listed(ToolkitFeature.topicSlugs)))
                ], shape: .of(BuurtToolkitSettings.self)),
        ]
    }

    public var contentKinds: [ContentKindDescription] {
        [
            ContentKindDescription(
                name: "article", folder: key, summary: "Een artikel van de toolkit.",
                fields: [
                    FieldDescription("title", .text, required: true, "Titel van het artikel."),
                    FieldDescription("summary", .text, required: true, "Eén of twee zinnen over het artikel."),
                    FieldDescription(
                        "topic", .text, required: true, "Onderwerp (slug uit site.yml).",
                        shape: .listed(ToolkitFeature.topicSlugs)),
                    FieldDescription("date", .date, required: true, "Datum van het artikel."),
                    FieldDescription("audience", .text, "Voor wie het artikel is."),
                    FieldDescription("author", .text, "Wie het schreef."),
                    FieldDescription("source", .text, "Waar het vandaan komt: tekst of een webadres."),
                    FieldDescription("slug", .text, "Adres van het artikel; anders uit de bestandsnaam."),
                    FieldDescription("related", .list, "Verwante artikelen (slugs)."),
                    FieldDescription("attachments", .list, "Bestanden om te downloaden: file en title."),
                    FieldDescription("order", .number, "Plaats binnen het onderwerp."),
                    FieldDescription("draft", .flag, "true: gecontroleerd, maar niet gepubliceerd."),
                    FieldDescription("search", .flag, "false: niet te vinden met het zoeken op de sites."),
                    FieldDescription(
                        "aliases", .list, "Oude adressen binnen de site (oud-adres/): die sturen door naar deze pagina."
                    ),
                ], shape: .of(ArticleFrontMatter.self))
        ]
    }

    public func load(_ context: FeatureLoadContext) -> (any FeatureModel)? {
        let loader = ToolkitLoader(root: context.root, diagnostics: context.diagnostics)
        let articles = context.contentFolders.flatMap { loader.load(folder: $0.folder, buurt: $0.buurt?.slug) }
        guard let content = context.content,
            let settings = context.settings(ToolkitSettings.self, fallback: .default)
        else { return nil }
        var buurtSettings: [String: BuurtToolkitSettings] = [:]
        for buurt in content.buurten {
            guard let own = context.settings(BuurtToolkitSettings.self, of: buurt, fallback: BuurtToolkitSettings())
            else {
                return nil
            }
            buurtSettings[buurt.slug] = own
        }
        let library = ToolkitLibrary(
            articles: articles, settings: settings, settingsNode: content.municipalityNode[key],
            buurten: content.buurten, buurtSettings: buurtSettings,
            diagnostics: context.diagnostics)
        return ToolkitModel(
            library: library, segmentLocation: context.location(ofSetting: "segment"),
            pdfBooklets: context.pdfPrinter != nil)
    }
}

/// Every toolkit article, checked, and what the toolkit adds to every buurt site.
public struct ToolkitModel: FeatureModel {
    public let library: ToolkitLibrary
    let segmentLocation: SourceLocation
    /// The booklets link their PDFs, which the finish step prints.
    let pdfBooklets: Bool

    public var hasContent: Bool { !library.all.isEmpty }

    public var printsToPDF: String? { "PDF booklets" }

    public var reservedFolders: [ReservedFolder] {
        [
            ReservedFolder(
                segment: library.settings.segment, owner: "toolkit", setting: "toolkit.segment",
                location: segmentLocation)
        ]
    }

    public func section(for buurt: Buurt) -> SiteSection? {
        let articles = library.articles(for: buurt.slug).count
        guard articles > 0 else { return nil }
        let settings = library.settings
        return SiteSection(name: settings.name, urlPath: settings.segment + "/", intro: settings.intro, count: articles)
    }

    public func sectionInputs(for buurt: Buurt) -> [String] {
        library.articles(for: buurt.slug).map(\.sourcePath)
    }

    public func jobs(for buurt: Buurt, _ site: SiteRenderer) -> [RenderJob] {
        ToolkitPages(site: site, library: library, pdfBooklets: pdfBooklets).toolkitJobs(for: buurt)
    }

    /// The booklets of the buurt sites that were built, printed to PDF beside their pages.
    public func finish(_ context: FinishContext) -> FinishResult {
        guard let printer = context.pdfPrinter else { return FinishResult() }
        let jobs = context.buurten.flatMap { buurt in
            booklets(for: buurt).map { booklet in
                PDFPrinter.Job(
                    kind: "PDF booklet", name: "\(buurt.slug): \(booklet.title)",
                    page: buurt.slug + "/" + SitePath.outputFile(for: booklet.urlPath),
                    pdf: buurt.slug + "/" + booklet.pdfPath)
            }
        }
        let failures = printer.render(jobs, in: context.folder)
        guard !jobs.isEmpty, failures.isEmpty else { return FinishResult(diagnostics: failures) }
        return FinishResult(notes: [
            "made \(jobs.count) PDF \(jobs.count == 1 ? "booklet" : "booklets") with \(printer.chromium)"
        ])
    }

    /// The booklets of one buurt site's toolkit, whole toolkit first: what `buurtsite build --pdf` prints.
    public func booklets(for buurt: Buurt) -> [ToolkitBooklet] {
        let site = ToolkitSite(library: library, buurt: buurt)
        guard !site.isEmpty else { return [] }
        return [
            ToolkitBooklet(
                title: site.settings.name, urlPath: site.bookletPath(of: nil), pdfPath: site.pdfPath(of: nil))
        ]
            + site.sections.map {
                ToolkitBooklet(
                    title: $0.topic.title, urlPath: site.bookletPath(of: $0.topic), pdfPath: site.pdfPath(of: $0.topic))
            }
    }
}
