import BuurtCore
import Testing
import YAML

@testable import Toolkit

@Suite struct SettingsTests {
    @Test func missingFieldsGetTheirDefaults() throws {
        let settings = try YAMLDecoder().decode(ToolkitSettings.self, from: parse("intro: Doe mee"))
        #expect(settings.name == "Toolkit")
        #expect(settings.segment == "toolkit")
        #expect(settings.intro == "Doe mee")
        #expect(settings.topics.isEmpty)
    }

    @Test func topicsTakeTheirPositionAsOrderUnlessTheyHaveOne() throws {
        let settings = try YAMLDecoder().decode(
            ToolkitSettings.self,
            from: parse(
                """
                name: Buurtgids
                segment: gids
                topics:
                  - slug: ontmoeten
                    title: Samen tegen eenzaamheid
                    description: Buren met elkaar in contact brengen.
                  - slug: groen
                    title: Groen in de buurt
                    order: 0
                  - slug: energie
                    title: Energie besparen
                """))
        #expect(settings.name == "Buurtgids")
        #expect(settings.segment == "gids")
        #expect(settings.topics.map(\.slug) == ["groen", "ontmoeten", "energie"])
        #expect(settings.topics.map(\.order) == [0, 1, 3])
        #expect(settings.topics[1].description == "Buren met elkaar in contact brengen.")
        #expect(settings.topics[0].description == nil)
    }

    @Test func aTopicWithoutTitleAndAMisspeltKeyAreReportedAtTheirLines() throws {
        let yaml = """
            topics:
              - slug: ontmoeten
                titel: Samen
            """
        #expect {
            try YAMLDecoder().decode(ToolkitSettings.self, from: parse(yaml))
        } throws: { error in
            let lines = (error as? DiagnosticList)?.diagnostics.lines ?? []
            return lines.contains("site.yml:2:5: topics[1]: missing required key 'title'")
                && lines.contains("site.yml:3:5: topics[1]: unknown key 'titel' (did you mean 'title'?)")
        }
    }

    @Test func hideTopicsIsReadFromBuurtYml() throws {
        let settings = try YAMLDecoder().decode(BuurtToolkitSettings.self, from: parse("hide_topics: [energie, groen]"))
        #expect(settings.hideTopics == ["energie", "groen"])
        #expect(throws: DiagnosticList.self) {
            try YAMLDecoder().decode(BuurtToolkitSettings.self, from: parse("hide_topic: [energie]"))
        }
    }

    @Test func aSegmentOrTopicSlugThatIsNoSlugIsAnErrorAtItsNode() throws {
        let node = try parse(
            """
            segment: Toolkit Lindeveen
            topics:
              - slug: Samen Eten
                title: Samen eten
              - slug: afdrukken
                title: Afdrukken
              - slug: groen
                title: Groen
              - slug: groen
                title: "  "
            """)
        let settings = try YAMLDecoder().decode(ToolkitSettings.self, from: node)
        let (_, problems) = makeLibrary([], settings: settings, settingsNode: node)
        #expect(
            problems.lines == [
                "site.yml:1:10: toolkit segment 'Toolkit Lindeveen' cannot be used in a web address",
                "site.yml:3:11: topic slug 'Samen Eten' cannot be used in a web address",
                "site.yml:5:11: 'afdrukken' is the address of the printable booklet of the whole toolkit",
                "site.yml:9:11: topic 'groen' is listed twice, first at line 7",
                "site.yml:10:12: topic 'groen' has an empty title",
            ])
        #expect(problems[0].hint?.contains("'toolkit-lindeveen'") == true)
        #expect(problems[1].hint?.contains("'samen-eten'") == true)
    }

    @Test func unknownHiddenTopicIsReportedInBuurtYmlWithASuggestion() throws {
        let node = try parse("hide_topics: [energie, ontmoetn]", file: "content/buurten/noord/buurt.yml")
        let (library, problems) = makeLibrary(
            [makeArticle("liftkoffie")], buurten: [buurt("noord", hiding: ["energie", "ontmoetn"], node: node)])
        #expect(
            problems.lines == [
                "content/buurten/noord/buurt.yml:1:24: hide_topics: unknown topic 'ontmoetn' (did you mean "
                    + "'ontmoeten'?)"
            ])
        #expect(library.articles(for: "noord").map(\.slug) == ["liftkoffie"])
    }
}
