import Foundation
import Testing

/// `buurtsite schema` as an editor's web team runs it: the schemas with the municipality's own lists, the same
/// bytes every time, and the editor settings written or merged without losing anyone's settings.
@Suite struct SchemaCommandTests {
    let commands = EditorCommandsTests()

    /// The test municipality with two categories, one audience, two toolkit topics and a second buurt with a code.
    func site() throws -> TestSite {
        let site = try TestSite()
        site.writeSiteConfig(
            """
            categories:
              - {value: zorg, label: Zorg}
              - {value: taal, label: Taal en leren}
            audiences:
              - {value: ouderen, label: Ouderen}
            toolkit:
              topics:
                - {slug: groen, title: Groen}
                - {slug: energie, title: Energie}
            """)
        site.write(
            "content/buurten/zuid/buurt.yml",
            """
            name: Zuid Samen
            tagline: Buren in Zuid
            base_url: https://www.testdorp.nl/buurten/zuid/
            cbs_codes: [BU99980201]
            """)
        return site
    }

    func schema(_ site: TestSite, _ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: site.root.appendingPathComponent("schemas/\(name).schema.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func property(_ schema: [String: Any], _ path: String...) -> [String: Any]? {
        var node: [String: Any]? = schema
        for key in path {
            if key == "[]" {
                node = node?["items"] as? [String: Any]
            } else {
                node = (node?["properties"] as? [String: Any])?[key] as? [String: Any]
            }
        }
        return node
    }

    @Test func writesEverySchemaWithTheMunicipalitysListsTheSameBytesEachTime() throws {
        let site = try site()
        let first = try commands.run(["schema", "--root", site.root.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("wrote 7 schemas to schemas/: site.schema.json, buurt.schema.json"))
        let names = try FileManager.default.contentsOfDirectory(
            atPath: site.root.appendingPathComponent("schemas").path)
        #expect(
            Set(names) == [
                "site.schema.json", "buurt.schema.json", "theme.schema.json", "page.schema.json",
                "kaart-entry.schema.json", "agenda-activity.schema.json", "toolkit-article.schema.json",
            ])

        let entry = try schema(site, "kaart-entry")
        #expect(entry["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
        #expect(entry["additionalProperties"] as? Bool == false)
        #expect(property(entry, "categories", "[]")?["enum"] as? [String] == ["zorg", "taal"])
        #expect(property(entry, "audiences", "[]")?["enum"] as? [String] == ["ouderen"])
        #expect(property(entry, "kind")?["enum"] as? [String] == ["formeel", "informeel"])
        #expect(property(entry, "schedules", "[]", "byday", "[]")?["pattern"] as? String != nil)
        #expect(Set(entry["required"] as? [String] ?? []).isSuperset(of: ["name", "kind", "owner", "reviewed"]))
        let serves = try #require(property(entry, "serves")?["anyOf"] as? [[String: Any]])
        let buurten = (serves.compactMap { $0["items"] as? [String: Any] }.first)?["enum"] as? [String]
        #expect(serves.contains { $0["type"] as? String == "null" }, "an optional key may be left empty")
        #expect(buurten == ["noord", "zuid", "BU99980201"])
        let article = try schema(site, "toolkit-article")
        #expect(property(article, "topic")?["enum"] as? [String] == ["groen", "energie"])
        let buurt = try schema(site, "buurt")
        #expect(property(buurt, "toolkit", "hide_topics", "[]")?["enum"] as? [String] == ["groen", "energie"])
        #expect(property(buurt, "connectors", "[]")?["additionalProperties"] as? Bool == false)
        #expect(property(try schema(site, "site"), "theme")?["enum"] as? [String] == ["default"])

        let written = EditorCommandsTests.files(under: site.root)
        let again = try commands.run(["schema", "--root", site.root.path])
        #expect(again.status == 0)
        #expect(EditorCommandsTests.files(under: site.root) == written, "a second run changed a file")
    }

    @Test func theEditorSettingsAreMergedIntoPlainJSONAndLeftAloneWithComments() throws {
        let site = try site()
        site.write(
            ".vscode/settings.json",
            #"{"editor.tabSize": 2, "files.trimTrailingWhitespace": true, "yaml.schemas": {"x.json": "x.yml"}}"#)
        let merged = try commands.run(["schema", "--root", site.root.path, "--out", "editor/schemas"])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout.contains("updated yaml.schemas in .vscode/settings.json"))
        let data = try Data(contentsOf: site.root.appendingPathComponent(".vscode/settings.json"))
        let settings = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(settings["editor.tabSize"] as? Int == 2)
        #expect(String(decoding: data, as: UTF8.self).contains(#""files.trimTrailingWhitespace" : true"#))
        let schemas = try #require(settings["yaml.schemas"] as? [String: Any])
        #expect(schemas["x.json"] as? String == "x.yml")
        #expect(schemas["./editor/schemas/buurt.schema.json"] as? [String] == ["content/buurten/*/buurt.yml"])
        #expect(schemas.count == 4)

        let commented = "{\n  // mine\n  \"editor.tabSize\": 4\n}\n"
        site.write(".vscode/settings.json", commented)
        let alone = try commands.run(["schema", "--root", site.root.path])
        #expect(alone.status == 0)
        #expect(alone.stdout.contains("is not plain JSON (comments?), so it was left alone; add this to it:"))
        #expect(alone.stdout.contains(#""./schemas/site.schema.json" : ["#))
        let after = try String(contentsOf: site.root.appendingPathComponent(".vscode/settings.json"), encoding: .utf8)
        #expect(after == commented + "\n")
    }

    @Test func refusesAFolderOutsideTheRoot() throws {
        let site = try site()
        let result = try commands.run(["schema", "--root", site.root.path, "--out", "../elders"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("--out '../elders' must be a folder inside the root"))
    }
}
