import BuurtCore
import Content
import Foundation
import Markdown
import Render
import Theme

/// Renders every page of the selected buurt sites on all cores and writes them, with each site's
/// assets, media, sitemap and robots.txt, and the municipality's portal.
struct SiteWriter {
    let renderer: SiteRenderer
    let writer: FileWriter
    let diagnostics: DiagnosticCollector
    let progress: Progress?

    var content: SiteContent { renderer.content }
    var theme: Theme { renderer.theme }

    /// Returns the number of HTML pages written: content pages, each site's home and 404, the portal and its pages.
    func writeAll(_ buurten: [Neighbourhood]) -> Int {
        // Municipality-wide pages look the same on every site: their Markdown is rendered once.
        let sharedMedia = MediaFiles()
        let shared = content.sharedPages.parallelMap { renderer.renderMarkdown($0, media: sharedMedia) }
        diagnostics.add(contentsOf: shared.flatMap(\.diagnostics))
        let sharedMarkdown = Dictionary(uniqueKeysWithValues: zip(content.sharedPages.map(\.sourcePath), shared))

        let media = Dictionary(uniqueKeysWithValues: buurten.map { ($0.slug, MediaFiles()) })
        let assets = themeAssets()
        let sharedPages = zip(content.sharedPages, shared).map { ($0, $1) }
        // Feature files (kaart, toolkit) per buurt; their pages go into the buurt's sitemap.
        // Listing them may render Markdown (to learn which files it uses), so buurten are listed in parallel too.
        let featureJobs = buurten.parallelMap { buurt in (buurt, renderer.kaartJobs(for: buurt) + renderer.toolkitJobs(for: buurt)) }
        let sitemapExtras = Dictionary(uniqueKeysWithValues: featureJobs.map { ($0.0.slug, $0.1.compactMap(\.sitemapPath)) })
        // The home pages (which list every page) first, so that they render alongside the pages, not after them.
        let jobs: [Job] = buurten.map { .siteFiles($0) } + [.portal]
            + featureJobs.flatMap { buurt, jobs in jobs.map { .feature($0, folder: buurt.slug + "/") } }
            + renderer.portalKaartJobs().map { .feature($0, folder: "") }
            + buurten.flatMap { buurt in (buurt.pages + content.sharedPages).map { .page(buurt, $0) } }
        progress?.start(total: jobs.count)
        _ = jobs.parallelMap { job in
            diagnostics.capture {
                switch job {
                case .page(let buurt, let page):
                    let markdown = sharedMarkdown[page.sourcePath] ?? renderer.renderMarkdown(page, media: media[buurt.slug]!)
                    if page.owner != .municipality { diagnostics.add(contentsOf: markdown.diagnostics) }
                    let html = try renderer.page(page, markdown: markdown, in: buurt)
                    try writer.write(html, to: buurt.slug + "/" + SitePath.outputFile(for: page.urlPath))
                case .siteFiles(let buurt):
                    try writeSiteFiles(of: buurt, assets: assets, sitemapExtras: sitemapExtras[buurt.slug] ?? [])
                case .feature(let job, let folder):
                    try write(job, into: folder)
                case .portal:
                    try writePortal(assets: assets, sharedPages: sharedPages)
                }
            }
            progress?.advance()
            return true
        }
        progress?.finish()

        // Files the pages link to or show are known once every page has rendered.
        for buurt in buurten { copy(media[buurt.slug]!.all + sharedMedia.all + logo(of: buurt), into: buurt.slug + "/") }
        copy(sharedMedia.all, into: "")
        let featureFiles = jobs.filter { if case .feature = $0 { true } else { false } }.count
        let featurePages = featureJobs.reduce(0) { $0 + $1.1.filter { $0.sitemapPath != nil }.count }
        return jobs.count - featureFiles + featurePages + buurten.count + content.sharedPages.count
    }

