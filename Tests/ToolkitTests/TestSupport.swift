import BuurtCalendar
import BuurtCore
import Foundation
import Model
import YAML

@testable import Toolkit

/// A site folder in the temporary directory, removed when the fixture goes away.
final class Fixture {
    let url: URL
    let root: SiteRoot

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        root = try SiteRoot(path: url.path)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes a file, creating its folders.
    func write(_ path: String, _ text: String) {
        write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) {
        let file = url.appendingPathComponent(path)
        try! FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! data.write(to: file)
    }

    /// An article file with the required fields; `extra` lines are added to the front matter.
    func article(
        _ path: String, title: String = "Liftkoffie", topic: String = "ontmoeten", extra: String = "",
        body: String = "Een vaste koffieochtend bij de lift."
    ) {
        write(
            path,
            """
            ---
            title: \(title)
            topic: \(topic)
            summary: Buren leren elkaar kennen bij de lift.
            date: 2026-05-12
            \(extra)
            ---
            \(body)
            """)
    }

    /// Loads one folder and returns the articles with every problem found.
    func load(_ folder: String = "content/toolkit", buurt: String? = nil) -> ([ToolkitArticle], [Diagnostic]) {
        let diagnostics = DiagnosticCollector()
        let articles = ToolkitLoader(root: root, diagnostics: diagnostics).load(folder: folder, buurt: buurt)
        return (articles, diagnostics.diagnostics)
    }
}

/// Topics as most tests use them: ontmoeten, organiseren, energie (in that order).
let threeTopics = ToolkitSettings(
    name: "Toolkit", segment: "toolkit", intro: nil,
    topics: [
        ToolkitTopic(slug: "ontmoeten", title: "Samen tegen eenzaamheid", order: 1),
        ToolkitTopic(slug: "organiseren", title: "Een buurtteam opzetten", order: 2),
        ToolkitTopic(slug: "energie", title: "Energie besparen", order: 3),
    ])

/// An article in memory, for library tests.
func makeArticle(
    _ slug: String, topic: String = "ontmoeten", title: String? = nil, buurt: String? = nil,
    order: Int? = nil, related: [String] = []
) -> ToolkitArticle {
    let folder = buurt.map { "content/buurten/\($0)/toolkit" } ?? "content/toolkit"
    let path = "\(folder)/\(slug).md"
    return ToolkitArticle(
        sourcePath: path, buurtSlug: buurt, slug: slug, title: title ?? slug, topic: topic,
        summary: "Samenvatting.", date: Day("2026-05-12")!, related: related, order: order,
        locations: ToolkitArticleLocations(
            slug: SourceLocation(file: path), topic: SourceLocation(file: path, line: 3, column: 8),
            related: related.indices.map { SourceLocation(file: path, line: 6, column: 11 + $0 * 10) }))
}

/// A buurt with the toolkit settings of its buurt.yml; `node` is its `toolkit:` section, for error locations.
func buurt(_ slug: String, hiding topics: [String] = [], node: YAMLNode? = nil) -> (Buurt, BuurtToolkitSettings) {
    let path = "content/buurten/\(slug)/buurt.yml"
    let yaml = "name: \(slug)\ntagline: Buren\nbase_url: https://www.testdorp.nl/buurten/\(slug)/"
    var configNode = try! YAMLParser.parse(yaml, file: path)!
    let config = try! YAMLDecoder().decode(BuurtConfig.self, from: configNode)
    if let node, case .mapping(let pairs) = configNode.kind {
        configNode.kind = .mapping(pairs + [(YAMLNode(.scalar("toolkit", plain: true), at: node.location), node)])
    }
    return (
        Buurt(slug: slug, folder: "content/buurten/\(slug)", config: config, configNode: configNode),
        BuurtToolkitSettings(hideTopics: topics)
    )
}

/// A library of `articles` with the problems it found.
func makeLibrary(
    _ articles: [ToolkitArticle], settings: ToolkitSettings = threeTopics, settingsNode: YAMLNode? = nil,
    buurten: [(Buurt, BuurtToolkitSettings)] = [buurt("noord"), buurt("zuid")]
) -> (ToolkitLibrary, [Diagnostic]) {
    let diagnostics = DiagnosticCollector()
    let library = ToolkitLibrary(
        articles: articles, settings: settings, settingsNode: settingsNode,
        buurten: buurten.map(\.0),
        buurtSettings: Dictionary(uniqueKeysWithValues: buurten.map { ($0.0.slug, $0.1) }),
        diagnostics: diagnostics)
    return (library, diagnostics.diagnostics)
}

/// Parses YAML text as if it were `file`.
func parse(_ yaml: String, file: String = "site.yml") throws -> YAMLNode {
    guard let node = try YAMLParser.parse(yaml, file: file) else { throw Diagnostic.error(at: nil, "empty") }
    return node
}

extension Array where Element == Diagnostic {
    /// "file:line:col: error: message" lines without hints, for compact expectations.
    var lines: [String] {
        map { ($0.location.map { "\($0): " } ?? "") + $0.message }
    }
}
