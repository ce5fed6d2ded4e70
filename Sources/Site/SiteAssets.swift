import BuurtCore
import Foundation
import Model
import Theme
import YAML

/// The files of every site's `assets/` folder, named after their content (`site.3f9a2c1e.css`), so that hosts may
/// let browsers keep them for a year: a changed file is a new name, and the pages that use it name the new one.
/// The theme's files are the same on every site; `tokens.css` is written from the design tokens and differs on a
/// buurt site that overrides some (its accent colours).
public struct SiteAssets: Sendable {
    /// One file of a site's `assets/` folder.
    public struct File: Sendable {
        /// The name templates know it by, under `assets/`: "site.css", "search/dutch-text.js".
        public let name: String
        /// Its path in the site's folder, with the hash: "assets/site.3f9a2c1e.css".
        public let path: String
        public let data: Data

        init(name: String, data: Data) {
            self.name = name
            self.path = "assets/" + ContentHash.name(name, hash: ContentHash.hex8(data))
            self.data = data
        }
    }

    /// The theme's own files, the same on every site, in the order of their names.
    public let themeFiles: [File]
    /// The portal's `tokens.css`, also every buurt's that overrides no token.
    let tokens: File
    /// The `tokens.css` of each buurt that overrides tokens, by slug.
    let buurtTokens: [String: File]

    /// Reads the theme's asset files and writes `tokens.css` for the portal and for each of `buurten` (the sites of
    /// this build); problems (an unreadable file, a token override that fails the contrast check) go to
    /// `diagnostics`.
    public init(theme: Theme, content: SiteContent, buurten: [Buurt], diagnostics: DiagnosticCollector) {
        themeFiles = theme.assets.compactMap { asset in
            diagnostics.capture { File(name: asset.outputPath, data: try content.root.readData(asset.source)) }
        }
        tokens = File(name: ThemeLoader.tokensStylesheet, data: Data(theme.tokens.css().utf8))
        var buurtTokens: [String: File] = [:]
        for buurt in buurten {
            guard let css = diagnostics.capture({ try Self.tokensCSS(for: buurt, theme: theme, diagnostics) }),
                let css
            else { continue }
            buurtTokens[buurt.slug] = File(name: ThemeLoader.tokensStylesheet, data: Data(css.utf8))
        }
        self.buurtTokens = buurtTokens
    }

    /// Every file of the `assets/` folder of a site: "" for the portal, a buurt's slug for its site.
    public func files(ofSite slug: String) -> [File] {
        [buurtTokens[slug] ?? tokens] + themeFiles
    }

    /// The theme's tokens with the buurt's own overrides (accent colours), checked for contrast again; nil when the
    /// buurt overrides none.
    private static func tokensCSS(for buurt: Buurt, theme: Theme, _ diagnostics: DiagnosticCollector) throws
        -> String?
    {
        guard let overrides = buurt.config.theme, !overrides.tokens.isEmpty else { return nil }
        var locations: [String: SourceLocation] = [:]
        if case .mapping(let pairs)? = overrides.tokensNode?.kind {
            for pair in pairs { if let name = pair.key.scalar { locations[name] = pair.value.location } }
        }
        let tokens = try theme.tokens.overriding(overrides.tokens, at: locations)
        let problems = tokens.checkContrast(theme.contrastPairs)
        diagnostics.add(
            contentsOf: problems.map { problem in
                var problem = problem
                problem.message += " (with the overrides in \(buurt.configPath))"
                return problem
            })
        return tokens.css()
    }
}
