import BuurtCore
import Foundation
import Markdown
import Model
import Site
import Theme

/// Plans every file of the selected buurt sites and the portal, renders them on all cores (all of them, or only
/// chosen paths), hands every page to the collectors, and writes the files into a sink.
struct SiteWriter {
    let renderer: SiteRenderer
    let sink: any OutputSink
    let diagnostics: DiagnosticCollector
    let progress: Progress?
    let collectors: [any PageCollector]
    /// In a shard build (`--shard i/n`): the folders of its buurt sites ("molenkamp/"). Collectors that gather every
    /// site's pages into the portal's files write only these sites' files; the portal's are `buurtsite merge`'s.
    var shardSites: Set<String>? = nil
    /// In a shard build with such a collector: where every page's record goes, for the merge.
    var records: RecordWriter? = nil

    var content: SiteContent { renderer.content }
    var theme: Theme { renderer.theme }

    /// What a plan needs besides itself while it runs: Markdown rendered up front and the files pages use.
    struct Run {
        let plan: BuildPlan
        /// Municipality-wide pages look the same on every site: their Markdown is rendered once.
        let sharedMarkdown: [String: RenderedMarkdown]
        let sharedMedia: MediaFiles
        /// Files each buurt's own pages link to or show, by buurt slug: known once those pages have rendered.
        let media: [String: MediaFiles]
        let buurten: [Buurt]
    }

    var wantsContent: Bool { collectors.contains { $0.wantsContent } }

