import Testing

@testable import Markdown

@Suite("Images")
struct ImageTests {
    @Test func imageIsResolved() {
        let page = render("![Speeltuin aan de Esdoornlaan](speeltuin.jpg)")
        #expect(page.html.contains(#"<img src="/media/speeltuin.jpg" alt="Speeltuin aan de Esdoornlaan" />"#))
        #expect(page.diagnostics.isEmpty)
    }

    @Test func imageWithoutAltTextIsAnErrorWithAHint() {
        let page = render("Tekst\n\n![](speeltuin.jpg) en ![  ](speeltuin.jpg)")
        #expect(
            page.report == [
                "content/buurten/oosterhof.md:3:1: error: image has no alt text",
                "content/buurten/oosterhof.md:3:23: error: image has no alt text",
            ])
        #expect(
            page.diagnostics.first?.hint
                == "write a description between the brackets: ![Speeltuin aan de Esdoornlaan](speeltuin.jpg)")
    }

    @Test func missingImageIsAnError() {
        let page = render("![Kaart](kaart.png)", firstLine: 4)
        #expect(page.report == ["content/buurten/oosterhof.md:4:1: error: image 'kaart.png' does not exist"])
    }

    @Test func remoteImagesAreErrorsAndNeverRequested() {
        let page = render("![Logo](https://cdn.example.com/logo.png) en ![Foto](//example.com/f.jpg)")
        #expect(page.diagnostics.count == 2)
        #expect(page.diagnostics.allSatisfy { $0.severity == .error })
        #expect(
            page.diagnostics.first?.message == "images must be stored in the repository, not loaded from another site")
        #expect(!page.html.contains("<img"))
        #expect(!page.html.contains("example.com"))
        #expect(page.html.contains("Logo en Foto"))
    }
}
