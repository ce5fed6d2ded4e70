import BuurtCore
import Testing

@testable import Theme

@Suite struct DesignTokenTests {
    @Test func aliasesBecomeVarAndOutputIsSorted() throws {
        let theme = try Fixture(Fixture.defaultTheme).load("default")
        #expect(
            theme.tokens.css() == """
                :root {
                  --basis-color-bg: var(--basis-color-white);
                  --basis-color-black: #000000;
                  --basis-color-text: var(--basis-color-black);
                  --basis-color-white: #ffffff;
                  --basis-space-block: 1rem;
                }

                """)
        #expect(theme.tokens["basis.color.text"]?.type == "color")  // inherited from the group
        #expect(theme.tokens["basis.space.block"]?.type == "dimension")
        #expect(theme.tokens.resolvedColor("basis.color.bg") == RGB(red: 255, green: 255, blue: 255))
    }

    @Test func nlDesignSystemNames() {
        let token = DesignToken(
            name: "basis.color.accent-1.bg-default", value: "#00598a", type: "color",
            location: SourceLocation(file: "t.yml"))
        #expect(token.cssName == "--basis-color-accent-1-bg-default")
    }

    @Test(arguments: [
        "red; } body { display: none",
        "red } body {",
        "{basis.color.white} x",
        "url(\"</style><script>\")",
        "red\\3b",
        "\"Fira Sans",
        "calc(1px + 2px",
        "red /* comment",
    ])
    func injectionIsRejectedInThemes(value: String) throws {
        let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        let fixture = try Fixture.child(
            """
            name: Lindeveen
            extends: default
            tokens:
              evil:
                $value: "\(escaped)"
            """)
        let problems = fixture.problems("lindeveen")
        #expect(problems.count == 1)
        #expect(problems.first?.message.hasPrefix("value of token 'evil'") == true)
        #expect(problems.first?.location?.file == "themes/lindeveen/theme.yml")
    }

    @Test func safeValuesPass() throws {
        let fixture = try Fixture.child(
            """
            name: Lindeveen
            extends: default
            tokens:
              font: { $value: "\\"Fira Sans\\", Arial, sans-serif" }
              size: { $value: "calc(1rem + 2px)" }
              shade: { $value: "rgb(0 0 0 / 50%)" }
            """)
        let css = try fixture.load("lindeveen").tokens.css()
        #expect(css.contains("  --font: \"Fira Sans\", Arial, sans-serif;\n"))
        #expect(css.contains("  --size: calc(1rem + 2px);\n"))
    }

    @Test func injectionIsRejectedInOverrides() throws {
        let tokens = try Fixture(Fixture.defaultTheme).load("default").tokens
        let at = SourceLocation(file: "content/buurten/oosterhof/buurt.yml", line: 4, column: 30)
        #expect(throws: DiagnosticList.self) {
            try tokens.overriding(["basis.color.white": "#fff; } * { color: red"], at: ["basis.color.white": at])
        }
    }

    @Test func unknownOverrideSuggestsTheNearestToken() throws {
        let tokens = try Fixture(Fixture.defaultTheme).load("default").tokens
        let at = SourceLocation(file: "content/buurten/oosterhof/buurt.yml", line: 5, column: 5)
        do {
            _ = try tokens.overriding(["basis.color.whte": "#eeeeee"], at: ["basis.color.whte": at])
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.count == 1)
            #expect(error.diagnostics[0].location == at)
            #expect(
                error.diagnostics[0].message
                    == "unknown design token 'basis.color.whte' (did you mean 'basis.color.white'?)")
        }
    }

    @Test func overrideReplacesValueAndKeepsType() throws {
        let tokens = try Fixture(Fixture.defaultTheme).load("default").tokens
        let at = SourceLocation(file: "b.yml", line: 3)
        let overridden = try tokens.overriding(["basis.color.black": "#222222"], at: ["basis.color.black": at])
        #expect(overridden["basis.color.black"]?.value == "#222222")
        #expect(overridden["basis.color.black"]?.type == "color")
        #expect(overridden["basis.color.black"]?.location == at)
        #expect(overridden.css().contains("--basis-color-black: #222222;"))
        #expect(tokens["basis.color.black"]?.value == "#000000")  // the theme's own tokens are untouched
    }

    @Test func overrideThatBreaksContrastIsBlamedOnTheOverride() throws {
        let theme = try Fixture(Fixture.defaultTheme).load("default")
        let at = SourceLocation(file: "content/buurten/oosterhof/buurt.yml", line: 6, column: 24)
        let overridden = try theme.tokens.overriding(["basis.color.white": "#444444"], at: ["basis.color.white": at])
        let problems = overridden.checkContrast(theme.contrastPairs)
        #expect(problems.count == 1)
        #expect(problems.first?.location == at)
        #expect(problems.first?.message.contains("'basis.color.text'") == true)
        #expect(problems.first?.message.contains("'basis.color.bg'") == true)
        #expect(
            problems.first?.message
                == "text colour 'basis.color.text' on background 'basis.color.bg' has contrast 2.16:1 (#000000 "
                + "on #444444), below the 4.5:1 that WCAG AA requires"
        )
    }

    @Test func overrideThatBreaksContrastFails() throws {
        let theme = try Fixture(Fixture.defaultTheme).load("default")
        let at = SourceLocation(file: "b.yml", line: 2)
        let overridden = try theme.tokens.overriding(["basis.color.black": "#cccccc"], at: ["basis.color.black": at])
        let problems = overridden.checkContrast(theme.contrastPairs)
        #expect(problems.map(\.location) == [at])
        #expect(problems.first?.message.contains("1.61:1 (#cccccc on #ffffff)") == true)
    }

    @Test func overrideMayNotIntroduceAnAliasCycle() throws {
        let tokens = try Fixture(Fixture.defaultTheme).load("default").tokens
        let at = SourceLocation(file: "b.yml", line: 2)
        do {
            _ = try tokens.overriding(["basis.color.black": "{basis.color.text}"], at: ["basis.color.black": at])
            Issue.record("expected an error")
        } catch {
            #expect(
                error.diagnostics.map(\.message) == [
                    "design token aliases form a circle: basis.color.black → basis.color.text → basis.color.black"
                ])
        }
    }

    @Test func aliasToMissingTokenAndCyclesAreErrors() throws {
        let fixture = try Fixture.child(
            """
            name: Lindeveen
            extends: default
            tokens:
              a: { $value: "{basis.color.whit}" }
              b: { $value: "{c}" }
              c: { $value: "{b}" }
            """)
        let messages = fixture.problems("lindeveen").map(\.message)
        #expect(
            messages == [
                "token 'a' refers to unknown token 'basis.color.whit' (did you mean 'basis.color.white'?)",
                "design token aliases form a circle: b → c → b",
            ])
    }

    @Test func unknownDollarKeyAndBadNames() throws {
        let fixture = try Fixture.child(
            """
            name: Lindeveen
            extends: default
            tokens:
              a:
                $valeu: "#fff"
              "b c":
                $value: "#fff"
            """)
        let problems = fixture.problems("lindeveen")
        #expect(
            problems.map(\.message) == [
                "unknown key '$valeu' (did you mean '$value'?)",
                "token name 'b c' may hold only letters, digits, '-' and '_'",
            ])
        #expect(problems.first?.location?.line == 5)
    }
}
