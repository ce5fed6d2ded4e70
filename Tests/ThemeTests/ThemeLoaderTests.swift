import BuurtCore
import Foundation
import Testing

@testable import Theme

@Suite struct ThemeLoaderTests {
    static let lindeveen = """
        name: Lindeveen
        extends: default
        tokens:
          basis:
            color:
              black:
                $value: "#1a1a1a"
              accent:
                $type: color
                bg:
                  $value: "#00598a"
                text:
                  $value: "{basis.color.white}"
        contrast:
          - text: basis.color.accent.text
            background: basis.color.accent.bg
        """

    @Test func childOverridesParentTokenAndTemplate() throws {
        let fixture = try Fixture.child(
            Self.lindeveen,
            [
                "themes/lindeveen/templates/header.mustache": "<header class=\"lindeveen\">{{site.name}}</header>",
                "themes/lindeveen/assets/site.css": "body { color: red }",
            ])
        let theme = try fixture.load("lindeveen")
        #expect(theme.name == "Lindeveen")
        #expect(theme.chain == ["lindeveen", "default"])
        #expect(theme.tokens["basis.color.black"]?.value == "#1a1a1a")
        #expect(theme.tokens["basis.color.black"]?.type == "color")  // kept from the parent
        #expect(theme.tokens["basis.color.white"]?.value == "#ffffff")  // inherited
        #expect(theme.contrastPairs.map(\.text) == ["basis.color.text", "basis.color.accent.text"])
        #expect(theme.templateFile("header") == "themes/lindeveen/templates/header.mustache")
        #expect(theme.templateFile("layout") == "themes/default/templates/layout.mustache")
        let html = try theme.render(
            "page", ["site": ["name": "Gemeente Lindeveen"], "page": ["content": "<p>Hoi</p>"]])
        #expect(html.contains("<header class=\"lindeveen\">Gemeente Lindeveen</header>"))
        #expect(
            theme.assets == [
                ThemeAsset(outputPath: "fonts/a.woff2", source: "themes/default/assets/fonts/a.woff2"),
                ThemeAsset(outputPath: "site.css", source: "themes/lindeveen/assets/site.css"),
            ])
    }

    @Test func contrastFailureNamesBothTokensAndTheRatio() throws {
        let fixture = try Fixture.child(
            """
            name: Lindeveen
            extends: default
            tokens:
              basis:
                color:
                  muted:
                    $value: "#777777"
            contrast:
              - text: basis.color.muted
                background: basis.color.bg
            """)
        let problems = fixture.problems("lindeveen")
        #expect(problems.count == 1)
        let problem = try #require(problems.first)
        #expect(
            problem.message
                == "text colour 'basis.color.muted' on background 'basis.color.bg' has contrast 4.48:1 "
                + "(#777777 on #ffffff), below the 4.5:1 that WCAG AA requires"
        )
        // The child's token is the definition made last, so that is where the fix belongs.
        #expect(problem.location == SourceLocation(file: "themes/lindeveen/theme.yml", line: 7, column: 17))
    }

    @Test func justPassingContrastLoads() throws {
        let fixture = try Fixture.child(
            """
            name: Lindeveen
            extends: default
            tokens:
              muted: { $value: "#767676" }
            contrast:
              - { text: muted, background: basis.color.white }
            """)
        #expect(fixture.problems("lindeveen").isEmpty)
    }

    @Test func contrastPairsThatCannotBeChecked() throws {
        let fixture = try Fixture.child(
            """
            name: Lindeveen
            extends: default
            tokens:
              named: { $value: white }
              glass: { $value: "#ffffff80" }
            contrast:
              - { text: basis.color.txt, background: basis.color.bg }
              - { text: named, background: basis.color.black }
              - { text: glass, background: basis.color.black }
            """)
        let messages = fixture.problems("lindeveen").map(\.message)
        #expect(messages.count == 3)
        #expect(
            messages.contains("contrast pair names unknown token 'basis.color.txt' (did you mean 'basis.color.text'?)"))
        #expect(messages.contains { $0.contains("'white' is not a colour that can be checked") })
        #expect(messages.contains { $0.contains("'#ffffff80' is transparent") })
    }

    @Test func missingParentTheme() throws {
        let fixture = try Fixture.child(
            """
            name: Lindeveen
            extends: defualt
            """)
        let problems = fixture.problems("lindeveen")
        #expect(
            problems.map(\.message) == [
                "theme 'defualt' not found: there is no folder themes/defualt/ (did you mean 'default'?)"
            ])
        #expect(problems.first?.location?.file == "themes/lindeveen/theme.yml")
        #expect(problems.first?.location?.line == 2)
    }

    @Test func missingThemeAndEscapingNames() throws {
        let fixture = try Fixture(Fixture.defaultTheme)
        #expect(
            fixture.problems("lindeven").map(\.message) == [
                "theme 'lindeven' not found: there is no folder themes/lindeven/"
            ])
        #expect(fixture.problems("../themes/default").count == 1)
    }

    @Test func themeWithoutManifest() throws {
        var files = Fixture.defaultTheme
        files["themes/bare/templates/page.mustache"] = "x"
        #expect(try Fixture(files).problems("bare").map(\.message) == ["theme 'bare' has no theme.yml"])
    }

    @Test func assetSymlinkLeavingTheRootIsAnError() throws {
        let fixture = try Fixture.child("name: Lindeveen\nextends: default\n")
        let outside = try Fixture(["secret.txt": "secret"])
        try FileManager.default.createDirectory(
            atPath: fixture.directory + "/themes/lindeveen/assets", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: fixture.directory + "/themes/lindeveen/assets/secret.txt",
            withDestinationPath: outside.directory + "/secret.txt")
        let problems = fixture.problems("lindeveen")
        #expect(
            problems.map(\.description) == [
                "themes/lindeveen/assets/secret.txt: error: symlink points outside the site root\n"
                    + "  hint: copy the file into the repository instead of linking to it"
            ])
    }

    @Test func inheritanceCycle() throws {
        var files = Fixture.defaultTheme
        files["themes/a/theme.yml"] = "name: A\nextends: b\n"
        files["themes/b/theme.yml"] = "name: B\nextends: a\n"
        let problems = try Fixture(files).problems("a")
        #expect(problems.map(\.message) == ["themes extend each other in a circle: a → b → a"])
    }

    @Test func unknownManifestKeyIsAnError() throws {
        let fixture = try Fixture.child(
            """
            name: Lindeveen
            extends: default
            colours: {}
            """)
        #expect(fixture.problems("lindeveen").count == 1)
    }

    @Test func reservedAssetName() throws {
        let fixture = try Fixture.child(
            "name: Lindeveen\nextends: default\n", ["themes/lindeveen/assets/tokens.css": ":root {}"])
        #expect(fixture.problems("lindeveen").map(\.location?.file) == ["themes/lindeveen/assets/tokens.css"])
    }

    @Test func sameInputSameOutput() throws {
        let first = try Fixture.child(Self.lindeveen).load("lindeveen")
        let second = try Fixture.child(Self.lindeveen).load("lindeveen")
        #expect(first.tokens.css() == second.tokens.css())
        #expect(first.assets.map(\.outputPath) == second.assets.map(\.outputPath))
        #expect(first.templateNames == second.templateNames)
    }
}
