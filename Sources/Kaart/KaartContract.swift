import BuurtCore
import YAML

// CONTRACT between the Kaart module and the rest of the build (Content loads, Render renders, Build reports).
// The names and signatures in this file are used outside the module: keep them. Bodies are filled in by the
// Kaart module's own files; everything else (entry fields, schedules, exports) is the module's to design.

/// `kaart:` in site.yml: the municipality's sociale kaart. Missing: `KaartSettings.default`.
public struct KaartSettings: Decodable, Sendable {
    /// Shown name: "Wegwijzer". Default "Sociale kaart".
    public var name: String
    /// URL segment of the kaart in every buurt site: "wegwijzer" → /<buurt>/wegwijzer/. Default "kaart".
    public var segment: String
    /// Introduction shown on the home page of the kaart.
    public var intro: String? = nil

    public static let `default` = KaartSettings(name: "Sociale kaart", segment: "kaart")

    public init(name: String, segment: String) {
        self.name = name
        self.segment = segment
    }

    public init(from decoder: any Decoder) throws {
        fatalError("Kaart module: not yet implemented")
    }
}

/// A buurt platform as the kaart needs to know it: which entries serve it.
public struct KaartBuurt: Sendable {
    public var slug: String
    public var name: String
    /// CBS buurtcodes (BU + 8 digits) from buurt.yml.
    public var cbsCodes: [String]

    public init(slug: String, name: String, cbsCodes: [String]) {
        self.slug = slug
        self.name = name
        self.cbsCodes = cbsCodes
    }
}

/// Reads the entry files of one folder: content/kaart/ (buurt nil) or content/buurten/<slug>/kaart/.
public struct KaartLoader: Sendable {
    public let root: SiteRoot
    let diagnostics: DiagnosticCollector

    public init(root: SiteRoot, diagnostics: DiagnosticCollector) {
        self.root = root
        self.diagnostics = diagnostics
    }

    /// Every entry file under `folder` (drafts left out); problems go to the collector. A missing folder is no entries.
    public func load(folder: String, buurt: String?) -> [KaartEntry] {
        []
    }
}

/// One kaart entry (a service, HSDS-style), loaded and checked on its own.
public struct KaartEntry: Sendable {
    /// Root-relative path of the entry's file.
    public var sourcePath: String
    /// nil: a municipality-wide entry from content/kaart/; else the buurt whose folder holds it.
    public var buurt: String?
    /// URL part: /<buurt>/<segment>/<slug>/
    public var slug: String
    public var name: String
}

/// Every entry with the cross-checks done (known categories, audiences, buurten; unique slugs) and
/// the freshness worked out for `today`.
public struct KaartCatalogue: Sendable {
    public let settings: KaartSettings

    /// Validates what needs all entries and the site.yml settings; problems go to `diagnostics`.
    /// `settingsNode` is the `kaart:` node of site.yml (nil when absent), for locations of settings errors.
    public init(entries: [KaartEntry], settings: KaartSettings, settingsNode: YAMLNode?, buurten: [KaartBuurt],
                today: Day, diagnostics: DiagnosticCollector) {
        self.settings = settings
    }

    /// Entries shown on this buurt's kaart: those that serve it, without the ones hidden for being long overdue.
    public func entries(for buurt: String) -> [KaartEntry] { [] }

    /// Every entry shown anywhere: the municipality-wide open data.
    public var all: [KaartEntry] { [] }

    /// One line per entry past its review date, for the build's report:
    /// "content/kaart/taalcafe.md: Taalcafé, gecontroleerd op 3 maart 2025 (owner: a@b.nl)" — module's own wording.
    public var overdueReport: [String] { [] }
}
