import BuurtCore
import Model
import Testing
import YAML

/// site.yml and buurt.yml allow the sections of the registered features, and only those.
@Suite struct FeatureSectionsTests {
    let siteYAML =
        "name: Gemeente Test\ncbs_code: GM0001\ntheme: default\nbase_url: https://test.nl/\nkaart:\n  name: Wegwijzer\n"

    @Test func aFeatureSectionIsAllowedWhenItsFeatureIsRegistered() throws {
        let node = try #require(try YAMLParser.parse(siteYAML, file: "site.yml"))
        let config = try FeatureSections.decoder(allowing: ["kaart", "toolkit"]).decode(
            MunicipalityConfig.self, from: node)
        #expect(config.name == "Gemeente Test")
    }

    @Test func aSectionOfNoRegisteredFeatureIsAnUnknownKeyWithASuggestion() throws {
        let node = try #require(
            try YAMLParser.parse(
                siteYAML.replacingOccurrences(of: "kaart:", with: "kaar:"),
                file: "site.yml"))
        do {
            _ = try FeatureSections.decoder(allowing: ["kaart"]).decode(MunicipalityConfig.self, from: node)
            Issue.record("an unknown section was accepted")
        } catch {
            #expect(
                error.diagnostics.map(\.description).contains {
                    $0.hasPrefix("site.yml:5:1: error: unknown key 'kaar' (did you mean 'kaart'?)")
                })
        }
    }

    @Test func withoutFeaturesTheirSectionsAreUnknown() throws {
        let node = try #require(try YAMLParser.parse(siteYAML, file: "site.yml"))
        #expect(throws: DiagnosticList.self) { try YAMLDecoder().decode(MunicipalityConfig.self, from: node) }
    }
}
