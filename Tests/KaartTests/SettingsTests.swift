import BuurtCore
import Model
import Testing
import YAML

@testable import Kaart

@Suite struct SettingsTests {
    func decode(_ yaml: String) throws -> KaartSettings {
        let node = try #require(try YAMLParser.parse(yaml, file: "site.yml"))
        return try YAMLDecoder().decode(KaartSettings.self, from: node)
    }

    func decodeProblems(_ yaml: String) -> [String] {
        do {
            let node = try #require(try YAMLParser.parse(yaml, file: "site.yml"))
            _ = try YAMLDecoder().decode(KaartSettings.self, from: node)
            return []
        } catch let list as DiagnosticList {
            return list.diagnostics.map(brief)
        } catch {
            return ["\(error)"]
        }
    }

    @Test func anEmptyKaartBlockGetsTheAgreedDefaults() throws {
        let settings = try decode("name: Sociale kaart")
        #expect(settings.segment == "kaart")
        #expect(settings.reviewIntervalDays == 365)
        #expect(settings.hideOverdueAfterDays == nil)
        #expect(settings.csvSeparator == ";")
        #expect(settings.facets.map(\.segment) == ["onderwerp", "voor-wie", "soort"])
        #expect(settings.facets.map(\.label) == ["Onderwerp", "Voor wie", "Soort hulp"])
        #expect(settings.kinds.label(for: .formeel) == "Professionele hulp")
        #expect(settings.kinds.label(for: .informeel) == "Hulp van buurtgenoten en vrijwilligers")
        #expect(KaartSettings.default.segment == "kaart")
        #expect(KaartSettings.default.name == "Sociale kaart")
    }

    @Test func theExampleMunicipalitysSettingsDecodeAndLabelsCanBeLookedUp() throws {
        // The municipality's shared lists (top-level in site.yml) are handed to the kaart when it loads.
        var settings = try decode(
            """
            name: Wegwijzer
            segment: wegwijzer
            intro: Waar kun je terecht?
            review_interval_days: 180
            hide_overdue_after_days: 730
            csv_separator: ","
            facets:
              - field: kind
                label: Soort
                segment: soort
            kinds:
              informeel: Buren helpen buren
            """)
        settings.categories = [Term(value: "zorg", label: "Zorg en gezondheid")]
        settings.audiences = [Term(value: "ouderen", label: "Ouderen")]
        #expect(settings.name == "Wegwijzer")
        #expect(settings.reviewIntervalDays == 180)
        #expect(settings.hideOverdueAfterDays == 730)
        #expect(settings.csvSeparator == ",")
        #expect(settings.label(for: "zorg", in: .categories) == "Zorg en gezondheid")
        #expect(settings.label(for: "ouderen", in: .audiences) == "Ouderen")
        #expect(settings.label(for: "informeel", in: .kind) == "Buren helpen buren")
        #expect(settings.label(for: "formeel", in: .kind) == "Professionele hulp")
        #expect(settings.label(for: "geld", in: .categories) == nil)
        #expect(settings.facets.map(\.field) == [.kind])
        #expect(settings.facet(segment: "soort")?.field == .kind)
        #expect(settings.facet(for: .categories) == nil)
    }

    @Test func categoriesAndAudiencesUnderKaartAreToldToMoveToTheTopOfSiteYml() {
        let problems = decodeProblems("name: Wegwijzer\ncategories:\n  - {value: zorg, label: Zorg}\n")
        #expect(problems == ["site.yml:3:3: kaart.categories has moved to the top of site.yml"])
    }

    @Test func bothListsUnderKaartAreToldToMove() {
        let problems = decodeProblems(
            """
            name: Wegwijzer
            audiences:
              - {value: ouderen, label: Ouderen}
            categories:
              - {value: zorg, label: Zorg}
            """)
        #expect(
            problems == [
                "site.yml:3:3: kaart.audiences has moved to the top of site.yml",
                "site.yml:5:3: kaart.categories has moved to the top of site.yml",
            ])
    }

    @Test func anUnknownFacetFieldIsReportedByTheDecoderWithASuggestion() {
        let problems = decodeProblems(
            """
            facets:
              - field: categorie
                label: Onderwerp
                segment: onderwerp
            """)
        #expect(
            problems == [
                "site.yml:2:12: facets[1].field: expected one of 'categories', 'audiences', 'kind', found "
                    + "'categorie' (did you mean 'categories'?)"
            ])
    }

    @Test func valuesAndSegmentsMustBeSlugsAndUnique() {
        let yaml = """
            kaart:
              segment: Sociale Kaart
              csv_separator: "|"
              categories:
                - value: zorg
                  label: Zorg
                - value: Geld en Schulden
                  label: Geld
                - value: zorg
                  label: Zorg en welzijn
              facets:
                - field: categories
                  label: Onderwerp
                  segment: onderwerp
                - field: categories
                  label: Thema
                  segment: open-data
            """
        var settings = exampleSettings
        settings.segment = "Sociale Kaart"
        settings.csvSeparator = "|"
        settings.categories = [
            Term(value: "zorg", label: "Zorg"), Term(value: "Geld en Schulden", label: "Geld"),
            Term(value: "zorg", label: "Zorg en welzijn"),
        ]
        settings.facets = [
            KaartFacet(field: .categories, label: "Onderwerp", segment: "onderwerp"),
            KaartFacet(field: .categories, label: "Thema", segment: "open-data"),
        ]
        let problems = catalogue([], settings: settings, settingsYAML: yaml).problems
        #expect(
            problems == [
                "site.yml:2:12: kaart.segment 'Sociale Kaart' cannot be used in a web address",
                "site.yml:3:18: kaart.csv_separator must be \";\" or \",\"",
                "site.yml:15:14: kaart.facets: field 'categories' has two filters (also at position 1)",
                "site.yml:17:16: kaart.facets[2].segment 'open-data' is taken by the downloads",
            ])
    }

    @Test func aSegmentHintSuggestsAUsableSlug() {
        var settings = exampleSettings
        settings.segment = "Sociale Kaart"
        let collector = DiagnosticCollector()
        let node = try? YAMLParser.parse("kaart:\n  segment: Sociale Kaart\n", file: "site.yml")
        _ = KaartCatalogue(
            entries: [], settings: settings, settingsNode: node?["kaart"], buurten: [], today: day("2026-01-01"),
            diagnostics: collector)
        #expect(collector.diagnostics.first?.hint?.contains("'sociale-kaart'") == true)
    }
}
