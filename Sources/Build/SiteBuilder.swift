import BuurtCore
import Content
import Foundation
import Markdown
import Render
import Theme

/// The build, in four steps: load → validate → render → write.
public struct SiteBuilder {
    let options: BuildOptions
    let progress: Progress?
    /// Finds Chromium for the PDF booklets (`--pdf`): the path of its binary, or nil. Tests replace it.
    public var locateChromium: @Sendable () -> String? = { BookletPDF.locateChromium() }

    public init(options: BuildOptions, progress: Progress? = nil) {
        self.options = options
        self.progress = progress
    }

    public func build() -> BuildReport {
        let clock = ContinuousClock.now
        let diagnostics = DiagnosticCollector()
        var report = BuildReport(diagnostics: [], neighbourhoods: 0, pages: 0, seconds: 0, output: options.output, published: false)
        func finish(_ published: Bool) -> BuildReport {
            report.diagnostics = diagnostics.diagnostics
            report.published = published
            let elapsed = ContinuousClock.now - clock
            report.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            return report
        }

        // Load and validate.
        guard let root = diagnostics.capture({ try SiteRoot(path: options.root) }),
              let output = diagnostics.capture({ try OutputFolder(path: options.output, root: root) }) else { return finish(false) }
        guard let content = ContentLoader(root: root, diagnostics: diagnostics, today: options.today).load() else { return finish(false) }
        ContentValidator(content: content, diagnostics: diagnostics).validate()
        report.overdue = content.kaart.overdueReport
        let theme = diagnostics.capture {
            try ThemeLoader.load(named: content.municipality.theme, root: root,
                                 requestedAt: content.municipalityNode["theme"]?.location)
        }
        let selected = select(from: content, diagnostics: diagnostics)
        guard let theme else { return finish(false) }

        // Render and write into the staging folder; even with errors so far, to report every problem at once.
        guard diagnostics.capture({ try output.prepareStaging() }) != nil else { return finish(false) }
        var renderer = SiteRenderer(content: content, theme: theme)
        // PDF booklets: whether Chromium is there decides, before rendering, whether the pages link to the PDFs.
        let chromium = options.pdf ? locateChromium() : nil
        renderer.pdfBooklets = chromium != nil
        if options.pdf && chromium == nil {
            report.notes.append("PDF booklets skipped: chromium not found (\(BookletPDF.searchDescription())); "
                                + "install Chromium or set \(BookletPDF.environmentKey) to its path. The sites were built without PDFs.")
        }
        let writer = SiteWriter(renderer: renderer, writer: FileWriter(base: output.staging), diagnostics: diagnostics, progress: progress)
        report.pages = writer.writeAll(selected)
        report.neighbourhoods = selected.count
        if let chromium, !diagnostics.hasErrors {
            let jobs = selected.flatMap { buurt in
                renderer.toolkitBooklets(for: buurt).map { booklet in
                    BookletPDF.Job(name: "\(buurt.slug): \(booklet.title)", page: buurt.slug + "/" + SitePath.outputFile(for: booklet.urlPath),
                                   pdf: buurt.slug + "/" + booklet.pdfPath)
                }
            }
            let failures = BookletPDF(chromium: chromium, today: options.today).render(jobs, in: output.staging)
            diagnostics.add(contentsOf: failures)
            if !jobs.isEmpty && failures.isEmpty { report.notes.append("made \(jobs.count) PDF \(jobs.count == 1 ? "booklet" : "booklets") with \(chromium)") }
        }

        let failed = diagnostics.hasErrors || (options.strict && !diagnostics.diagnostics.isEmpty)
        if failed {
            output.discardStaging()
            return finish(false)
        }
        let published = diagnostics.capture {
            options.neighbourhoods.isEmpty ? try output.publishAll() : try output.publishEntries()
        } != nil
        if !published { output.discardStaging() }
        return finish(published)
    }

    /// The buurten named with --buurt, or all; unknown names are errors with a suggestion.
    private func select(from content: SiteContent, diagnostics: DiagnosticCollector) -> [Neighbourhood] {
        guard !options.neighbourhoods.isEmpty else { return content.neighbourhoods }
        let known = content.neighbourhoods.map(\.slug)
        for name in options.neighbourhoods where !known.contains(name) {
            diagnostics.add(.error(at: nil, "no buurt platform '\(name)' in content/buurten/" + Suggestion.didYouMean(name, among: known),
                                   hint: "name the buurt by its folder: " + known.joined(separator: ", ")))
        }
        return content.neighbourhoods.filter { options.neighbourhoods.contains($0.slug) }
    }
}
