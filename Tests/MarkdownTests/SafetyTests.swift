import Testing

@testable import Markdown

/// What an attacker (or a careless copy-paste) could put in a page must not run in a browser.
@Suite("Unsafe content")
struct SafetyTests {
    static let attacks = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        "[x]( JaVaScRiPt:alert(1))",
        "[x](<java\tscript:alert(1)>)",
        "[x](&#106;avascript:alert(1))",
        "![a](data:image/png;base64,AAAA)",
        "<a href=\"javascript:alert(1)\">x</a>",
        "Tekst <span onclick=\"alert(1)\">hier</span> en <iframe src=\"https://x\"></iframe>",
        "[x](vbscript:msgbox) [y](file:///etc/passwd)",
    ]

    @Test(arguments: attacks)
    func defaultModeWritesNoScript(_ source: String) {
        let html = render(source).html.lowercased()
        for needle in [
            "<script", "onerror", "onclick", "javascript:", "vbscript:", "data:", "file:", "<iframe", "<img", "<span",
        ] {
            #expect(!html.contains(needle), "\(needle) in \(html)")
        }
    }

    @Test func dangerousLinksAreWarnedAboutAndKeepTheirText() {
        let page = render("Klik [hier](javascript:alert(1)) of ![foto](data:image/png;base64,AAAA).")
        #expect(page.html == "<p>Klik hier of foto.</p>\n")
        #expect(
            page.report == [
                "content/buurten/oosterhof.md:1:6: warning: link to a `javascript:` address is left out",
                "content/buurten/oosterhof.md:1:37: warning: image with a `data:` address is left out",
            ])
    }

    @Test func rawHTMLIsLeftOutWithOneWarningPerPage() {
        let page = render("Tekst.\n\n<div>blok</div>\n\nEn <b>vet</b>.\n")
        #expect(
            page.report == [
                "content/buurten/oosterhof.md:3:1: warning: raw HTML is left out; remove it or set "
                    + "`markdown.unsafe_html: true` in site.yml"
            ])
        #expect(!page.html.contains("<div") && !page.html.contains("<b>"))
    }

    @Test func htmlCommentsNeedNoWarning() {
        let page = render("<!-- NOTITIE: foto toevoegen -->\n\nTekst <!-- stil -->.\n")
        #expect(page.diagnostics.isEmpty)
        #expect(!page.html.contains("NOTITIE"))
    }

    @Test func rawHTMLIsKeptWhenAllowed() {
        let page = render("<div class=\"kader\">\n\n**Let op**\n\n</div>\n\nEn <b>vet</b>.\n", rawHTML: true)
        #expect(page.html.contains(#"<div class="kader">"#))
        #expect(page.html.contains("<b>vet</b>"))
        #expect(page.diagnostics.isEmpty)
    }

    @Test func scriptAddressesAreDroppedEvenWhenRawHTMLIsAllowed() {
        let page = render(
            "[x](javascript:alert(1)) ![a](data:image/png;base64,AAAA)\n\n"
                + "<a href=\"jav&#x61;script:alert(1)\">y</a>\n\n"
                + "<a href=\"https://ok.nl\">z</a>\n",
            rawHTML: true)
        let html = page.html.lowercased()
        #expect(!html.contains("javascript:") && !html.contains("data:") && !html.contains("jav&#x61;script"))
        #expect(html.contains(#"<a href="https://ok.nl">z</a>"#))
        #expect(page.diagnostics.count == 3)
        #expect(page.diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test func resolverCannotSmuggleAScriptAddress() {
        let page = render("[x](afval.md)", resolver: FakeSite(replacement: "javascript:alert(1)"))
        #expect(page.html == "<p>x</p>\n")
        #expect(page.diagnostics.map(\.severity) == [.warning])
    }

    @Test func referenceStyleAndAutolinkScriptAddressesAreDropped() {
        let page = render("[x][kwaad] en <javascript:alert(1)>\n\n[kwaad]: javascript:alert(1)\n")
        #expect(!page.html.contains("href=\"javascript"))
        #expect(!page.html.contains("<a"))
        #expect(page.diagnostics.count == 2)
    }

    @Test func tagfilterStillEscapesScriptTagsWhenRawHTMLIsAllowed() {
        let page = render("<script>alert(1)</script>\n", rawHTML: true)
        #expect(!page.html.contains("<script"))
    }

    @Test func rawHTMLScriptAddressCheck() {
        #expect(RawHTMLPolicy.hasScriptAddress(#"<a href="JavaScript:x">"#))
        #expect(RawHTMLPolicy.hasScriptAddress("<a href=\"java\tscript:x\">"))
        #expect(RawHTMLPolicy.hasScriptAddress(#"<a href="&#106;avascript&colon;x">"#))
        #expect(RawHTMLPolicy.hasScriptAddress(#"<a href="&#x6A&#x61vascript:x">"#))
        #expect(RawHTMLPolicy.hasScriptAddress(#"<a href="java&#9;script:x">"#))
        #expect(!RawHTMLPolicy.hasScriptAddress(#"<a href="https://javascript.info">Over Java script: een taal</a>"#))
        #expect(!RawHTMLPolicy.hasScriptAddress("<b>A &amp; B</b>"))
    }
}
