import BuurtCore
import YAML

/// Loads `themes/<name>/` and the themes it extends, reporting every problem it can find at once.
public enum ThemeLoader {
    /// The name of the stylesheet the build writes from the tokens; a theme file of that name would clash.
    public static let tokensStylesheet = "tokens.css"

    /// `requestedAt`: where the name was written (site.yml), so that a missing theme points there.
    public static func load(named name: String, root: SiteRoot, requestedAt: SourceLocation? = nil)
        throws(DiagnosticList) -> Theme
    {
        let chain = try loadChain(named: name, root: root, requestedAt: requestedAt)
        var problems: [Diagnostic] = []

        // Parents first, so that a child's token replaces its parent's.
        var merged: [String: DesignToken] = [:]
        var pairs: [ContrastPair] = []
        for (layer, link) in chain.reversed().enumerated() {
            if let node = link.manifest.tokens {
                let tree = TokenTree(node, layer: layer)
                problems += tree.problems
                for token in tree.tokens {
                    // A child that changes only the value keeps the parent's $type.
                    let type = token.type ?? merged[token.name]?.type
                    merged[token.name] = DesignToken(
                        name: token.name, value: token.value, type: type, location: token.location, layer: layer)
                }
            }
            for entry in link.manifest.contrast ?? [] {
                guard let text = tokenName(entry.text, problems: &problems),
                    let background = tokenName(entry.background, problems: &problems)
                else { continue }
                let pair = ContrastPair(text: text, background: background, location: entry.text.location)
                if !pairs.contains(where: { $0.text == text && $0.background == background }) { pairs.append(pair) }
            }
        }
        let tokens = DesignTokens(Array(merged.values))
        problems += tokens.cssNameCollisions()
        problems += tokens.aliasProblems()
        problems += tokens.checkContrast(pairs)

        let folders = chain.map(\.folder)
        let templates = TemplateLibrary(chain: folders, root: root)
        problems += templates.problems

        let assets = collectAssets(chain: folders, root: root, problems: &problems)

        guard !problems.hasErrors else { throw DiagnosticList(dedupe(problems).sortedForReport()) }
        return Theme(
            name: chain[0].manifest.name, chain: folders, tokens: tokens, contrastPairs: pairs,
            assets: assets, templates: templates)
    }

    struct Link {
        let folder: String
        let manifest: ThemeManifest
    }

    /// The theme and its parents, child first. Stops at the first broken link: everything after it would
    /// only produce follow-up errors (tokens "missing" that the lost parent defines).
    static func loadChain(named name: String, root: SiteRoot, requestedAt: SourceLocation?) throws(DiagnosticList)
        -> [Link]
    {
        var chain: [Link] = []
        var next: (folder: String, location: SourceLocation?)? = (name, requestedAt)
        while let (folder, location) = next {
            if chain.contains(where: { $0.folder == folder }) {
                let names = chain.map(\.folder) + [folder]
                throw DiagnosticList([
                    .error(
                        at: location, "themes extend each other in a circle: " + names.joined(separator: " → "),
                        hint: "the root theme (usually 'default') must not have 'extends'")
                ])
            }
            let existing = root.entries(of: "themes").filter { root.isDirectory("themes/\($0)") }
            // A name with a slash or a leading dot could reach outside themes/.
            guard !folder.isEmpty, !folder.contains("/"), !folder.hasPrefix("."), existing.contains(folder) else {
                throw DiagnosticList([
                    .error(
                        at: location,
                        "theme '\(folder)' not found: there is no folder themes/\(folder)/"
                            + Suggestion.didYouMean(folder, among: existing),
                        hint: existing.isEmpty
                            ? "create themes/\(folder)/ with a theme.yml"
                            : "themes available: " + existing.joined(separator: ", "))
                ])
            }
            let file = "themes/\(folder)/theme.yml"
            guard root.isFile(file) else {
                throw DiagnosticList([
                    .error(
                        at: SourceLocation(file: file), "theme '\(folder)' has no theme.yml",
                        hint: "create \(file) with at least `name:`")
                ])
            }
            let source: SourceFile
            do { source = try root.read(file) } catch { throw DiagnosticList([error]) }
            let manifest = try decode(source)
            chain.append(Link(folder: folder, manifest: manifest))
            next = nil
            if let parent = manifest.extends, !parent.isNull {
                guard let parentName = parent.string else {
                    throw DiagnosticList([
                        .error(at: parent.location, "'extends' must be the folder name of another theme")
                    ])
                }
                next = (parentName, parent.location)
            }
        }
        return chain
    }

    private static func decode(_ source: SourceFile) throws(DiagnosticList) -> ThemeManifest {
        try YAMLDecoder().decode(ThemeManifest.self, from: source.text, file: source.path)
    }

    /// A token name in a `contrast` entry.
    private static func tokenName(_ node: YAMLNode, problems: inout [Diagnostic]) -> String? {
        guard case .scalar(let text, _) = node.kind, DesignToken.isValidName(text) else {
            problems.append(
                .error(
                    at: node.location,
                    "a contrast pair names tokens by their dotted name, like basis.color.accent-1.bg-default"))
            return nil
        }
        return text
    }

    /// Every file under each theme's `assets/`, the child's winning over the parent's of the same path.
    private static func collectAssets(chain: [String], root: SiteRoot, problems: inout [Diagnostic]) -> [ThemeAsset] {
        var sources: [String: String] = [:]
        for theme in chain.reversed() {
            let folder = "themes/\(theme)/assets"
            for path in root.files(under: folder) {
                let output = String(path.dropFirst(folder.count + 1))
                if output == tokensStylesheet {
                    problems.append(
                        .error(
                            at: SourceLocation(file: path),
                            "assets/\(tokensStylesheet) is written by the build from the design tokens",
                            hint: "rename this file, or put its rules in another stylesheet"))
                    continue
                }
                // Checked here, where the theme is named, rather than when the build copies the file.
                guard root.containsItem(path) else {
                    problems.append(
                        .error(
                            at: SourceLocation(file: path), "symlink points outside the site root",
                            hint: "copy the file into the repository instead of linking to it"))
                    continue
                }
                sources[output] = path
            }
        }
        return sources.keys.sorted().map { ThemeAsset(outputPath: $0, source: sources[$0]!) }
    }

    private static func dedupe(_ problems: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return problems.filter { seen.insert($0).inserted }
    }
}
