import Testing

@testable import Markdown

@Suite("Headings")
struct HeadingTests {
    @Test func idsFoldDutchLettersAndDiacritics() {
        let page = render("# Welkom\n\n## Café de Ĳssel\n\n### Één, twee & drie\n")
        #expect(page.headings.map(\.id) == ["welkom", "cafe-de-ijssel", "een-twee-drie"])
        #expect(page.html.contains(#"<h2 id="cafe-de-ijssel">Café de Ĳssel</h2>"#))
        #expect(page.html.contains(#"<h3 id="een-twee-drie">Één, twee &amp; drie</h3>"#))
    }

    @Test func aLevelOneHeadingBecomesLevelTwoWithAWarning() {
        let page = render("Intro\n\n# Welkom\n")
        #expect(page.html.contains(#"<h2 id="welkom">Welkom</h2>"#))
        #expect(!page.html.contains("<h1"), "the page title stays the only h1")
        #expect(page.headings.first?.level == 2)
        #expect(
            page.diagnostics.contains {
                $0.severity == .warning
                    && $0.description.hasPrefix("content/buurten/oosterhof.md:3:1: warning: a level-1 heading")
            })
    }

    @Test func duplicateHeadingsGetNumberedIDs() {
        let page = render("## Openingstijden\n\n## Openingstijden\n\n## Openingstijden 2\n\n## Openingstijden\n")
        #expect(
            page.headings.map(\.id) == ["openingstijden", "openingstijden-2", "openingstijden-2-2", "openingstijden-3"])
        #expect(Set(page.headings.map(\.id)).count == 4)
    }

    @Test func headingWithoutLettersFallsBackToKop() {
        let page = render("## !!!\n\n## ???\n")
        #expect(page.headings.map(\.id) == ["kop", "kop-2"])
    }

    @Test func tableOfContentsDataInDocumentOrder() {
        let source = """
            # Oosterhof

            Intro.

            ## Afval *ophalen*

            ### Grofvuil met `code`

            Setext kop
            ----------

            > ## In een citaat
            """
        let page = render(source)
        #expect(
            page.headings == [
                Heading(level: 2, text: "Oosterhof", id: "oosterhof"),  // a "#" heading is shown as h2
                Heading(level: 2, text: "Afval ophalen", id: "afval-ophalen"),
                Heading(level: 3, text: "Grofvuil met code", id: "grofvuil-met-code"),
                Heading(level: 2, text: "Setext kop", id: "setext-kop"),
                Heading(level: 2, text: "In een citaat", id: "in-een-citaat"),
            ])
        #expect(page.html.contains(#"<h2 id="afval-ophalen">Afval <em>ophalen</em></h2>"#))
        #expect(page.html.contains(#"<h3 id="grofvuil-met-code">Grofvuil met <code>code</code></h3>"#))
        #expect(page.html.contains("<blockquote>\n<h2 id=\"in-een-citaat\">In een citaat</h2>\n</blockquote>"))
    }

    @Test func everyHeadingTagHasAnID() {
        let html = render("# A\n\n## B\n\n<h2>raw</h2>\n\n###### F\n").html
        let openingTags = html.components(separatedBy: "<h").dropFirst().filter { $0.first?.isNumber == true }
        #expect(openingTags.count == 3)
        #expect(openingTags.allSatisfy { $0.dropFirst().hasPrefix(#" id=""#) })
    }

    @Test func headingIDsWorkWithRawHTMLAllowed() {
        let page = render("<h2>Los</h2>\n\n## Kop\n", rawHTML: true)
        #expect(page.html.contains("<h2>Los</h2>"))
        #expect(page.html.contains(#"<h2 id="kop">Kop</h2>"#))
        #expect(page.headings.map(\.id) == ["kop"])
    }
}
