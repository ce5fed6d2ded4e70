import BuurtCalendar
import BuurtCore
import YAML

/// Reads site.yml, the municipality-wide pages and every buurt folder. Problems are collected,
/// not thrown, so that one build reports all of them.
public struct ContentLoader: Sendable {
    public let root: SiteRoot
    let diagnostics: DiagnosticCollector
    let today: Day
    /// Decodes site.yml and buurt.yml, allowing the sections of the features.
    let configDecoder: YAMLDecoder
    /// Decodes buurt.yml, allowing the sections of the features that read one there.
    let buurtConfigDecoder: YAMLDecoder
    /// Keep Markdown pages marked `draft: true` among the pages (a preview with `serve --drafts`).
    let includeDrafts: Bool
    /// Pages read before, reused while their files stay the same (a preview); nil: every page is read.
    let pageCache: PageCache?

    /// `featureKeys`: the sections of site.yml that features read, by their keys; `buurtFeatureKeys`: those of
    /// buurt.yml. Any other section is an unknown key. `includeDrafts`: keep draft pages (a preview).
    public init(
        root: SiteRoot, diagnostics: DiagnosticCollector, today: Day, featureKeys: [String] = [],
        buurtFeatureKeys: [String] = [], includeDrafts: Bool = false, pageCache: PageCache? = nil
    ) {
        self.includeDrafts = includeDrafts
        self.pageCache = pageCache
        self.root = root
        self.diagnostics = diagnostics
        self.today = today
        configDecoder = FeatureSections.decoder(allowing: featureKeys)
        buurtConfigDecoder = FeatureSections.decoder(allowing: buurtFeatureKeys)
    }

    /// What was read: the content, nil when site.yml itself cannot be used; and the buurten that could be read
    /// either way, whose folders features still read to report every problem at once.
    public struct Result: Sendable {
        public var content: SiteContent?
        public var buurten: [Buurt]
    }

    /// Everything in the repository; `content` is nil when site.yml itself cannot be used.
    public func load() -> Result {
        let hasSiteConfig = root.containsItem(ContentLayout.siteConfig)
        if !hasSiteConfig {
            diagnostics.add(
                .error(
                    at: SourceLocation(file: ContentLayout.siteConfig), "site.yml not found in \(root.path)",
                    hint:
                        "run buurtsite in the site's folder or pass it with --root; site.yml needs at least name, "
                        + "cbs_code, theme and base_url"
                ))
        }
        let municipality =
            hasSiteConfig
            ? loadYAML(MunicipalityConfig.self, from: ContentLayout.siteConfig, decoder: configDecoder) : nil
        let shared = loadPages(in: ContentLayout.sharedPages, owner: .municipality)
        var buurten: [Buurt] = []
        var drafts = shared.drafts
        if !root.isDirectory(ContentLayout.buurten) {
            diagnostics.add(
                .error(
                    at: SourceLocation(file: ContentLayout.buurten), "folder not found",
                    hint: "create content/buurten/<name>/buurt.yml for each buurt platform"))
        }
        for name in root.entries(of: ContentLayout.buurten) {
            let folder = ContentLayout.buurten + "/" + name
            guard root.isDirectory(folder) else { continue }
            if let loaded = loadBuurt(slug: name, folder: folder) {
                buurten.append(loaded.buurt)
                drafts.formUnion(loaded.drafts)
            }
        }
        guard let municipality else { return Result(content: nil, buurten: buurten) }
        let content = SiteContent(
            root: root, municipality: municipality.value, municipalityNode: municipality.node,
            sharedPages: shared.pages, buurten: buurten, draftPaths: drafts, today: today)
        return Result(content: content, buurten: buurten)
    }

