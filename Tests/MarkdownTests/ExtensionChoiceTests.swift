import Testing

@testable import Markdown

/// The parser attaches an extension only when the text holds the characters it needs
/// (GFMParser.usableExtensions); the HTML must be the same as with every extension attached.
@Suite("Extensions attached only where they can apply")
struct ExtensionChoiceTests {
    static let samples = [
        "Gewone tekst zonder iets bijzonders, wel met woorden als wandelen en weg: of niet?",
        "Kijk op www.lindeveen.nl of WWW.Lindeveen.NL en wwww.example.org.",
        "Zie https://www.lindeveen.nl/afval en ftp://files.example.org, en http:/kapot.",
        "Mail naar buurt@lindeveen.nl of mailto:info@lindeveen.nl.",
        "Dat was ~~oud~~ en ~5 km verder.",
        "| Dag | Tijd |\n|-----|------|\n| ma  | 9–17 |",
        "Eén kolom\n\n| a |\n| - |\n| b |",
        "- [ ] nog doen\n- [x] klaar\n- [X] ook klaar\n- [y] geen taak",
        "Een [link](https://example.org) en [ ] los, [x]-teken.",
        "<script>alert(1)</script> en <b>vet</b>",
        "Voetnoot[^1].\n\n[^1]: Uitleg met www.example.org.",
        "`www.code.nl` en `a|b` in code",
    ]

    @Test(arguments: samples)
    func sameHTMLAsWithEveryExtension(source: String) {
        for rawHTML in [false, true] {
            let options = GFMParser.options(allowRawHTML: rawHTML)
            let chosen = GFMParser.parse(source, options: options)
            let every = GFMParser.parse(source, options: options, allExtensions: true)
            defer {
                chosen.free()
                every.free()
            }
            #expect(GFMParser.renderHTML(chosen, options: options) == GFMParser.renderHTML(every, options: options))
        }
    }

    @Test func extensionsAreLeftOutOnlyWithoutTheirCharacters() {
        #expect(GFMParser.usableExtensions("Gewone tekst, wandelen en weg: ja.") == ["tagfilter"])
        #expect(GFMParser.usableExtensions("www.x.nl").contains("autolink"))
        #expect(GFMParser.usableExtensions("a@b.nl").contains("autolink"))
        #expect(GFMParser.usableExtensions("https://x.nl").contains("autolink"))
        #expect(GFMParser.usableExtensions("- [x] klaar").contains("tasklist"))
        #expect(GFMParser.usableExtensions("a | b").contains("table"))
        #expect(GFMParser.usableExtensions("~~weg~~").contains("strikethrough"))
    }
}
