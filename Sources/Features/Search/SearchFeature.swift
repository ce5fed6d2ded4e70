import BuurtCore
import Model
import Site
import YAML

/// The search of every buurt site and of the portal: a search page at `<segment>/`, a search field in every page's
/// header, and an index the build makes of every rendered page (pages, kaart entries, toolkit articles and whatever
/// a later feature adds), which search.js reads in the browser. The portal's searches all buurt sites at once.
public struct SearchFeature: SiteFeature {
    public init() {}

    public var key: String { "search" }

    public var templates: [String] { ["search", "search-all-item"] }

    public var assets: [String] { ["search.js", "search/dutch-text.js", "search.css"] }

    public var settings: [SettingsDescription] {
        [
            SettingsDescription(
                file: .site, key: key,
                summary: "Zoeken op elke buurtsite en op het portaal: aan of uit, de map en synoniemen.",
                fields: [
                    FieldDescription("enabled", .flag, "false: geen zoekpagina en geen zoekveld (standaard true)."),
                    FieldDescription("segment", .text, "Map van de zoekpagina in elke buurtsite (zoeken)."),
                    FieldDescription(
                        "synonyms", .list,
                        "Groepen woorden die voor bewoners hetzelfde betekenen: [dokter, huisarts]."),
                ], shape: .of(SearchSettings.self))
        ]
    }

    public func load(_ context: FeatureLoadContext) -> (any FeatureModel)? {
        guard context.content != nil, let settings = context.settings(SearchSettings.self, fallback: .default)
        else { return nil }
        let problems = settings.problems(node: context.content?.municipalityNode[key])
        context.diagnostics.add(contentsOf: problems)
        guard problems.isEmpty else { return nil }
        return SearchModel(settings: settings, segmentLocation: context.location(ofSetting: "segment"))
    }
}

/// The search's settings, and what it adds to every site.
public struct SearchModel: FeatureModel {
    public let settings: SearchSettings
    let segmentLocation: SourceLocation

    public var hasContent: Bool { settings.enabled }

    public var reservedFolders: [ReservedFolder] {
        [
            ReservedFolder(
                segment: settings.segment, owner: "search", setting: "search.segment", location: segmentLocation,
                portalUse: "the municipality-wide search")
        ]
    }

    /// `search` in every page's site keys: the search page's address from this page, for the header's form.
    public func siteKeys(for site: SiteScope, link: (String) -> String) -> [String: Any] {
        ["search": ["url": link(settings.segment + "/")]]
    }

    /// The search page, for links in Markdown: its content folder (`content/search/`, which need not exist) on every
    /// site.
    public func linkTargets(for site: SiteScope) -> [String: String] {
        let folders = FeatureLinks.homeFolders(key: SearchFeature().key, site: site)
        return Dictionary(uniqueKeysWithValues: folders.map { ($0, settings.segment + "/") })
    }

    public func collectors(_ site: SiteRenderer, buurten: [Buurt]) -> [any PageCollector] {
        [SearchCollector(settings: settings, renderer: site, buurten: buurten)]
    }

    /// The index files, each named after its content (docs/SEARCH.md).
    public func hostFolders(for site: SiteScope) -> [HostFolder] {
        [HostFolder(settings.segment + "/" + SearchIndexBuilder.folder, .contentNamed)]
    }
}
