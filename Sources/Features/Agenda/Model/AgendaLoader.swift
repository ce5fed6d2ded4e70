import BuurtCore
import YAML

/// Reads the activity files of one folder: content/agenda/ (buurt nil) or content/buurten/<slug>/agenda/.
public struct AgendaLoader: Sendable {
    public let root: SiteRoot
    let diagnostics: DiagnosticCollector

    public init(root: SiteRoot, diagnostics: DiagnosticCollector) {
        self.root = root
        self.diagnostics = diagnostics
    }

    /// Every activity file under `folder` (drafts left out), sorted by path; problems go to the collector.
    /// Subfolders only group files: an activity's address is its file name.
    public func load(folder: String, buurt: String?) -> [AgendaActivity] {
        FrontMatterFile.loadAll(under: folder, root: root, diagnostics: diagnostics) { [self] path, _ in
            try loadActivity(path, buurt: buurt)
        }
    }

    /// One activity; nil for a draft. Throws the file's problems; a file with problems gives no activity.
    func loadActivity(_ path: String, buurt: String?) throws -> AgendaActivity? {
        let file = try FrontMatterFile.read(
            path, root: root,
            emptyHint: "give the activity at least title, summary, categories, audiences, location, a date or a "
                + "schedule, reviewed and owner")
        let node = file.node
        let front = try YAMLDecoder().decode(AgendaFrontMatter.self, from: node)
        let slug = try file.slug(custom: nil, example: "mijn-activiteit").slug
        var check = AgendaActivityCheck(path: path, node: node, root: root)
        var activity = check.activity(
            from: front, buurt: buurt, slug: slug, body: String(file.body), bodyFirstLine: file.bodyFirstLine)
        activity?.searchable = front.search
        activity?.aliases = front.aliases
        if !check.problems.isEmpty { throw DiagnosticList(check.problems) }
        return front.draft ? nil : activity
    }
}
