import BuurtCore
import Model
import YAML

/// The municipality's own lists, for the choices of a schema: its categories and audiences, its buurten (their
/// folder names and CBS buurtcodes), its themes, and whatever a feature lists in site.yml ("toolkit.topics.slug").
/// Read leniently: a list that cannot be read is empty, and its fields then take any text.
struct SchemaLists {
    static let categories = "categories.value"
    static let audiences = "audiences.value"
    /// Buurt folder names and the CBS buurtcodes of their buurt.yml: what `serves:` may name.
    static let buurten = "buurten"
    /// Folder names in themes/.
    static let themes = "themes"

    /// site.yml as read; nil when it cannot be parsed.
    let siteNode: YAMLNode?
    /// Buurt folder names, sorted.
    let buurtSlugs: [String]
    let buurtCodes: [String]
    let themeNames: [String]

    init(root: SiteRoot) {
        siteNode = Self.parse(root, ContentLayout.siteConfig)
        var slugs: [String] = []
        var codes: [String] = []
        for name in root.entries(of: ContentLayout.buurten).sorted() {
            let folder = ContentLayout.buurten + "/" + name
            guard root.isFile(folder + "/" + ContentLayout.buurtConfig) else { continue }
            slugs.append(name)
            let node = Self.parse(root, folder + "/" + ContentLayout.buurtConfig)
            codes += node?["cbs_codes"]?.sequence?.compactMap(\.string) ?? []
        }
        buurtSlugs = slugs
        buurtCodes = codes
        themeNames = root.entries(of: ContentLayout.themes).sorted().filter {
            root.isFile(ContentLayout.themes + "/" + $0 + "/theme.yml")
        }
    }

    /// The values of a list, in the order written, without repeats.
    func values(_ list: String) -> [String] {
        var values: [String]
        switch list {
        case Self.buurten: values = buurtSlugs + buurtCodes
        case Self.themes: values = themeNames
        default: values = Self.values(at: list.split(separator: ".").map(String.init), in: siteNode)
        }
        var seen = Set<String>()
        return values.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// The texts at a dotted path, going into every item of a list on the way: "toolkit.topics.slug".
    private static func values(at path: [String], in node: YAMLNode?) -> [String] {
        guard let node else { return [] }
        if let items = node.sequence { return items.flatMap { values(at: path, in: $0) } }
        guard let first = path.first else { return node.string.map { [$0] } ?? [] }
        return values(at: Array(path.dropFirst()), in: node[first])
    }

    private static func parse(_ root: SiteRoot, _ path: String) -> YAMLNode? {
        guard let file = try? root.read(path) else { return nil }
        return (try? YAMLParser.parse(file.text, file: path)) ?? nil
    }
}