    /// Every file of these buurt sites and, unless `portal` is false (a shard build's shards but the first), of the
    /// portal.
    func plan(_ buurten: [Buurt], portal includesPortal: Bool = true) -> Run {
        let sharedMedia = MediaFiles()
        let textParts: TextParts = wantsContent ? .plainText : []
        let shared = content.sharedPages.parallelMap {
            renderer.renderMarkdown($0, media: sharedMedia, text: textParts)
        }
        diagnostics.add(contentsOf: shared.flatMap(\.diagnostics))
        let sharedMarkdown = Dictionary(uniqueKeysWithValues: zip(content.sharedPages.map(\.sourcePath), shared))
        let media = Dictionary(uniqueKeysWithValues: buurten.map { ($0.slug, MediaFiles()) })
        let features = renderer.features.filter(\.hasContent)
        // Listing a feature's files may render Markdown (to learn which files it uses), so buurten are listed in
        // parallel.
        let featureJobs = buurten.parallelMap { buurt in
            (buurt, files(of: features.flatMap { $0.jobs(for: buurt, renderer) }))
        }
        let portalJobs = includesPortal ? files(of: features.flatMap { $0.portalJobs(renderer) }) : []
        // Files the municipality-wide pages use are known now that their Markdown is rendered; so is each logo.
        let sharedFiles = sharedMedia.all

        // The home pages (which list every page) first, so that they render alongside the pages, not after them.
        var outputs: [BuildPlan.Output] = []
        let portal = BuildPlan.SitePages(buurt: nil, pages: content.sharedPages)
        let sites = buurten.map { BuildPlan.SitePages(buurt: $0, pages: $0.pages + content.sharedPages) }
        for (buurt, site) in zip(buurten, sites) {
            let folder = buurt.slug + "/"
            outputs.append(
                output(
                    folder + "index.html", site: folder, maker: .home(site),
                    page: PageInfo(urlPath: "", kind: "home", title: buurt.config.name),
                    inputs: (buurt.pages + content.sharedPages).map(\.sourcePath)
                        + features.flatMap { $0.sectionInputs(for: buurt) }))
            outputs += (sharedFiles + logo(of: buurt)).map { file in
                output(folder + file.sitePath, site: folder, maker: .copy(file.source), inputs: [file.source])
            }
            outputs.append(output(folder + "404.html", site: folder, maker: .notFound(site)))
            // Crawlers read robots.txt only at the root of a host; a site under a sub-path has the host's.
            if buurt.config.baseURL.isHostRoot {
                outputs.append(
                    output(
                        folder + "robots.txt", site: folder,
                        maker: .robots(base: buurt.config.baseURL.absolute)))
            }
            outputs += assetFiles(ofSite: buurt.slug).map {
                output(folder + $0.path, site: folder, maker: .asset($0.data))
            }
        }
        // The portal lists every buurt platform, and what the features count over all of them.
        outputs.append(
            output(
                "index.html", site: "", maker: .portal,
                page: PageInfo(urlPath: "", kind: "home", title: content.municipality.name),
                inputs: content.buurten.map(\.configPath)
                    + Set(content.buurten.flatMap { buurt in features.flatMap { $0.sectionInputs(for: buurt) } })
                    .sorted()))
        outputs += sharedFiles.map { file in
            output(file.sitePath, site: "", maker: .copy(file.source), inputs: [file.source])
        }
        outputs += portal.pages.indices.map { BuildPlan.Output(site: "", maker: .page(portal, $0), own: nil) }
        outputs.append(output("404.html", site: "", maker: .notFound(portal)))
        if content.municipality.baseURL.isHostRoot {
            outputs.append(
                output("robots.txt", site: "", maker: .robots(base: content.municipality.baseURL.absolute)))
        }
        outputs += assetFiles(ofSite: "").map { output($0.path, site: "", maker: .asset($0.data)) }
        for (buurt, jobs) in featureJobs {
            outputs += jobs.map { output(site: buurt.slug + "/", job: $0) }
        }
        outputs += portalJobs.map { output(site: "", job: $0) }
        for (buurt, site) in zip(buurten, sites) {
            outputs += site.pages.indices.map {
                BuildPlan.Output(site: buurt.slug + "/", maker: .page(site, $0), own: nil)
            }
        }
        if !includesPortal { outputs.removeAll { $0.site.isEmpty } }
        let collectedPaths = collectors.flatMap(\.plannedPaths)
        // Old addresses (aliases) of the pages: a redirect page at each, once the plan knows every other path.
        let redirects = redirects(of: outputs, collectedPaths: collectedPaths)
        outputs += redirects.map { redirect in
            output(
                redirect.outputPath, site: redirect.site, maker: .redirect(redirect), inputs: [redirect.location.file])
        }
        outputs += hostFiles(for: buurten, portal: includesPortal, redirects: redirects)
        var plan = BuildPlan(
            outputs: outputs, collectedPaths: collectedPaths, sharedInputs: sharedInputs(of: buurten))
        plan.redirects = redirects
        plan.links = renderer.links
        return Run(plan: plan, sharedMarkdown: sharedMarkdown, sharedMedia: sharedMedia, media: media, buurten: buurten)
    }

