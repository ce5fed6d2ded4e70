import BuurtCore
import Features
import Foundation
import Model
import Site
import Testing
import YAML

@testable import Pipeline

/// The schemas say what the decoders read, field by field: their fields are the decoders' own (`ValueShape.of`
/// runs each `init(from:)`), the features' descriptions name exactly those fields, what a description adds
/// (a list to choose from, the ways a raw node may be written) only narrows what the decoder reads, and every
/// field has a Dutch description. Unknown keys and wrong types against the real decoder: Tests/e2e/test_schemas.py.
@Suite struct SchemaAgreementTests {
    /// Whether `refined` (a description's shape) says no more than `derived` (the decoder's) allows.
    func narrows(_ refined: ValueShape, _ derived: ValueShape) -> Bool {
        switch (refined, derived) {
        case (_, .node): return true
        case (.listed, .text), (.formatted, .text), (.choices, .text): return true
        case (.list(let item), .list(let derivedItem)): return narrows(item, derivedItem)
        default: return refined == derived
        }
    }

    /// Keys a decoder reads in a section but a check refuses in that file; the schema leaves them out.
    let refusedByChecks: [String: Set<String>] = ["accessibility settings in buurt.yml": ["page"]]

    @Test func everyDescribedSectionAndKindNamesExactlyTheFieldsItsDecoderReads() throws {
        var checked = 0
        for feature in Features.all {
            let described =
                feature.settings.map { ("\(feature.key) settings in \($0.file.rawValue)", $0.fields, $0.shape) }
                + feature.contentKinds.map { ("\(feature.key) \($0.name)", $0.fields, $0.shape) }
            for (name, fields, shape) in described {
                let shape = try #require(shape, "\(name) has no shape: its schema would allow anything")
                let read = Set(shape.fields.map(\.name)), described = Set(fields.map(\.name))
                #expect(
                    described.isSubset(of: read), "\(name): described, but not read: \(described.subtracting(read))")
                #expect(read.subtracting(described) == (refusedByChecks[name] ?? []), "\(name)")
                for field in fields {
                    guard let refined = field.shape, let derived = shape.field(field.name)?.shape else { continue }
                    #expect(narrows(refined, derived), "\(name).\(field.name): \(refined) widens \(derived)")
                }
                checked += 1
            }
        }
        // kaart: settings, entry; agenda: settings, activity; toolkit: settings, buurt settings, article; search;
        // security_txt and accessibility: site.yml and buurt.yml.
        #expect(checked == 12)
    }

    @Test func theModelsShapesHoldTheKeysItKnowsAsItsOwn() {
        let site = ValueShape.of(MunicipalityConfig.self)
        #expect(site.fields.map(\.name).sorted() == MunicipalityConfig.ownKeys.sorted())
        #expect(site.fields.filter(\.required).map(\.name) == ["name", "cbs_code", "theme", "base_url"])
        #expect(ValueShape.of(BuurtConfig.self).fields.map(\.name).sorted() == BuurtConfig.ownKeys.sorted())
    }

    /// Every field at every depth of every schema of the example has a description for the editor's tooltip.
    @Test func everyFieldOfEverySchemaHasADutchDescription() throws {
        let root = try SiteRoot(path: TestSite.repository.path)
        var missing: [String] = []
        var fields = 0
        for file in SiteSchemas.make(root: root, features: Features.all) {
            let schema = try #require(try JSONSerialization.jsonObject(with: Data(file.bytes)) as? [String: Any])
            #expect(schema["description"] is String, "\(file.name)")
            func walk(_ node: [String: Any], _ path: String) {
                for (key, value) in node["properties"] as? [String: Any] ?? [:] {
                    guard let property = value as? [String: Any] else { continue }
                    fields += 1
                    if (property["description"] as? String)?.isEmpty != false { missing.append(path + key) }
                    walk(property, path + key + ".")
                }
                if let items = node["items"] as? [String: Any] { walk(items, path + "[].") }
                for branch in node["anyOf"] as? [[String: Any]] ?? [] { walk(branch, path) }
            }
            walk(schema, file.name + ": ")
        }
        #expect(missing == [])
        #expect(fields > 150, "\(fields) fields")
    }

    @Test func theExamplesListsAreTheChoices() throws {
        let root = try SiteRoot(path: TestSite.repository.path)
        let lists = SchemaLists(root: root)
        #expect(lists.values(SchemaLists.themes) == ["default", "lindeveen"])
        #expect(lists.values("toolkit.topics.slug") == ["ontmoeten", "organiseren", "energie", "groen"])
        #expect(lists.values(SchemaLists.buurten).prefix(4) == ["beekdal", "de-weide", "molenkamp", "oude-dorp"])
        #expect(lists.values(SchemaLists.buurten).contains("BU99990201"))
        #expect(lists.values(SchemaLists.categories).first == "zorg")
    }
}
