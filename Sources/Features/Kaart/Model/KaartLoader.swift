import BuurtCore
import YAML

/// Reads the entry files of one folder: content/kaart/ (buurt nil) or content/buurten/<slug>/kaart/.
public struct KaartLoader: Sendable {
    public let root: SiteRoot
    let diagnostics: DiagnosticCollector

    public init(root: SiteRoot, diagnostics: DiagnosticCollector) {
        self.root = root
        self.diagnostics = diagnostics
    }

    /// Every entry file under `folder` (drafts left out); problems go to the collector. A missing folder is no entries.
    /// Subfolders are allowed and do not change the entry's address. Entries come sorted by file path.
    public func load(folder: String, buurt: String?) -> [KaartEntry] {
        FrontMatterFile.loadAll(under: folder, root: root, diagnostics: diagnostics) { [self] path, _ in
            try loadEntry(path, buurt: buurt)
        }
    }

    /// One entry; nil for a draft. Throws the file's problems; a file with problems gives no entry.
    func loadEntry(_ path: String, buurt: String?) throws -> KaartEntry? {
        let file = try FrontMatterFile.read(
            path, root: root,
            emptyHint: "give the entry at least name, summary, kind, categories, organization, reviewed and owner")
        let node = file.node
        let front = try YAMLDecoder().decode(KaartFrontMatter.self, from: node)
        let slug = try file.slug(custom: front.slug, example: "mijn-vermelding").slug
        var check = KaartEntryCheck(path: path, node: node)
        var entry = check.entry(
            from: front, buurt: buurt, slug: slug, body: String(file.body), bodyFirstLine: file.bodyFirstLine)
        entry?.aliases = front.aliases
        if !check.problems.isEmpty { throw DiagnosticList(check.problems) }
        return front.draft ? nil : entry
    }
}