    /// Renders the plan's outputs and writes them; with `only`, just the files at those paths (relative to the
    /// output folder). A sitemap (made of every page) or a file a buurt page links to or shows (found as the page
    /// renders) needs every page rendered first: then every page renders and only the chosen files are written.
    /// A chosen path that is none of these is no file of the build, and is left out.
    /// Returns the number of HTML pages written.
    func write(_ run: Run, only chosen: Set<String>? = nil) -> Int {
        let rendersAll =
            chosen.map { paths in
                paths.contains { path in
                    run.plan.collectedPaths.contains { $0.hasSuffix("/") ? path.hasPrefix($0) : path == $0 }
                }
                    || paths.contains { path in
                        path.split(separator: "/").contains("media") && !run.plan.outputs.contains { $0.path == path }
                    }
            } ?? true
        let outputs = rendersAll ? run.plan.outputs : run.plan.outputs.filter { chosen!.contains($0.path) }
        let writes: @Sendable (String) -> Bool = { path in chosen?.contains(path) ?? true }
        let wantsContent = self.wantsContent

        progress?.start(total: outputs.count)
        let written = outputs.parallelMap { output -> Bool in
            defer { progress?.advance() }
            return diagnostics.capture { () throws -> Bool in
                let made = try make(output, run: run, wantsContent: wantsContent)
                if !collectors.isEmpty, let page = output.page {
                    let content = wantsContent ? (made.content ?? page.content?()) : nil
                    let record = PageRecord(site: output.site, info: page, content: content)
                    for collector in collectors { collector.collect(record) }
                    records?.record(record)
                }
                let path = output.path
                guard writes(path) else { return false }
                switch made.body {
                case .text(let text): try sink.write(text, to: path)
                case .data(let data): try sink.write(data, to: path)
                }
                return output.isHTMLPage
            } ?? false
        }
        progress?.finish()

        for collector in collectors {
            // A shard writes its buurt sites' files of a collector that gathers every site; the merge the portal's.
            let sites = collector.gathersSites ? shardSites : nil
            let sink = self.sink, diagnostics = self.diagnostics
            collector.makeFiles(forSites: sites) { path, text in
                guard writes(path), sites.map({ $0.contains { path.hasPrefix($0) } }) ?? true else { return }
                diagnostics.capture { try sink.write(text, to: path) }
            }
            diagnostics.add(contentsOf: collector.problems)
        }
        // Files the buurt pages link to or show are known once every page has rendered.
        for buurt in run.buurten {
            copy(run.media[buurt.slug]!.all, into: buurt.slug + "/", if: writes)
        }
        return written.filter { $0 }.count
    }

    // MARK: Making one output

    private struct Made {
        enum Body { case text(String), data(Data) }
        var body: Body
        /// The page's content, when it came with the rendering (a content page's Markdown).
        var content: PageContent?
    }

    /// The output's bytes.
    private func make(_ output: BuildPlan.Output, run: Run, wantsContent: Bool) throws -> Made {
        switch output.maker {
        case .page(let site, let index):
            let buurt = site.buurt, page = site.pages[index]
            let textParts: TextParts = wantsContent ? .plainText : []
            let markdown =
                run.sharedMarkdown[page.sourcePath]
                ?? renderer.renderMarkdown(
                    page, media: run.media[buurt?.slug ?? ""] ?? run.sharedMedia, text: textParts)
            if page.owner != .municipality { diagnostics.add(contentsOf: markdown.diagnostics) }
            let content =
                wantsContent
                ? PageContent(
                    headings: markdown.headings.map(\.text), body: markdown.plainText,
                    summary: page.frontMatter.description ?? markdown.summary(), source: page.sourcePath,
                    searchable: page.frontMatter.search) : nil
            return Made(body: .text(try renderer.page(page, markdown: markdown, in: buurt)), content: content)
        case .home(let site):
            return Made(body: .text(try renderer.home(site.buurt!)))
        case .notFound(let site):
            return Made(body: .text(try renderer.notFound(site.buurt)))
        case .portal:
            return Made(body: .text(try renderer.portal()))
        case .robots(let base):
            return Made(body: .text(SiteFiles.robots(base: base)))
        case .redirect(let redirect):
            return Made(body: .text(redirect.page()))
        case .asset(let data):
            return Made(body: .data(data))
        case .text(let text):
            return Made(body: .text(text))
        case .copy(let source):
            return Made(body: .data(try content.root.readData(source)))
        case .job(let job):
            switch job.body {
            case .text(let make): return Made(body: .text(try make()))
            case .data(let make): return Made(body: .data(try make()))
            case .copy(let source): return Made(body: .data(try content.root.readData(source)))
            // Reported when the plan was made; no such job is planned.
            case .report: return Made(body: .data(Data()))
            }
        }
    }

    // MARK: Parts of the plan

    /// The jobs that make files; problems found while the jobs were listed (Markdown rendered up front) are
    /// reported now, so that they are reported whichever paths are rendered.
    private func files(of jobs: [RenderJob]) -> [RenderJob] {
        jobs.filter { job in
            guard case .report(let problems) = job.body else { return true }
            diagnostics.add(contentsOf: problems)
            return false
        }
    }

