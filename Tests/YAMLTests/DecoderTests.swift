import BuurtCore
import Foundation
import Testing

@testable import YAML

private struct Connector: Decodable {
    let name: String
    let email: String?
    let phone: String?
}

private struct Buurt: Decodable {
    let name: String
    let postcode: String
    let founded: Int?
    let green: Bool?
    let area: Double?
    let connectors: [Connector]?
}

private struct Flags: Decodable {
    let label: String
    let visible: Bool
}

@Suite struct DecoderTests {
    @Test func decodesATypicalFile() throws {
        let value = try YAMLDecoder().decode(
            Buurt.self,
            from: """
                name: Oosterhof
                postcode: 1234
                founded: 1965
                green: true
                area: 1.25
                connectors:
                  - name: Anna
                    email: anna@example.nl
                  - name: Bram
                """, file: "t.yml")
        #expect(value.name == "Oosterhof")
        #expect(value.postcode == "1234")
        #expect(value.founded == 1965)
        #expect(value.green == true)
        #expect(value.area == 1.25)
        #expect(value.connectors?.map(\.name) == ["Anna", "Bram"])
        #expect(value.connectors?[1].email == nil)
    }

    @Test func anyPlainScalarIsText() throws {
        let value = try YAMLDecoder().decode(Flags.self, from: "label: 2026\nvisible: false", file: "t.yml")
        #expect(value.label == "2026")
        let words = try YAMLDecoder().decode([String].self, from: "[no, yes, on, off, true, 1.50]", file: "t.yml")
        #expect(words == ["no", "yes", "on", "off", "true", "1.50"])
    }

    @Test func noIsNotABool() {
        #expect(problems(Flags.self, "label: x\nvisible: no") == ["2:10: visible: expected true or false, found 'no'"])
        #expect(hints(Flags.self, "label: x\nvisible: no") == ["write true or false"])
    }

