import BuurtCore
import Testing

@testable import Markdown

@Suite("Links")
struct LinkTests {
    @Test func relativeLinksAreReplacedByTheResolver() {
        let page = render("Zie [speeltuinen](speeltuinen.md) en [afval](afval.md#grofvuil).")
        #expect(page.html.contains(#"<a href="../speeltuinen/">speeltuinen</a>"#))
        #expect(page.html.contains(#"<a href="../afval/#grofvuil">afval</a>"#))
        #expect(page.diagnostics.isEmpty)
    }

    @Test func keptLinksStayAsWritten() {
        let page = render("[plan](plannen/2025.pdf) ![Kaart](kaart.png)", resolver: KeepLinks())
        #expect(page.html == #"<p><a href="plannen/2025.pdf">plan</a> <img src="kaart.png" alt="Kaart" /></p>"# + "\n")
        #expect(page.diagnostics.isEmpty)
    }

    @Test func missingLinkIsAnErrorAtItsLineAndColumn() {
        let page = render(
            "Eerste regel.\n\nHier staat een [kapotte link](bestaat-niet.md) midden\nin [nog een](weg.md).\n")
        #expect(
            page.report == [
                "content/buurten/oosterhof.md:3:16: error: page 'bestaat-niet.md' does not exist",
                "content/buurten/oosterhof.md:4:4: error: page 'weg.md' does not exist",
            ])
        // The words stay, the broken link goes.
        #expect(page.html.contains("Hier staat een kapotte link midden\nin nog een."))
        #expect(!page.html.contains("bestaat-niet"))
    }

    @Test func lineNumbersCountFromTheFirstLineAfterFrontMatter() {
        let page = render("Tekst.\n\n- [weg](weg.md)\n", firstLine: 6)
        #expect(page.report == ["content/buurten/oosterhof.md:8:3: error: page 'weg.md' does not exist"])
    }

    @Test func windowsLineEndingsKeepLineNumbers() {
        let page = render("Regel een.\r\n\r\nZie [weg](weg.md).\r\n", firstLine: 3)
        #expect(page.report == ["content/buurten/oosterhof.md:5:5: error: page 'weg.md' does not exist"])
    }

    @Test func columnsCountCharactersNotBytes() {
        let page = render("Één café: [weg](weg.md)")
        #expect(
            page.diagnostics.first?.location
                == SourceLocation(file: "content/buurten/oosterhof.md", line: 1, column: 11))
    }

    @Test func onlyRelativeLinksGoToTheResolver() {
        let source =
            "[a](#kop) [b](/over/) [c](https://www.amsterdam.nl) [d](mailto:info@gemeente.nl) [e](//cdn.nl/x) "
            + "www.gemeente.nl"
        let page = render(source, resolver: FakeSite(pages: []))
        #expect(page.diagnostics.isEmpty)
        #expect(page.html.contains(##"<a href="#kop">a</a>"##))
        #expect(page.html.contains(#"<a href="/over/">b</a>"#))
        #expect(page.html.contains(#"<a href="https://www.amsterdam.nl">c</a>"#))
        #expect(page.html.contains(#"<a href="mailto:info@gemeente.nl">d</a>"#))
        #expect(page.html.contains(#"<a href="http://www.gemeente.nl">www.gemeente.nl</a>"#))
    }

    @Test func linksInsideHeadingsTablesAndListsAreResolved() {
        let page = render("## Zie [afval](afval.md)\n\n| a |\n|---|\n| [b](speeltuinen.md) |\n\n- [c](afval.md)\n")
        #expect(page.html.contains(#"<h2 id="zie-afval">Zie <a href="../afval/">afval</a></h2>"#))
        #expect(page.html.contains(#"<td><a href="../speeltuinen/">b</a></td>"#))
        #expect(page.html.contains(#"<li><a href="../afval/">c</a></li>"#))
    }

    @Test func classifiesDestinationsLikeABrowser() {
        #expect(LinkPolicy.classify("kaart.md") == .relative)
        #expect(LinkPolicy.classify("map/kaart.md#kop") == .relative)
        #expect(LinkPolicy.classify("a/b:c") == .relative)
        #expect(LinkPolicy.classify("?pagina=2") == .relative)
        #expect(LinkPolicy.classify("#kop") == .fragment)
        #expect(LinkPolicy.classify("/pad") == .siteAbsolute)
        #expect(LinkPolicy.classify("//host/x") == .external)
        #expect(LinkPolicy.classify("/\\host/x") == .external)
        #expect(LinkPolicy.classify("HTTPS://x.nl") == .external)
        #expect(LinkPolicy.classify("") == .empty)
        #expect(LinkPolicy.classify(" JaVaScRiPt:alert(1)") == .dangerous(scheme: "javascript"))
        #expect(LinkPolicy.classify("\u{1}\u{20}java\tscr\nipt:x") == .dangerous(scheme: "javascript"))
        #expect(LinkPolicy.classify("VBScript:x") == .dangerous(scheme: "vbscript"))
        #expect(LinkPolicy.classify("data:text/html,x") == .dangerous(scheme: "data"))
        #expect(LinkPolicy.classify("file:///etc/passwd") == .dangerous(scheme: "file"))
    }
}
