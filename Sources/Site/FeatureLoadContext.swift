import BuurtCalendar
import BuurtCore
import Model
import YAML

/// What a feature gets to load its content: the repository, the site's content, its own settings sections,
/// and the models of the features it depends on.
public struct FeatureLoadContext: Sendable {
    /// The feature's key: its section of site.yml and buurt.yml and the name of its content folders.
    public let key: String
    public let root: SiteRoot
    public let diagnostics: DiagnosticCollector
    /// Nil when site.yml cannot be used: read the files to report their problems, then return nil.
    public let content: SiteContent?
    /// The buurten that could be read (also when site.yml cannot be used), sorted by slug.
    public let buurten: [Buurt]
    public let today: Day
    /// Set when the build prints pages to PDF (`--pdf`, Chromium found), so pages can link to the PDFs.
    public let pdfPrinter: PDFPrinter?
    /// Models of the features this one depends on, by key.
    let loaded: [String: any FeatureModel]

    public init(
        key: String, root: SiteRoot, diagnostics: DiagnosticCollector, content: SiteContent?, buurten: [Buurt],
        today: Day, pdfPrinter: PDFPrinter? = nil, loaded: [String: any FeatureModel] = [:]
    ) {
        self.key = key
        self.root = root
        self.diagnostics = diagnostics
        self.content = content
        self.buurten = buurten
        self.today = today
        self.pdfPrinter = pdfPrinter
        self.loaded = loaded
    }

    /// The folders of the feature's content: `content/<key>/` (the whole municipality, buurt nil) and
    /// `content/buurten/<slug>/<key>/` for every buurt.
    public var contentFolders: [(folder: String, buurt: Buurt?)] {
        ContentLayout.featureFolders(key, buurten: buurten)
    }

    /// The model of the feature `key`, which this one names in its `dependencies`; nil for any other.
    public func model<Dependency: FeatureModel>(_ type: Dependency.Type, of key: String) -> Dependency? {
        loaded[key] as? Dependency
    }

    /// The feature's section of site.yml decoded, `fallback` when there is none; nil (with the problems reported)
    /// when it cannot be used. Messages name the whole path: `agenda.weeks: expected a number …`.
    public func settings<Settings: Decodable>(_ type: Settings.Type, fallback: Settings) -> Settings? {
        guard let node = content?.municipalityNode[key], !node.isNull else { return fallback }
        return diagnostics.capture { try YAMLDecoder().decode(type, from: node, at: [.key(key)]) }
    }

    /// The feature's section of a buurt's buurt.yml decoded, `fallback` when there is none; nil when it cannot be used.
    public func settings<Settings: Decodable>(_ type: Settings.Type, of buurt: Buurt, fallback: Settings) -> Settings? {
        guard let node = buurt.configNode[key], !node.isNull else { return fallback }
        return diagnostics.capture { try YAMLDecoder().decode(type, from: node, at: [.key(key)]) }
    }

    /// Where a setting of the feature's section is written (`agenda.segment`), else the section, else site.yml.
    public func location(ofSetting name: String) -> SourceLocation {
        let node = content?.municipalityNode
        return node?[key]?[name]?.location ?? node?[key]?.location ?? node?.location
            ?? SourceLocation(file: ContentLayout.siteConfig)
    }
}

/// A section of site.yml or buurt.yml that a feature reads, described for schemas and editors.
public struct SettingsDescription: Sendable {
    public enum File: String, Sendable {
        case site = "site.yml"
        case buurt = "buurt.yml"
    }

    public var file: File
    /// The section's key: "agenda".
    public var key: String
    public var summary: String
    public var fields: [FieldDescription]
    /// What the section's decoder reads (`ValueShape.of(KaartSettings.self)`), for `buurtsite schema`.
    public var shape: ValueShape?

    public init(file: File, key: String, summary: String, fields: [FieldDescription], shape: ValueShape? = nil) {
        self.file = file
        self.key = key
        self.summary = summary
        self.fields = fields
        self.shape = shape
    }
}

/// A kind of content file a feature reads (an activity, an article), described for schemas and templates.
public struct ContentKindDescription: Sendable {
    /// "entry"
    public var name: String
    /// Where the files live, relative to `content/` or a buurt's folder: "agenda".
    public var folder: String
    public var summary: String
    /// The front matter's fields.
    public var fields: [FieldDescription]
    /// What the front matter's decoder reads, for `buurtsite schema`.
    public var shape: ValueShape?

    public init(
        name: String, folder: String, summary: String, fields: [FieldDescription], shape: ValueShape? = nil
    ) {
        self.name = name
        self.folder = folder
        self.summary = summary
        self.fields = fields
        self.shape = shape
    }
}

/// One field of a settings section or of front matter.
public struct FieldDescription: Sendable {
    public enum Kind: String, Sendable {
        case text, number, flag, date, list, mapping
    }

    public var name: String
    public var kind: Kind
    public var required: Bool
    public var summary: String
    /// What the schema says of the value beyond what the decoder reads: a text from one of the site's lists
    /// (`.listed("toolkit.topics.slug")`), or the ways a raw node may be written. Nil: the decoder's shape.
    public var shape: ValueShape?

    public init(_ name: String, _ kind: Kind, required: Bool = false, _ summary: String, shape: ValueShape? = nil) {
        self.name = name
        self.kind = kind
        self.required = required
        self.summary = summary
        self.shape = shape
    }
}