    /// An output whose maker does not hold its path, page and inputs; `path` is the full path in the output folder.
    private func output(
        _ path: String, site: String, maker: BuildPlan.Maker, page: PageInfo? = nil, inputs: [String] = []
    ) -> BuildPlan.Output {
        BuildPlan.Output(
            site: site, maker: maker,
            own: .init(path: String(path.dropFirst(site.count)), page: page, inputs: inputs))
    }

    private func output(site: String, job: RenderJob) -> BuildPlan.Output {
        BuildPlan.Output(site: site, maker: .job(job), own: nil)
    }

    /// What every page of a site shows besides its own content: site.yml and the theme's files; the titles of the
    /// pages in its menu and footer; and for a buurt site its buurt.yml and logo.
    private func sharedInputs(of buurten: [Buurt]) -> [String: [String]] {
        let themeFiles =
            theme.templateNames.compactMap(theme.templateFile) + theme.assets.map(\.source)
            + theme.chain.map { ContentLayout.themes + "/" + $0 + "/theme.yml" }
        let common = [ContentLayout.siteConfig] + themeFiles + content.sharedPages.map(\.sourcePath)
        var inputs = ["": common]
        for buurt in buurten {
            inputs[buurt.slug + "/"] =
                common + [buurt.configPath] + logo(of: buurt).map(\.source)
                + buurt.pages.filter(\.frontMatter.menu).map(\.sourcePath)
        }
        return inputs
    }

    private func logo(of buurt: Buurt) -> [(sitePath: String, source: String)] {
        guard let logo = buurt.config.theme?.logo, let source = content.root.normalise(buurt.folder + "/" + logo),
            let sitePath = MediaFiles.sitePath(for: source, owner: .buurt(slug: buurt.slug))
        else { return [] }
        return [(sitePath, source)]
    }

    private func copy(_ files: [(sitePath: String, source: String)], into folder: String, if writes: (String) -> Bool) {
        for file in files where writes(folder + file.sitePath) {
            diagnostics.capture { try sink.write(content.root.readData(file.source), to: folder + file.sitePath) }
        }
    }

    /// The host configuration in the portal's folder and in each of these buurten's: `.htaccess` in every site's
    /// folder, `_headers` and `_redirects` in each folder that is published on its own (the portal's holds the rules
    /// of the buurten published inside it), with the old addresses (aliases) as permanent redirects.
    private func hostFiles(for buurten: [Buurt], portal: Bool, redirects: [SiteRedirect]) -> [BuildPlan.Output] {
        let layout = HostLayout(
            content: content, features: renderer.features, redirects: HostRedirect.bySite(redirects),
            diagnostics: diagnostics)
        let built = Set((portal ? [""] : []) + buurten.map { $0.slug + "/" })
        var outputs: [BuildPlan.Output] = []
        for site in layout.sites where built.contains(site.folder) {
            let folder = site.folder
            outputs.append(output(folder + ".htaccess", site: folder, maker: .text(ApacheFile.htaccess(for: site))))
            // A buurt published in the portal's folder: its old addresses in a `_redirects` of its own, so that each
            // file depends only on its own site (a build of some buurten, or a shard, writes the same).
            guard layout.publishedWith(site) == nil else {
                if !site.redirects.isEmpty {
                    outputs.append(
                        output(folder + "_redirects", site: folder, maker: .text(NetlifyFiles.aliases(of: site))))
                }
                continue
            }
            let covered = layout.covered(by: site)
            outputs.append(output(folder + "_headers", site: folder, maker: .text(NetlifyFiles.headers(for: covered))))
            outputs.append(
                output(folder + "_redirects", site: folder, maker: .text(NetlifyFiles.redirects(for: covered))))
        }
        return outputs
    }

    /// The files of a site's `assets/` folder ("" for the portal, a buurt's slug), named after their content.
    private func assetFiles(ofSite slug: String) -> [SiteAssets.File] {
        renderer.assets.files(ofSite: slug)
    }
}
