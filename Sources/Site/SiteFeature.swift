import BuurtCore
import Model
import YAML

/// A feature of the buurt sites (a directory, a set of articles). It lives in a folder of its own under
/// `Sources/Features/`, is registered with one line in `Sources/Features/Registry`, and plugs into the build
/// without the pipeline naming it: it loads and checks its content, takes its folders, adds its menu entry and
/// home card, and gives the files of every buurt site and of the portal as render jobs.
public protocol SiteFeature: Sendable {
    /// Its section in site.yml and buurt.yml, and the name of its content folders
    /// (`content/<key>/`, `content/buurten/<slug>/<key>/`).
    var key: String { get }
    /// Keys of the features it builds on: they load first, and `FeatureLoadContext.model(_:)` hands their models over.
    var dependencies: [String] { get }
    /// Its sections of site.yml and buurt.yml, described for schemas and editors.
    var settings: [SettingsDescription] { get }
    /// The kinds of content files it reads, described for schemas and `buurtsite new`.
    var contentKinds: [ContentKindDescription] { get }
    /// The theme templates its pages are rendered with; when it has content, a missing one is a located error.
    var templates: [String] { get }
    /// The theme's scripts and stylesheets its pages use (`filter.js` for `assets/filter.js`); when it has content,
    /// a missing one is a located error.
    var assets: [String] { get }
    /// Reads and checks its content; problems go to `context.diagnostics`. When site.yml cannot be used
    /// (`context.content` is nil) it still reads its files, to report every problem at once, and returns nil;
    /// it also returns nil when its own settings cannot be used.
    func load(_ context: FeatureLoadContext) -> (any FeatureModel)?
}

extension SiteFeature {
    public var dependencies: [String] { [] }
    public var settings: [SettingsDescription] { [] }
    public var contentKinds: [ContentKindDescription] { [] }
    public var templates: [String] { [] }
    public var assets: [String] { [] }
}

/// A feature's content, loaded and checked, and what it adds to the sites.
public protocol FeatureModel: Sendable {
    /// False when it has nothing to show (no items at all): then it adds no pages, menu entries or files.
    var hasContent: Bool { get }
    /// The folders it takes in every buurt site (and in the portal).
    var reservedFolders: [ReservedFolder] { get }
    /// Its menu entry and home-page card on this buurt's site; nil when it has nothing there.
    func section(for buurt: Buurt) -> SiteSection?
    /// The content files the section is counted from: the home page, which shows the count, reads them.
    func sectionInputs(for buurt: Buurt) -> [String]
    /// Keys added to the site keys of every page of a site, which the `head` and `header` partials see too
    /// (a search form); `link` makes a link relative to the page from a path inside the site.
    func siteKeys(for site: SiteScope, link: (String) -> String) -> [String: Any]
    /// Keys added to the portal's home page (a feature's municipality-wide open data).
    func portalKeys(_ site: SiteRenderer) -> [String: Any]
    /// Keys added to a buurt site's home page (what is on next); its links start from the site's root.
    func homeKeys(for buurt: Buurt, _ site: SiteRenderer) -> [String: Any]
    /// Keys added to the `page` values of a content page on this site (the accessibility statement's data on the
    /// statement's page); nil buurt: the portal.
    func pageKeys(for page: Page, in buurt: Buurt?, _ site: SiteRenderer) -> [String: Any]
    /// Every file it adds to this buurt's site.
    func jobs(for buurt: Buurt, _ site: SiteRenderer) -> [RenderJob]
    /// Every file it adds to the portal.
    func portalJobs(_ site: SiteRenderer) -> [RenderJob]
    /// Where its content files are on this site, for links in Markdown (`FeatureLinks`): each item's file
    /// ("content/kaart/taalcafe.md") → the path of its page inside the site ("wegwijzer/taalcafe/"), and its
    /// content folders (`FeatureLinks.homeFolders`) → its home page.
    func linkTargets(for site: SiteScope) -> [String: String]
    /// Why a content file of its own has no page on this site (nil: on no site at all), said to the person
    /// editing, with what to do; nil when the file is none of its own.
    func unlinkableReason(_ file: String, on site: SiteScope?) -> String?
    /// Collectors that see every rendered page of the build and make files of them (a search index).
    func collectors(_ site: SiteRenderer, buurten: [Buurt]) -> [any PageCollector]
    /// Runs once every file is written, when the build writes to disk (printing pages to PDF).
    func finish(_ context: FinishContext) -> FinishResult
    /// Folders of a site the host serves in a way of their own (open data, files named after their content).
    func hostFolders(for site: SiteScope) -> [HostFolder]
    /// Lines for the person building (items past their review date).
    var report: [ReportSection] { get }
    /// What its finish step prints to PDF, in plural ("PDF booklets"), for the note when there is no Chromium to
    /// print with; nil when it prints nothing.
    var printsToPDF: String? { get }
}

