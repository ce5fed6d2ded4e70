import BuurtCore
import Model
import Site

/// `buurtsite list`: every buurt platform with its slug, name, output folder and address, for deploy scripts
/// (`--json`) and for people (a table).
public struct BuurtListing: Sendable {
    public struct Entry: Sendable, Equatable {
        /// The buurt's folder name in content/buurten/, also its folder in the output.
        public var slug: String
        /// The platform's own name, from buurt.yml.
        public var name: String
        /// Where a build with this output folder writes the buurt's site: "public/molenkamp".
        public var output: String
        /// The buurt's `base_url`, with one trailing slash.
        public var baseURL: String
    }

    public var entries: [Entry]
    /// Problems reading site.yml and the buurten; with an error the list is not to be trusted.
    public var diagnostics: [Diagnostic]

    /// Reads site.yml and every buurt.yml under `root` (the features' sections are allowed, not read); `output`
    /// is the output folder a build would use.
    public init(root: String, output: String, features: [any SiteFeature]) {
        let collector = DiagnosticCollector()
        var entries: [Entry] = []
        if let siteRoot = collector.capture({ try SiteRoot(path: root) }) {
            let loaded = ContentLoader(
                root: siteRoot, diagnostics: collector, today: BuildOptions.currentDay(),
                featureKeys: features.map(\.key),
                buurtFeatureKeys: features.filter { $0.settings.contains { $0.file == .buurt } }.map(\.key)
            ).load()
            let folder = output.hasSuffix("/") ? output : output + "/"
            entries = loaded.buurten.sorted { $0.slug < $1.slug }.map { buurt in
                Entry(
                    slug: buurt.slug, name: buurt.config.name, output: folder + buurt.slug,
                    baseURL: buurt.config.baseURL.absolute)
            }
        }
        self.entries = entries
        diagnostics = collector.diagnostics
    }

    /// One JSON array of objects with the keys slug, name, output and base_url, in slug order; a final newline.
    public var json: String {
        var writer = JSONWriter(.indented)
        writer.write(
            .array(
                entries.map { entry in
                    .object([
                        ("slug", .string(entry.slug)), ("name", .string(entry.name)),
                        ("output", .string(entry.output)), ("base_url", .string(entry.baseURL)),
                    ])
                }))
        return writer.text + "\n"
    }

    /// A table with a line per buurt: slug, name, address and output folder in aligned columns.
    public var text: String {
        let rows =
            [["slug", "name", "base_url", "output"]] + entries.map { [$0.slug, $0.name, $0.baseURL, $0.output] }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            (0..<3).map { row[$0] + String(repeating: " ", count: widths[$0] - row[$0].count + 2) }.joined()
                + row[3]
        }.joined(separator: "\n") + "\n"
    }
}
