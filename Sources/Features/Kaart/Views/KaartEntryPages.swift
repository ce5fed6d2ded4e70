import BuurtCore
import Markdown
import Model
import Site

/// The entry pages of one buurt's kaart: what they are made of, held once and shared by their jobs, which each
/// keep only this and a number. Jobs that each held the view, the entry and the renderer kept a copy of their
/// fields for every entry page until the build's end; with this, the positions in KaartFacetValue and KaartAPISite
/// and pages that keep no Markdown, the bench's 100,000 pages with 34,545 kaart entry pages went from 1,334 to
/// 814 MB (docs/ARCHITECTURE.md, "Under 1 GB at 100,000 pages").
/// Only value types that no job changes (text, numbers, flags, lists and dictionaries of them): safe to share
/// between threads.
final class KaartEntryPages: @unchecked Sendable {
    let pages: KaartPages
    let view: KaartView
    /// The entries' descriptions as HTML for this site, by source path (entries without one are left out).
    let descriptions: [String: RenderedMarkdown]
    /// Entry pages all stand at the same depth and `kaart` links through the site root (SitePath.relative):
    /// its values are the same on every entry page of the site, so they are made once.
    let kaart: [String: Any]

    init(pages: KaartPages, view: KaartView, descriptions: [String: RenderedMarkdown]) {
        self.pages = pages
        self.view = view
        self.descriptions = descriptions
        kaart = view.entries.first.map { view.values(urlPath: view.path(of: $0)) } ?? [:]
    }

    /// Problems in the description of the entry at `index` of the view's entries.
    func problems(_ index: Int) -> [Diagnostic] {
        descriptions[view.entries[index].sourcePath]?.diagnostics ?? []
    }

    /// The page of the entry at `index`.
    func page(_ index: Int) throws -> String {
        let entry = view.entries[index]
        let description = descriptions[entry.sourcePath]
        let problems = description?.diagnostics ?? []
        if problems.hasErrors { throw DiagnosticList(problems) }
        return try pages.kaartEntry(view, entry, kaart: kaart, descriptionHTML: description?.html)
    }

    /// What the entry at `index` says, for collectors that ask (a search index): its summary, who it is for
    /// ("Voor ouderen en mensen met een beperking …") and its description.
    func content(_ index: Int) -> PageContent {
        let entry = view.entries[index]
        let before = [entry.summary, entry.eligibility ?? ""]
        return pages.site.pageContent(of: entry.body, before: before, item: view.itemContent(of: entry))
    }
}