    func loadBuurt(slug: String, folder: String) -> (buurt: Buurt, drafts: Set<String>)? {
        let configPath = folder + "/" + ContentLayout.buurtConfig
        if !Slug.isValid(slug) {
            diagnostics.add(
                .error(
                    at: SourceLocation(file: folder),
                    "folder name '\(slug)' cannot be used in a web address",
                    hint: "rename the folder to '\(Slug.make(from: slug))': lowercase letters, digits and hyphens"))
        }
        guard root.containsItem(configPath) else {
            diagnostics.add(
                .error(
                    at: SourceLocation(file: configPath), "buurt.yml not found",
                    hint:
                        "every folder in content/buurten/ is a buurt platform and needs a buurt.yml with at least "
                        + "name, tagline and base_url"
                ))
            return nil
        }
        let config = loadYAML(BuurtConfig.self, from: configPath, decoder: buurtConfigDecoder)
        let pages = loadPages(in: folder + "/" + ContentLayout.buurtPages, owner: .buurt(slug: slug))
        guard let config, Slug.isValid(slug) else { return nil }
        return (
            Buurt(slug: slug, folder: folder, config: config.value, configNode: config.node, pages: pages.pages),
            pages.drafts
        )
    }

    /// Parses and decodes one YAML file; nil (with the problems recorded) when it cannot be used.
    func loadYAML<T: Decodable>(_ type: T.Type, from path: String, decoder: YAMLDecoder = YAMLDecoder())
        -> (value: T, node: YAMLNode)?
    {
        diagnostics.capture { () throws -> (value: T, node: YAMLNode) in
            let file = try root.read(path)
            guard let node = try YAMLParser.parse(file.text, file: path) else {
                throw Diagnostic.error(at: SourceLocation(file: path, line: 1, column: 1), "file is empty")
            }
            return (try decoder.decode(type, from: node), node)
        }
    }

    /// Every Markdown page under a folder, read and parsed on all cores.
    func loadPages(in folder: String, owner: PageOwner) -> (pages: [Page], drafts: Set<String>) {
        let loaded = FrontMatterFile.loadAll(under: folder, root: root, diagnostics: diagnostics) { [self] path, _ in
            try loadPage(path, in: folder, owner: owner)
        }
        if includeDrafts { return (loaded.sorted { $0.urlPath < $1.urlPath }, []) }
        let drafts = Set(loaded.filter(\.frontMatter.draft).map(\.sourcePath))
        for draft in drafts { diagnostics.addDraft(draft) }
        return (loaded.filter { !$0.frontMatter.draft }.sorted { $0.urlPath < $1.urlPath }, drafts)
    }

    func loadPage(_ path: String, in folder: String, owner: PageOwner) throws -> Page {
        guard let pageCache else { return try readPage(path, in: folder, owner: owner) }
        let stamp = PageCache.stamp(of: root.absolute(path))
        if let stamp, let kept = pageCache.page(at: path, stamp: stamp) { return kept }
        let page = try readPage(path, in: folder, owner: owner)
        if let stamp { pageCache.keep(page, stamp: stamp) }
        return page
    }

    func readPage(_ path: String, in folder: String, owner: PageOwner) throws -> Page {
        let file = try FrontMatterFile.read(
            path, root: root, emptyHint: "give the page at least a title: 'title: Over ons'")
        let frontMatter = try YAMLDecoder().decode(PageFrontMatter.self, from: file.node)
        let (slug, slugLocation) = try file.slug(custom: frontMatter.slug, example: "mijn-pagina")
        let subfolders = path.dropFirst(folder.count + 1).split(separator: "/").dropLast().map {
            Slug.make(from: String($0))
        }
        if subfolders.isEmpty, ContentLayout.reservedSlugs.contains(slug) {
            throw Diagnostic.error(
                at: slugLocation, "'\(slug)' is reserved for the build's own files",
                hint: "choose another file name or slug")
        }
        // "index.md" in a folder is that folder's own page: pages/initiatieven/index.md → initiatieven/.
        let isFolderPage = frontMatter.slug == nil && slug == "index"
        if isFolderPage && subfolders.isEmpty {
            throw Diagnostic.error(
                at: slugLocation, "index.md would take the place of the home page",
                hint: "the home page is made from buurt.yml; give this page another file name")
        }
        let urlPath = (isFolderPage ? subfolders : subfolders + [slug]).joined(separator: "/") + "/"
        return Page(
            sourcePath: path, owner: owner, urlPath: urlPath, frontMatter: frontMatter,
            bodyFirstLine: file.bodyFirstLine, slugLocation: slugLocation)
    }
}
