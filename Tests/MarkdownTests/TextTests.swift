import Testing

@testable import Markdown

@Suite("Plain text, summaries, tables")
struct TextTests {
    @Test func plainTextCollapsesWhitespaceAndSkipsMarkup() {
        let source = """
            # Oosterhof

            De wijk   **Oosterhof** ligt
            aan de `Esdoornlaan`.

            | Dag | Tijd |
            |-----|------|
            | ma  | 9–17 |

            ```
            let code = 1
            ```

            <div>rauw</div>
            """
        let page = render(source)
        #expect(page.plainText == "Oosterhof De wijk Oosterhof ligt aan de Esdoornlaan. Dag Tijd ma 9–17")
    }

    @Test func plainTextCollapsesTabsAndSpacesAroundInlineMarkup() {
        // Text between inline markup starts and ends with spaces, and may hold tabs and runs of spaces.
        let page = render("*Eén*  \ttwee   **drie**\t vier *vijf*\u{01}zes")
        #expect(page.plainText == "Eén twee drie vier vijf\u{01}zes")
        let leading = render("  **Kop**   staart  ")
        #expect(leading.plainText == "Kop staart")
    }

    @Test func plainTextCollapsesWhitespaceAtEveryOffsetOfALongText() {
        // The scan reads eight bytes at a time: a run of spaces or a control character at any offset counts.
        for offset in 0..<20 {
            let head = String(repeating: "a", count: offset)
            #expect(render("x\(head)  b c\n").plainText == "x\(head) b c")
            #expect(render("x\(head)\tb c d e f g h i j").plainText == "x\(head) b c d e f g h i j")
            #expect(render("x \(head)\u{01}b c d e f g h").plainText == "x \(head)\u{01}b c d e f g h")
        }
    }

    @Test func summaryTakesWholeSentencesFromParagraphs() {
        let page = render(
            "## Openingstijden\n\n"
                + "De bibliotheek is o.a. op maandag open. Zij sluit om 17.00 uur. "
                + "Daarna is er een lange tekst die niet meer past in een korte samenvatting van de pagina, "
                + "hoe graag we dat ook zouden willen zien."
        )
        #expect(page.summary(maxLength: 80) == "De bibliotheek is o.a. op maandag open. Zij sluit om 17.00 uur.")
        #expect(page.summary(maxLength: 50) == "De bibliotheek is o.a. op maandag open.")
    }

    @Test func summaryCutsLongSentenceAtAWord() {
        let page = render(
            "Het college van burgemeester en wethouders heeft besloten om de speeltuin aan de Esdoornlaan te "
                + "vernieuwen."
        )
        let summary = page.summary(maxLength: 40)
        #expect(summary == "Het college van burgemeester en…")
        #expect(summary.count <= 40)
    }

    @Test func shortTextIsItsOwnSummary() {
        #expect(render("Kort *en* krachtig").summary() == "Kort en krachtig")
        #expect(render("").summary() == "")
        #expect(render("![Foto](speeltuin.jpg)\n\nTekst.").summary() == "Tekst.")
    }

    @Test func textsAreCollectedOnlyWhenAskedFor() {
        let source = "## Openingstijden\n\nDe bibliotheek is op maandag open."
        let renderer = MarkdownRenderer()
        let both = renderer.render(source, file: "p.md", resolver: FakeSite())
        let summaryOnly = renderer.render(source, file: "p.md", resolver: FakeSite(), text: .summary)
        let neither = renderer.render(source, file: "p.md", resolver: FakeSite(), text: [])
        #expect(summaryOnly.summary() == "De bibliotheek is op maandag open." && summaryOnly.plainText.isEmpty)
        #expect(neither.summary().isEmpty && neither.plainText.isEmpty)
        #expect(both.plainText == "Openingstijden De bibliotheek is op maandag open.")
        #expect(
            Set([both.html, summaryOnly.html, neither.html]).count == 1, "the HTML and headings do not depend on it")
        #expect(neither.headings == both.headings)
    }

    @Test func tablesAndStrikethroughRender() {
        let page = render(
            "| Wijk | Inwoners |\n|:-----|---------:|\n| Oost | 1200 |\n\nNiet ~~dinsdag~~ maar woensdag, ~5 km.")
        #expect(page.html.contains("<table>"))
        #expect(page.html.contains(#"<td align="right">1200</td>"#))
        #expect(page.html.contains("<del>dinsdag</del>"))
        #expect(page.html.contains("~5 km"))
    }

    @Test func footnotesRender() {
        let page = render("Tekst[^1].\n\n[^1]: Bron: gemeente.\n")
        #expect(page.html.contains(#"<section class="footnotes""#))
        #expect(page.summary() == "Tekst.", "the footnote number is not part of the text")
    }
}

@Suite("Tables")
struct TableTests {
    @Test func aTableScrollsOnItsOwnInAFocusableLabelledRegion() {
        let page = render("| Dag | Tijd |\n|---|---|\n| Dinsdag | 10.00 |\n")
        #expect(page.html.hasPrefix(#"<div class="table-wrapper" role="region" tabindex="0" aria-label="Tabel">"#))
        #expect(page.html.contains("<table>"))
        #expect(page.html.hasSuffix("</table>\n</div>\n"))
    }

    @Test func severalTablesOnOnePageGetRegionsWithNamesOfTheirOwn() {
        let table = "| Dag | Tijd |\n|---|---|\n| Dinsdag | 10.00 |\n"
        let page = render(table + "\nEn verder:\n\n" + table)
        #expect(page.html.contains(#"aria-label="Tabel 1">"#))
        #expect(page.html.contains(#"aria-label="Tabel 2">"#))
        #expect(!page.html.contains(#"aria-label="Tabel">"#))
    }
}