extension FeatureModel {
    public var reservedFolders: [ReservedFolder] { [] }
    public func section(for buurt: Buurt) -> SiteSection? { nil }
    public func sectionInputs(for buurt: Buurt) -> [String] { [] }
    public func siteKeys(for site: SiteScope, link: (String) -> String) -> [String: Any] { [:] }
    public func portalKeys(_ site: SiteRenderer) -> [String: Any] { [:] }
    public func homeKeys(for buurt: Buurt, _ site: SiteRenderer) -> [String: Any] { [:] }
    public func pageKeys(for page: Page, in buurt: Buurt?, _ site: SiteRenderer) -> [String: Any] { [:] }
    public func jobs(for buurt: Buurt, _ site: SiteRenderer) -> [RenderJob] { [] }
    public func portalJobs(_ site: SiteRenderer) -> [RenderJob] { [] }
    public func linkTargets(for site: SiteScope) -> [String: String] { [:] }
    public func unlinkableReason(_ file: String, on site: SiteScope?) -> String? { nil }
    public func collectors(_ site: SiteRenderer, buurten: [Buurt]) -> [any PageCollector] { [] }
    public func finish(_ context: FinishContext) -> FinishResult { FinishResult() }
    public func hostFolders(for site: SiteScope) -> [HostFolder] { [] }
    public var report: [ReportSection] { [] }
    public var printsToPDF: String? { nil }
}

/// Which site a page belongs to: the portal or one buurt's site.
public enum SiteScope: Sendable {
    case portal
    case buurt(Buurt)

    /// The site's folder in the output: "" for the portal, "molenkamp/" for a buurt.
    public var folder: String {
        switch self {
        case .portal: ""
        case .buurt(let buurt): buurt.slug + "/"
        }
    }
}

/// A feature's place on a buurt site: its menu entry (menus list features first) and its card on the home page.
public struct SiteSection: Sendable {
    public var name: String
    /// "agenda/"
    public var urlPath: String
    public var intro: String?
    /// How many items the card counts.
    public var count: Int

    public init(name: String, urlPath: String, intro: String? = nil, count: Int) {
        self.name = name
        self.urlPath = urlPath
        self.intro = intro
        self.count = count
    }
}

/// Lines of the build report under a heading of their own ("2 entries are past the review date:").
public struct ReportSection: Sendable, Hashable {
    public var heading: String
    public var lines: [String]

    public init(heading: String, lines: [String]) {
        self.heading = heading
        self.lines = lines
    }
}

/// What a feature's finish step has to say: problems, and notes for the person building.
public struct FinishResult: Sendable {
    public var diagnostics: [Diagnostic]
    public var notes: [String]

    public init(diagnostics: [Diagnostic] = [], notes: [String] = []) {
        self.diagnostics = diagnostics
        self.notes = notes
    }
}

/// What a finish step may use: the folder the files were written to and the buurt sites that were built.
public struct FinishContext: Sendable {
    /// Absolute path of the folder holding the new output (the staging folder, before it is swapped into place).
    public var folder: String
    /// The buurt sites this build made.
    public var buurten: [Buurt]
    /// Prints pages to PDF, when the build was asked to (`--pdf`) and Chromium was found.
    public var pdfPrinter: PDFPrinter?

    public init(folder: String, buurten: [Buurt], pdfPrinter: PDFPrinter?) {
        self.folder = folder
        self.buurten = buurten
        self.pdfPrinter = pdfPrinter
    }
}
