import BuurtCore
import Foundation
import Model
import Site
import Theme

/// What one render of a preview (`buurtsite serve`) did: the report, the plan's paths, what it rendered and how
/// long each step took.
public struct PreviewRender: Sendable {
    /// Seconds spent in each step.
    public struct Timings: Sendable {
        /// Loading, checking and the theme: every content file is read again.
        public var prepare: Double = 0
        /// Listing every output with what makes it and what it reads.
        public var plan: Double = 0
        /// Rendering the chosen outputs into the sink.
        public var render: Double = 0
    }

    public var report: BuildReport
    /// The plan, for the next render to compare with; nil when nothing could be planned.
    public var plan: BuildPlan?
    /// Every path the plan makes (not the collectors' files, nor the files buurt pages link to); empty when
    /// nothing could be planned.
    public var planned: Set<String> = []
    /// The paths rendered into the sink this time.
    public var rendered: [String] = []
    /// Output paths of pages marked `draft: true` (planned only with `BuildOptions.drafts`).
    public var drafts: Set<String> = []
    /// Each site's folder in the output ("" for the portal, "molenkamp/") with the address it is published at.
    public var addresses: [String: SiteAddress] = [:]
    /// True when every file of the plan was rendered, collectors' files (sitemaps, the search index) included.
    public var isComplete = false
    public var timings = Timings()
}

extension SiteBuilder {
    /// Renders a preview into `sink`. With `changed` nil: every file, as `render(into:)`. With `changed` (content
    /// paths relative to the root, as "content/buurten/molenkamp/pages/over-ons.md"): only the outputs the plan
    /// says read one of them (the page itself, the lists and menus that show it, everything for a theme file or
    /// site.yml), those that read them in the `previous` plan (a list that showed a page now deleted), and outputs
    /// the previous plan did not have (a new page); where a page or a feature's item has another address (a new
    /// slug), every page that may link to it (`BuildPlan.relinkedPages(since:)`). Collectors (sitemaps, the search
    /// index) need every page, so an incremental render leaves their files for the next complete one.
    public func renderPreview(into sink: MemorySink, changed: Set<String>?, previous: BuildPlan?) -> PreviewRender {
        var clock = ContinuousClock.now
        let diagnostics = DiagnosticCollector()
        var result = PreviewRender(
            report: BuildReport(diagnostics: [], buurten: 0, pages: 0, seconds: 0, output: "", published: false))
        guard let root = diagnostics.capture({ try SiteRoot(path: options.root) }),
            let site = prepare(root: root, diagnostics: diagnostics, report: &result.report, printsPDF: false)
        else {
            result.report.diagnostics = diagnostics.diagnostics
            return result
        }
        result.timings.prepare = clock.secondsSince
        clock = .now

        // Without collectors an incremental render does no work for files it will not write (the search index).
        let writer = SiteWriter(
            renderer: site.renderer, sink: sink, diagnostics: diagnostics, progress: nil,
            collectors: changed == nil ? site.collectors : [])
        let run = writer.plan(site.selected)
        let outputs = run.plan.outputs
        result.plan = run.plan
        result.planned = Set(outputs.map(\.path))
        result.drafts = Set(outputs.filter(\.isDraft).map(\.path))
        let content = site.renderer.content
        result.addresses[""] = content.municipality.baseURL
        for buurt in site.selected { result.addresses[buurt.slug + "/"] = buurt.config.baseURL }
        result.timings.plan = clock.secondsSince
        clock = .now

        if let changed, let previous {
            let known = Set(previous.outputs.map(\.path))
            // A page whose front matter stayed the same changed only its own text: menus and footers that show its
            // title need not render again (lists that read it directly, as a home page, still do).
            let bodyOnly = changed.filter { source in
                guard let old = previous.page(from: source), let new = run.plan.page(from: source) else { return false }
                return old.frontMatter.looksTheSameElsewhere(as: new.frontMatter)
            }
            let chosen = Set(run.plan.outputs(touchedBy: changed, bodyOnly: bodyOnly).map(\.path))
                .union(
                    previous.outputs(touchedBy: changed, bodyOnly: bodyOnly).map(\.path).filter(result.planned.contains)
                )
                .union(result.planned.subtracting(known))
                .union(run.plan.relinkedPages(since: previous).map(\.path))
            result.report.pages = writer.write(run, only: chosen)
            result.rendered = chosen.sorted()
        } else {
            result.report.pages = writer.write(run)
            result.rendered = outputs.map(\.path)
            result.isComplete = true
        }
        result.report.buurten = site.selected.count
        result.timings.render = clock.secondsSince
        result.report.seconds = result.timings.prepare + result.timings.plan + result.timings.render
        result.report.diagnostics = diagnostics.diagnostics
        return result
    }
}

extension PageFrontMatter {
    /// Whether other pages (menus, footers, lists) would show this page the same: title, description, address,
    /// date, menu place and draft state are the same.
    func looksTheSameElsewhere(as other: PageFrontMatter) -> Bool {
        title == other.title && description == other.description && slug == other.slug && updated == other.updated
            && menu == other.menu && order == other.order && draft == other.draft
    }
}

/// What a preview keeps from one render to the next while the files it came from stay the same: the loaded theme
/// (its templates parsed), which took half of the loading time of a one-page change on the example, and the Markdown
/// pages (`PageCache`), most of the loading time on a site of 10,000 pages.
public final class PreviewCache: @unchecked Sendable {
    private let lock = NSLock()
    private var kept: (name: String, theme: Theme)?
    /// Markdown pages, each read again only when its file changed.
    let pages = PageCache()

    public init() {}

    /// Forgets what these changed files (root-relative; nil: any file) may have changed: the theme, on a change in
    /// themes/ or site.yml (which names the theme).
    public func forget(after changed: Set<String>?) {
        let themeChanged =
            changed?.contains { $0 == ContentLayout.siteConfig || $0.hasPrefix(ContentLayout.themes + "/") } ?? true
        if themeChanged { lock.withLock { kept = nil } }
    }

    func theme(named name: String) -> Theme? {
        lock.withLock { kept?.name == name ? kept?.theme : nil }
    }

    func keep(_ theme: Theme, named name: String) {
        lock.withLock { kept = (name, theme) }
    }
}