    @Test func quotedNumbersAreText() {
        #expect(
            problems(Buurt.self, "name: a\npostcode: b\nfounded: \"1965\"")
                == ["3:10: founded: expected a whole number, found '1965'"])
        #expect(
            hints(Buurt.self, "name: a\npostcode: b\nfounded: \"1965\"")
                == ["remove the quotes: text in quotes is never a number or true/false"])
    }

    @Test func numbersFollowTheCoreSchema() throws {
        #expect(
            try YAMLDecoder().decode([Int].self, from: "[12, -3, +4, 0o17, 0x1F]", file: "t.yml") == [
                12, -3, 4, 15, 31,
            ])
        let floats = try YAMLDecoder().decode([Double].self, from: "[1.5, -2, .5, 1e3, .inf, -.Inf]", file: "t.yml")
        #expect(floats == [1.5, -2, 0.5, 1000, .infinity, -.infinity])
        #expect(try YAMLDecoder().decode(Double.self, from: ".nan", file: "t.yml").isNaN)
        #expect(problems(Int.self, "1.5") == ["1:1: expected a whole number, found '1.5'"])
        #expect(problems(UInt8.self, "300") == ["1:1: expected a whole number from 0 to 255, found '300'"])
        #expect(problems(Double.self, "1,5") == ["1:1: expected a number, found '1,5'"])
        #expect(hints(Double.self, "1,5") == ["use a dot for decimals: 1.5"])
    }

    @Test func textCannotBeEmptyAListOrAMapping() {
        let yaml = """
            name:
            postcode: ~
            connectors:
              - name: Anna
                email: [a@example.nl]
              - name: {first: Bram}
            """
        #expect(
            problems(Buurt.self, yaml) == [
                "1:6: name: expected text, found empty value",
                "2:11: postcode: expected text, found '~' (which YAML reads as empty)",
                "5:12: connectors[1].email: expected text, found a list",
                "6:11: connectors[2].name: expected text, found a mapping",
            ])
    }

    @Test func unknownKeysAreReportedWithASuggestion() {
        let yaml = """
            nam: Oosterhof
            name: Oosterhof
            postcode: 1234
            connectors:
              - name: Anna
                emal: anna@example.nl
            colour: groen
            """
        #expect(
            problems(Buurt.self, yaml) == [
                "1:1: unknown key 'nam' (did you mean 'name'?)",
                "6:5: connectors[1]: unknown key 'emal' (did you mean 'email'?)",
                "7:1: unknown key 'colour'",
            ])
        #expect(
            hints(Buurt.self, "name: a\npostcode: b\nx: 1").first
                == "keys allowed here: 'name', 'postcode', 'founded', 'green', 'area', 'connectors'")
    }

    @Test func missingKeyIsReportedAtTheMapping() {
        let yaml = "postcode: 1234\nconnectors:\n  - email: a@example.nl\n"
        #expect(
            problems(Buurt.self, yaml) == [
                "1:1: missing required key 'name'",
                "3:5: connectors[1]: missing required key 'name'",
            ])
        #expect(
            hints(Buurt.self, "postcode: 1").first
                == "keys allowed here: 'name', 'postcode', 'founded', 'green', 'area', 'connectors'")
    }

    @Test func allProblemsOfAFileComeOutTogether() {
        let yaml = """
            name: [Oosterhof]
            postcode: 1234
            founded: dit jaar
            green: ja
            conectors: []
            """
        #expect(
            problems(Buurt.self, yaml) == [
                "1:7: name: expected text, found a list",
                "3:10: founded: expected a whole number, found 'dit jaar'",
                "4:8: green: expected true or false, found 'ja'",
                "5:1: unknown key 'conectors' (did you mean 'connectors'?)",
            ])
    }

    @Test func aBrokenNestedMappingDoesNotHideOtherProblems() {
        struct Address: Decodable {
            let street: String
            let city: String
        }
        struct Page: Decodable {
            let title: String
            let address: Address
            let weight: Int
        }
        #expect(
            problems(Page.self, "title: x\naddress: ~\nweight: zwaar\nfoo: 1") == [
                "2:10: address: expected a mapping, found '~' (which YAML reads as empty)",
                "3:9: weight: expected a whole number, found 'zwaar'",
                "4:1: unknown key 'foo'",
            ])
        #expect(
            problems(Page.self, "title: x\naddress:\n  street: [a]\n  stad: b\nweight: 1") == [
                "3:3: address: missing required key 'city'",
                "3:11: address.street: expected text, found a list",
                "4:3: address: unknown key 'stad'",
            ])
    }

    @Test func wrongKindForAStructOrList() {
        #expect(problems(Buurt.self, "- a\n- b") == ["1:1: expected a mapping, found a list"])
        #expect(
            problems(Buurt.self, "name: a\npostcode: b\nconnectors: Anna") == [
                "3:13: connectors: expected a list, found 'Anna'"
            ])
    }

    @Test func emptyDocumentIsAnErrorUnlessNullWillDo() throws {
        #expect(problems(Buurt.self, "") == ["-:-: file is empty"])
        #expect(problems(Buurt.self, "# niets\n") == ["-:-: file is empty"])
        #expect(problems(Buurt.self, "", lineOffset: 1) == ["1:-: front matter is empty"])
        #expect(try YAMLDecoder().decode(Buurt?.self, from: "", file: "t.yml") == nil)
    }

    @Test func syntaxErrorsComeOutOfDecodeToo() {
        #expect(
            problems(Flags.self, "label: a: b") == [
                "1:9: YAML syntax error: mapping values are not allowed in this context"
            ])
    }

    @Test func lineOffsetAppliesToDecodingErrors() {
        #expect(
            problems(Flags.self, "label: x\nvisible: no", lineOffset: 1) == [
                "3:10: visible: expected true or false, found 'no'"
            ])
    }

    @Test func anchorsAndAliasesDecode() throws {
        let value = try YAMLDecoder().decode(
            [String: Connector].self,
            from: """
                anna: &anna
                  name: Anna
                  email: anna@example.nl
                ook-anna: *anna
                """, file: "t.yml")
        #expect(value["ook-anna"]?.email == "anna@example.nl")
    }
}
