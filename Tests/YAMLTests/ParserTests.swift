import BuurtCore
import Testing

@testable import YAML

@Suite struct ParserTests {
    @Test func buildsNodesWithOneBasedLocationsInDocumentOrder() throws {
        let node = try parse(
            """
            name: Oosterhof
            wijk:
              code: WK0363
            tags: [groen, rustig]
            """)
        #expect(node.keys == ["name", "wijk", "tags"])
        #expect(node["name"]?.string == "Oosterhof")
        #expect(node["name"]?.location == SourceLocation(file: "t.yml", line: 1, column: 7))
        #expect(node["wijk"]?.location == SourceLocation(file: "t.yml", line: 3, column: 3))
        #expect(node["wijk"]?["code"]?.string == "WK0363")
        #expect(node["tags"]?.sequence?.map(\.string) == ["groen", "rustig"])
        #expect(node["tags"]?[1]?.location.column == 15)
    }

    @Test func emptyInputAndOnlyCommentsGiveNil() throws {
        #expect(try YAMLParser.parse("", file: "t.yml") == nil)
        #expect(try YAMLParser.parse("# alleen commentaar\n\n", file: "t.yml") == nil)
    }

    @Test func lineOffsetMovesEveryLine() throws {
        let node = try YAMLParser.parse("title: Hallo\ndate: 2026-03-03\n", file: "page.md", lineOffset: 1)
        #expect(node?["date"]?.location == SourceLocation(file: "page.md", line: 3, column: 7))
        #expect(syntaxError("title: Hallo: wereld", lineOffset: 1)?.location?.line == 2)
    }

    @Test func plainMarksUnquotedNonBlockScalars() throws {
        let node = try parse("a: 12\nb: \"12\"\nc: '12'\nd: |\n  12\ne: !!str 12\n")
        #expect(node["a"]?.isPlain == true)
        #expect(node["b"]?.isPlain == false)
        #expect(node["c"]?.isPlain == false)
        #expect(node["d"]?.isPlain == false)
        #expect(node["d"]?.scalar == "12\n")
        #expect(node["e"]?.isPlain == false)
    }

    @Test func coreSchemaAccessors() throws {
        let node = try parse(
            """
            leeg:
            tilde: ~
            nul: Null
            ja: true
            nee: no
            getal: -12
            octaal: 0o17
            hex: 0x1F
            komma: 1.5
            oneindig: -.inf
            tekst: "true"
            """)
        #expect(node["leeg"]?.isNull == true)
        #expect(node["tilde"]?.isNull == true)
        #expect(node["nul"]?.isNull == true)
        #expect(node["ja"]?.bool == true)
        #expect(node["nee"]?.bool == nil)
        #expect(node["nee"]?.string == "no")
        #expect(node["getal"]?.int == -12)
        #expect(node["octaal"]?.int == 15)
        #expect(node["hex"]?.int == 31)
        #expect(node["komma"]?.double == 1.5)
        #expect(node["oneindig"]?.double == -.infinity)
        #expect(node["tekst"]?.bool == nil)
        #expect(node["tekst"]?.string == "true")
    }

    @Test func aliasesRepeatTheAnchoredValue() throws {
        let node = try parse(
            """
            standaard: &kleur
              tekst: zwart
              achtergrond: wit
            kop: *kleur
            voet:
              <<: *kleur
              tekst: grijs
            """)
        #expect(node["kop"]?["tekst"]?.string == "zwart")
        // An alias keeps the location of what it repeats (which starts at its anchor): that is where the text is.
        #expect(node["kop"]?.location == SourceLocation(file: "t.yml", line: 1, column: 12))
        // Merge keys: own keys win over merged ones.
        #expect(node["voet"]?.keys == ["tekst", "achtergrond"])
        #expect(node["voet"]?["tekst"]?.string == "grijs")
        #expect(node["voet"]?["achtergrond"]?.string == "wit")
    }

    @Test func mergeKeysTakeAListOfMappings() throws {
        let node = try parse("a: &a {x: 1, y: 2}\nb: &b {y: 3, z: 4}\nc:\n  <<: [*a, *b]\n  w: 0\n")
        #expect(node["c"]?.keys == ["w", "x", "y", "z"])
        #expect(node["c"]?["y"]?.int == 2)
        #expect(syntaxError("<<: 5").map(brief) == "1:5: '<<' merges mappings, but found '5'")
    }

    @Test func byteOrderMarkAndWindowsLineEndingsAreFine() throws {
        let node = try parse("\u{FEFF}naam: Oosterhof\r\ntekst: |\r\n  regel\r\n  twee\r\nleeg:")
        #expect(node["naam"]?.location == SourceLocation(file: "t.yml", line: 1, column: 7))
        #expect(node["tekst"]?.string == "regel\ntwee\n")
        #expect(node["leeg"]?.isNull == true)
    }

    @Test func unknownAliasIsAnError() {
        let error = syntaxError("a: 1\nb: *onbekend\n")
        #expect(error.map(brief) == "2:4: b: unknown alias '*onbekend'")
    }

    @Test func textStartingWithAnExclamationMarkNeedsQuotes() {
        let error = syntaxError("titel: !Belangrijk\n")
        #expect(error.map(brief) == "1:8: titel: unknown tag '!Belangrijk'")
        #expect(error?.hint == "put quotes around text that starts with '!'")
    }

    @Test func aliasBombsAreRefused() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...7 {
            let previous = "*a\(level - 1)"
            yaml += "a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]\n"
        }
        #expect(syntaxError(yaml)?.message.contains("aliases expand to more than") == true)
    }

    @Test func deepNestingIsRefused() {
        let yaml = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        #expect(syntaxError(yaml)?.message.contains("nested more than") == true)
    }
}
