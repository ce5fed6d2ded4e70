import BuurtCore
import Mustache

/// A loaded theme with its parents folded in: what the build needs to render pages and write assets.
/// Immutable and Sendable, so one instance serves every rendering thread.
public struct Theme: Sendable {
    /// Display name from the requested theme's theme.yml ("Lindeveen").
    public let name: String
    /// Theme folder names, child first: `["lindeveen", "default"]`.
    public let chain: [String]
    /// Tokens of the whole chain; a child's token replaces its parent's.
    public let tokens: DesignTokens
    /// The `contrast` pairs of every theme in the chain, parents' first, without duplicates.
    public let contrastPairs: [ContrastPair]
    /// Files to copy into the site's `assets/`; a child's file replaces its parent's; sorted by output path.
    public let assets: [ThemeAsset]

    let templates: TemplateLibrary

    init(
        name: String, chain: [String], tokens: DesignTokens, contrastPairs: [ContrastPair], assets: [ThemeAsset],
        templates: TemplateLibrary
    ) {
        self.name = name
        self.chain = chain
        self.tokens = tokens
        self.contrastPairs = contrastPairs
        self.assets = assets
        self.templates = templates
    }

    public func hasTemplate(_ name: String) -> Bool {
        templates.files[name] != nil
    }

    /// Names of all templates in the chain, sorted.
    public var templateNames: [String] { templates.files.keys.sorted() }

    /// Root-relative file a template was loaded from, for messages about it.
    public func templateFile(_ name: String) -> String? { templates.files[name] }

    /// Renders a template with `context` (see docs/THEMES.md). `{{value}}` escapes `& < > " '`, so values are
    /// safe in element content and in quoted attributes. Rendering only reads shared state: thread-safe.
    public func render(_ template: String, _ context: [String: Any]) throws(Diagnostic) -> String {
        guard hasTemplate(template), let output = templates.library.render(context, withTemplate: template) else {
            throw .error(
                at: SourceLocation(file: "themes/\(chain[0])/templates"),
                "template '\(template)' not found in theme \(chain.joined(separator: " → "))"
                    + Suggestion.didYouMean(template, among: templates.files.keys),
                hint: "add themes/\(chain[0])/templates/\(template).mustache")
        }
        return output
    }
}

/// One file of a theme's `assets/` folder.
public struct ThemeAsset: Hashable, Sendable {
    /// Path under the site's `assets/` folder: `css/site.css`.
    public let outputPath: String
    /// Root-relative file to copy: `themes/default/assets/css/site.css`.
    public let source: String

    public init(outputPath: String, source: String) {
        self.outputPath = outputPath
        self.source = source
    }
}
