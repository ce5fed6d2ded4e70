import BuurtCore
import YAML

// CONTRACT between the Toolkit module and the rest of the build (Content loads, Render renders).
// The names and signatures in this file are used outside the module: keep them. Bodies are filled in by the
// Toolkit module's own files; everything else (article fields, attachments, reading time) is the module's to design.

/// `toolkit:` in site.yml: the topics and where the toolkit lives. Missing: `ToolkitSettings.default`.
public struct ToolkitSettings: Decodable, Sendable {
    /// Shown name: "Toolkit". Default "Toolkit".
    public var name: String
    /// URL segment in every buurt site: /<buurt>/toolkit/. Default "toolkit".
    public var segment: String
    /// Introduction shown on the home page of the toolkit.
    public var intro: String? = nil

    public static let `default` = ToolkitSettings(name: "Toolkit", segment: "toolkit")

    public init(name: String, segment: String) {
        self.name = name
        self.segment = segment
    }

    public init(from decoder: any Decoder) throws {
        fatalError("Toolkit module: not yet implemented")
    }
}

/// `toolkit:` in buurt.yml: what one buurt changes of the municipality's toolkit.
public struct NeighbourhoodToolkitSettings: Decodable, Sendable {
    /// Topic slugs this buurt does not show.
    public var hideTopics: [String]

    public init(hideTopics: [String] = []) { self.hideTopics = hideTopics }

    public init(from decoder: any Decoder) throws {
        fatalError("Toolkit module: not yet implemented")
    }
}

/// A buurt platform as the toolkit needs to know it.
public struct ToolkitBuurt: Sendable {
    public var slug: String
    public var settings: NeighbourhoodToolkitSettings
    /// The `toolkit:` node of buurt.yml, for locations of errors in it (nil when absent).
    public var settingsNode: YAMLNode?
    /// Root-relative path of buurt.yml.
    public var configPath: String

    public init(slug: String, settings: NeighbourhoodToolkitSettings, settingsNode: YAMLNode?, configPath: String) {
        self.slug = slug
        self.settings = settings
        self.settingsNode = settingsNode
        self.configPath = configPath
    }
}

/// Reads the articles of one folder: content/toolkit/ (buurt nil) or content/buurten/<slug>/toolkit/.
public struct ToolkitLoader: Sendable {
    public let root: SiteRoot
    let diagnostics: DiagnosticCollector

    public init(root: SiteRoot, diagnostics: DiagnosticCollector) {
        self.root = root
        self.diagnostics = diagnostics
    }

    /// Every article under `folder` (drafts left out); problems go to the collector. A missing folder is no articles.
    public func load(folder: String, buurt: String?) -> [ToolkitArticle] {
        []
    }
}

/// One toolkit article, loaded and checked on its own.
public struct ToolkitArticle: Sendable {
    /// Root-relative path of the Markdown file.
    public var sourcePath: String
    /// nil: municipality-wide, from content/toolkit/; else the buurt whose folder holds it.
    public var buurt: String?
    public var slug: String
    public var title: String
}

/// Every article with the cross-checks done (known topics, existing related articles and attachments, unique slugs).
public struct ToolkitLibrary: Sendable {
    public let settings: ToolkitSettings

    /// Validates what needs all articles and the settings; problems go to `diagnostics`.
    public init(articles: [ToolkitArticle], settings: ToolkitSettings, settingsNode: YAMLNode?, buurten: [ToolkitBuurt],
                diagnostics: DiagnosticCollector) {
        self.settings = settings
    }

    /// Articles shown on this buurt's site: municipality-wide ones and its own, without hidden topics.
    public func articles(for buurt: String) -> [ToolkitArticle] { [] }
}
