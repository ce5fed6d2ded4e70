import BuurtCore
import Foundation
import Model
import Site
import Theme

/// The build: load → validate → plan → render → collect → write, for any list of features.
public struct SiteBuilder {
    let options: BuildOptions
    let features: [any SiteFeature]
    let progress: Progress?
    /// Finds Chromium for printing pages to PDF (`--pdf`): the path of its binary, or nil. Tests replace it.
    public var locateChromium: @Sendable () -> String? = { PDFPrinter.locateChromium() }
    /// What a preview keeps between renders (`buurtsite serve`); nil for a build, which loads everything.
    public var previewCache: PreviewCache?

    /// `features`: the features of the sites (`Features.all` in the program), in the order of their menu entries.
    public init(options: BuildOptions, features: [any SiteFeature], progress: Progress? = nil) {
        self.options = options
        self.features = features
        self.progress = progress
    }

    /// Builds into the output folder: a staging folder, swapped into place only when the whole build succeeded.
    public func build() -> BuildReport {
        let clock = ContinuousClock.now
        let diagnostics = DiagnosticCollector()
        var report = BuildReport(
            diagnostics: [], buurten: 0, pages: 0, seconds: 0, output: options.output, published: false)
        func finish(_ published: Bool) -> BuildReport {
            report.diagnostics = diagnostics.diagnostics
            report.published = published
            report.seconds = clock.secondsSince
            return report
        }
        guard let root = diagnostics.capture({ try SiteRoot(path: options.root) }),
            let output = diagnostics.capture({ try OutputFolder(path: options.output, root: root) })
        else { return finish(false) }
        guard let site = prepare(root: root, diagnostics: diagnostics, report: &report) else { return finish(false) }

        // Render and write into the staging folder; even with errors so far, to report every problem at once.
        guard diagnostics.capture({ try output.prepareStaging() }) != nil else { return finish(false) }
        var writer = site.writer(into: DiskSink(base: output.staging), diagnostics: diagnostics, progress: progress)
        if let shard = options.shard {
            writer.shardSites = Set(site.selected.map { $0.slug + "/" })
            if site.collectors.contains(where: \.gathersSites) {
                let path = output.staging + "/" + ShardRecords.folder + "/" + ShardRecords.name(of: shard) + ".jsonl"
                writer.records = diagnostics.capture { try RecordWriter(path: path) }
            }
        }
        let run = writer.plan(site.selected, portal: options.shard?.buildsPortal ?? true)
        report.redirects = run.plan.redirects
        report.pages = writer.write(run)
        report.buurten = site.selected.count
        if let shard = options.shard {
            if let problem = writer.records?.close() { diagnostics.add(problem) }
            let manifest = ShardRecords.Manifest(
                shard: shard.index, shards: shard.count, today: options.today.description,
                buurten: site.selected.map(\.slug))
            diagnostics.capture { try ShardRecords.writeManifest(manifest, shard: shard, in: output.staging) }
        }
        if !diagnostics.hasErrors {
            let context = FinishContext(folder: output.staging, buurten: site.selected, pdfPrinter: site.pdfPrinter)
            for model in site.models {
                let result = model.finish(context)
                diagnostics.add(contentsOf: result.diagnostics)
                report.notes += result.notes
            }
        }

        let failed = diagnostics.hasErrors || (options.strict && !diagnostics.diagnostics.isEmpty)
        if failed {
            output.discardStaging()
            return finish(false)
        }
        let published =
            diagnostics.capture {
                options.buurten.isEmpty || options.shard != nil
                    ? try output.publishAll() : try output.publishEntries()
            } != nil
        if !published { output.discardStaging() }
        return finish(published)
    }

    /// Renders into memory: every file, or only those at `paths` (relative to the output folder, as
    /// "molenkamp/over-ons/index.html"). Nothing is written to disk and no finish step runs. With errors the
    /// sink holds what could be made; the report says what went wrong.
    public func render(into sink: MemorySink, only paths: Set<String>? = nil) -> BuildReport {
        let clock = ContinuousClock.now
        let diagnostics = DiagnosticCollector()
        var report = BuildReport(diagnostics: [], buurten: 0, pages: 0, seconds: 0, output: "", published: false)
        if let root = diagnostics.capture({ try SiteRoot(path: options.root) }),
            let site = prepare(root: root, diagnostics: diagnostics, report: &report, printsPDF: false)
        {
            let writer = site.writer(into: sink, diagnostics: diagnostics, progress: progress)
            report.pages = writer.write(writer.plan(site.selected), only: paths)
            report.buurten = site.selected.count
        }
        report.diagnostics = diagnostics.diagnostics
        report.seconds = clock.secondsSince
        return report
    }

