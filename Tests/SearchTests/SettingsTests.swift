import Testing
import YAML

@testable import Search

@Suite struct SettingsTests {
    func settings(_ yaml: String) throws -> (SearchSettings, YAMLNode) {
        let node = try #require(try YAMLParser.parse(yaml, file: "site.yml"))
        return (try YAMLDecoder().decode(SearchSettings.self, from: node), node)
    }

    @Test func missingKeysHaveDefaults() throws {
        let (settings, _) = try settings("enabled: true\n")
        #expect(settings.enabled && settings.segment == "zoeken" && settings.synonyms.isEmpty)
    }

    @Test func aSegmentThatIsNoSlugIsALocatedError() throws {
        let (settings, node) = try settings("segment: Zoek Hier\n")
        let problems = settings.problems(node: node)
        #expect(problems.count == 1)
        #expect(problems[0].location?.line == 1 && problems[0].message.contains("'Zoek Hier'"))
        #expect(problems[0].hint?.contains("zoek-hier") == true)
    }

    @Test func aSynonymGroupNeedsTwoWords() throws {
        let (settings, node) = try settings("synonyms:\n  - [dokter, huisarts]\n  - [aow]\n")
        let problems = settings.problems(node: node)
        #expect(problems.map(\.message) == ["search.synonyms[1] has 1 word"])
        #expect(problems[0].location?.line == 3)
    }
}