    private func write(_ job: RenderJob, into folder: String) throws {
        switch job.body {
        case .text(let make): try writer.write(make(), to: folder + job.path)
        case .data(let make): try writer.write(make(), to: folder + job.path)
        case .copy(let source): try writer.write(content.root.readData(source), to: folder + job.path)
        case .report(let problems): diagnostics.add(contentsOf: problems)
        }
    }

    /// Home, 404, sitemap, robots.txt, and the theme's assets with this buurt's tokens.
    private func writeSiteFiles(of buurt: Neighbourhood, assets: [(path: String, data: Data)], sitemapExtras: [String]) throws {
        let folder = buurt.slug + "/"
        try writer.write(renderer.home(buurt), to: folder + "index.html")
        try writer.write(renderer.notFound(buurt), to: folder + "404.html")
        try writer.write(renderer.sitemap(buurt, extraPaths: sitemapExtras), to: folder + "sitemap.xml")
        try writer.write(renderer.robots(buurt), to: folder + "robots.txt")
        try writer.write(tokensCSS(for: buurt), to: folder + "assets/tokens.css")
        for asset in assets { try writer.write(asset.data, to: folder + "assets/" + asset.path) }
    }

    private func logo(of buurt: Neighbourhood) -> [(sitePath: String, source: String)] {
        guard let logo = buurt.config.theme?.logo, let source = content.root.normalise(buurt.folder + "/" + logo),
              let sitePath = MediaFiles.sitePath(for: source, owner: .neighbourhood(slug: buurt.slug)) else { return [] }
        return [(sitePath, source)]
    }

    private func copy(_ files: [(sitePath: String, source: String)], into folder: String) {
        for file in files {
            diagnostics.capture { try writer.write(content.root.readData(file.source), to: folder + file.sitePath) }
        }
    }

    /// The portal with its own copies of the municipality-wide pages (privacy, toegankelijkheid).
    private func writePortal(assets: [(path: String, data: Data)], sharedPages: [(Page, RenderedMarkdown)]) throws {
        try writer.write(renderer.portal(), to: "index.html")
        try writer.write(renderer.portalSitemap(), to: "sitemap.xml")
        for (page, markdown) in sharedPages {
            try writer.write(renderer.page(page, markdown: markdown, in: nil), to: SitePath.outputFile(for: page.urlPath))
        }
        try writer.write(theme.tokens.css(), to: "assets/tokens.css")
        for asset in assets { try writer.write(asset.data, to: "assets/" + asset.path) }
    }

    /// The theme's tokens with the buurt's own overrides (accent colours), checked for contrast again.
    private func tokensCSS(for buurt: Neighbourhood) throws -> String {
        guard let overrides = buurt.config.theme, !overrides.tokens.isEmpty else { return theme.tokens.css() }
        var locations: [String: SourceLocation] = [:]
        if case .mapping(let pairs)? = overrides.tokensNode?.kind {
            for pair in pairs { if let name = pair.key.scalar { locations[name] = pair.value.location } }
        }
        let tokens = try theme.tokens.overriding(overrides.tokens, at: locations)
        let problems = tokens.checkContrast(theme.contrastPairs)
        diagnostics.add(contentsOf: problems.map { problem in
            var problem = problem
            problem.message += " (with the overrides in \(buurt.configPath))"
            return problem
        })
        return tokens.css()
    }

    /// The theme's asset files, read once for all sites.
    private func themeAssets() -> [(path: String, data: Data)] {
        theme.assets.compactMap { asset in
            diagnostics.capture { (asset.outputPath, try content.root.readData(asset.source)) }
        }
    }
}

/// One unit of work of the parallel render-and-write step.
private enum Job: Sendable {
    case page(Neighbourhood, Page)
    case siteFiles(Neighbourhood)
    case portal
    /// A file of a feature (kaart, toolkit), written into `folder` ("molenkamp/", or "" for the portal).
    case feature(RenderJob, folder: String)
}