    /// Everything `build` checks, without writing a file anywhere: every page is rendered and thrown away, with no
    /// output or staging folder and no finish step (no PDFs). `failed` says whether a build would fail.
    public func check() -> BuildReport {
        let clock = ContinuousClock.now
        let diagnostics = DiagnosticCollector()
        var report = BuildReport(diagnostics: [], buurten: 0, pages: 0, seconds: 0, output: "", published: false)
        if let root = diagnostics.capture({ try SiteRoot(path: options.root) }),
            let site = prepare(root: root, diagnostics: diagnostics, report: &report, printsPDF: false)
        {
            let writer = site.writer(into: DiscardSink(), diagnostics: diagnostics, progress: progress)
            report.pages = writer.write(writer.plan(site.selected))
            report.buurten = site.selected.count
        }
        report.diagnostics = diagnostics.diagnostics
        report.seconds = clock.secondsSince
        return report
    }

    /// The plan of a build: every output path with what makes it and what it reads. Nil when the content cannot
    /// be loaded (the report says why).
    public func plan() -> (plan: BuildPlan?, diagnostics: [Diagnostic]) {
        let diagnostics = DiagnosticCollector()
        var report = BuildReport(diagnostics: [], buurten: 0, pages: 0, seconds: 0, output: "", published: false)
        guard let root = diagnostics.capture({ try SiteRoot(path: options.root) }),
            let site = prepare(root: root, diagnostics: diagnostics, report: &report)
        else { return (nil, diagnostics.diagnostics) }
        let writer = site.writer(into: MemorySink(), diagnostics: diagnostics, progress: nil)
        return (writer.plan(site.selected).plan, diagnostics.diagnostics)
    }

    /// Every site of the municipality by the host that serves it (`buurtsite hosting`), loaded and checked as a
    /// build would; nil when the content cannot be loaded.
    public func hostLayout() -> (layout: HostLayout?, diagnostics: [Diagnostic]) {
        let diagnostics = DiagnosticCollector()
        var report = BuildReport(diagnostics: [], buurten: 0, pages: 0, seconds: 0, output: "", published: false)
        guard let root = diagnostics.capture({ try SiteRoot(path: options.root) }),
            let site = prepare(root: root, diagnostics: diagnostics, report: &report, printsPDF: false)
        else { return (nil, diagnostics.diagnostics) }
        // The plan knows the old addresses (aliases) that become permanent redirects.
        let plan = site.writer(into: MemorySink(), diagnostics: DiagnosticCollector(), progress: nil).plan(
            site.selected)
        let layout = HostLayout(
            content: site.renderer.content, features: site.models,
            redirects: HostRedirect.bySite(plan.plan.redirects), diagnostics: diagnostics)
        return (layout, diagnostics.diagnostics)
    }

    // MARK: Load and validate

    /// What rendering needs, loaded and checked.
    struct PreparedSite {
        let renderer: SiteRenderer
        let models: [any FeatureModel]
        let selected: [Buurt]
        let pdfPrinter: PDFPrinter?
        let collectors: [any PageCollector]

        func writer(into sink: any OutputSink, diagnostics: DiagnosticCollector, progress: Progress?) -> SiteWriter {
            SiteWriter(
                renderer: renderer, sink: sink, diagnostics: diagnostics, progress: progress, collectors: collectors)
        }
    }

    /// Loads the content, the features and the theme and checks them; nil when there is nothing to render.
    /// Problems go to `diagnostics`; notes and report lines to `report`.
    /// `printsPDF`: false when no finish step will run (rendering into memory), so that pages do not link to PDFs
    /// nobody makes.
    func prepare(
        root: SiteRoot, diagnostics: DiagnosticCollector, report: inout BuildReport, printsPDF: Bool = true
    ) -> PreparedSite? {
        let wantsPDF = options.pdf && printsPDF
        let ordered = FeatureOrder.sorted(features, diagnostics: diagnostics)
        let loaded = ContentLoader(
            root: root, diagnostics: diagnostics, today: options.today,
            featureKeys: features.map(\.key),
            buurtFeatureKeys: features.filter { $0.settings.contains { $0.file == .buurt } }.map(\.key),
            includeDrafts: options.drafts, pageCache: previewCache?.pages
        ).load()
        // PDFs: whether Chromium is there decides, before rendering, whether pages link to the PDFs.
        let pdfPrinter = wantsPDF ? locateChromium().map { PDFPrinter(chromium: $0, today: options.today) } : nil
        var models: [String: any FeatureModel] = [:]
        for feature in ordered {
            // A feature sees the models of the features it names, and no others.
            let context = FeatureLoadContext(
                key: feature.key, root: root, diagnostics: diagnostics, content: loaded.content,
                buurten: loaded.buurten, today: options.today, pdfPrinter: pdfPrinter,
                loaded: models.filter { feature.dependencies.contains($0.key) })
            // A feature that cannot be used has reported why; the rest is still checked and rendered, so that one
            // build reports every problem, and the errors keep the output from being published.
            if let model = feature.load(context) { models[feature.key] = model }
        }
        let drafts = diagnostics.drafts
        if !drafts.isEmpty {
            report.notes.append(
                "\(drafts.count) \(drafts.count == 1 ? "draft" : "drafts") left out (draft: true): "
                    + drafts.prefix(5).joined(separator: ", ")
                    + (drafts.count > 5 ? " and \(drafts.count - 5) more" : ""))
        }
        guard var content = loaded.content else { return nil }
        // The features' drafts too: a link to one is reported as a link to a draft.
        content.draftPaths.formUnion(drafts)
        // In the order they are registered: menus list their entries in that order.
        var listed = Set<String>()
        let featureModels = features.filter { listed.insert($0.key).inserted }.compactMap { models[$0.key] }
        if wantsPDF && pdfPrinter == nil {
            for printed in featureModels.filter(\.hasContent).compactMap(\.printsToPDF) {
                report.notes.append(
                    "\(printed) skipped: chromium not found (\(PDFPrinter.searchDescription())); "
                        + "install Chromium or set \(PDFPrinter.environmentKey) to its path. "
                        + "The sites were built without PDFs.")
            }
        }

        ContentValidator(
            content: content, diagnostics: diagnostics,
            reservedFolders: featureModels.flatMap(\.reservedFolders)
        ).validate()
        report.sections = featureModels.flatMap(\.report)
        let theme = diagnostics.capture { () throws -> Theme in
            let name = content.municipality.theme
            if let kept = previewCache?.theme(named: name) { return kept }
            let loaded = try ThemeLoader.load(
                named: name, root: root, requestedAt: content.municipalityNode["theme"]?.location)
            previewCache?.keep(loaded, named: name)
            return loaded
        }
        let selected = select(from: content, diagnostics: diagnostics)
        guard let theme else { return nil }
        checkTheme(
            theme, has: zip(features, features.map { models[$0.key] }), content: content, diagnostics: diagnostics)

        // Pages name each asset by its content's hash, so the assets (tokens.css with each buurt's overrides) are
        // made before any page.
        let assets = SiteAssets(theme: theme, content: content, buurten: selected, diagnostics: diagnostics)
        let renderer = SiteRenderer(content: content, theme: theme, features: featureModels, assets: assets)
        let bases =
            (options.shard?.buildsPortal == false ? [] : [(folder: "", base: content.municipality.baseURL.absolute)])
            + selected.map { (folder: $0.slug + "/", base: $0.config.baseURL.absolute) }
        let portal = content.municipality.baseURL
        let sameHost = content.buurten.map(\.config.baseURL).filter { $0.origin == portal.origin }.map(\.absolute)
        let collectors: [any PageCollector] =
            [SitemapCollector(bases: bases, sameHost: sameHost)]
            + featureModels.filter(\.hasContent).flatMap { $0.collectors(renderer, buurten: selected) }
        return PreparedSite(
            renderer: renderer, models: featureModels, selected: selected, pdfPrinter: pdfPrinter,
            collectors: collectors)
    }

    /// Every template and asset a feature with content names must be in the theme.
    private func checkTheme(
        _ theme: Theme, has features: some Sequence<(any SiteFeature, (any FeatureModel)?)>,
        content: SiteContent, diagnostics: DiagnosticCollector
    ) {
        let at = content.municipalityNode["theme"]?.location ?? SourceLocation(file: ContentLayout.siteConfig)
        let assets = Set(theme.assets.map(\.outputPath))
        for (feature, model) in features where model?.hasContent == true {
            for template in feature.templates where !theme.hasTemplate(template) {
                diagnostics.add(
                    .error(
                        at: at,
                        "theme '\(theme.chain[0])' has no template '\(template)', which the \(feature.key) needs",
                        hint: "add \(ContentLayout.themes)/\(theme.chain[0])/templates/\(template).mustache, "
                            + "or let the theme extend one that has it (extends: default); a copy of the default "
                            + "theme from an older buurtsite lacks the templates added since: copy themes/default "
                            + "of this version over it"))
            }
            for asset in feature.assets where !assets.contains(asset) {
                diagnostics.add(
                    .error(
                        at: at, "theme '\(theme.chain[0])' has no asset '\(asset)', which the \(feature.key) needs",
                        hint: "add \(ContentLayout.themes)/\(theme.chain[0])/assets/\(asset), "
                            + "or let the theme extend one that has it (extends: default)"))
            }
        }
    }

    /// The buurten named with --buurt, or those of the shard, or all; unknown names are errors with a suggestion.
    private func select(from content: SiteContent, diagnostics: DiagnosticCollector) -> [Buurt] {
        if let shard = options.shard { return content.buurten.filter { shard.contains(slug: $0.slug) } }
        guard !options.buurten.isEmpty else { return content.buurten }
        let known = content.buurten.map(\.slug)
        for name in options.buurten where !known.contains(name) {
            diagnostics.add(
                .error(
                    at: nil,
                    "no buurt platform '\(name)' in content/buurten/" + Suggestion.didYouMean(name, among: known),
                    hint: "name the buurt by its folder: " + known.joined(separator: ", ")))
        }
        return content.buurten.filter { options.buurten.contains($0.slug) }
    }
}

extension ContinuousClock.Instant {
    /// Seconds from this instant until now.
    var secondsSince: Double {
        let elapsed = ContinuousClock.now - self
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
