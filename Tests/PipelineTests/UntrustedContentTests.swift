import Foundation
import Pipeline
import Testing

/// Residents' content is untrusted: in the default mode no script, event handler or
/// javascript:/data: URL from content or front matter reaches any generated file.
@Suite struct UntrustedContentTests {
    @Test func scriptsHandlersAndDangerousURLsNeverReachTheOutput() throws {
        let site = try TestSite()
        site.write(
            "content/buurten/noord/buurt.yml",
            """
            name: "Noord <script>alert('naam')</script>"
            tagline: "\\" onmouseover=\\"alert(1)"
            description: "</script><script>alert('ld')</script>"
            base_url: https://www.testdorp.nl/buurten/noord/
            connectors:
              - name: "<img src=x onerror=alert(1)>"
                email: an@example.org
            """)
        site.write(
            "content/buurten/noord/pages/over.md",
            """
            ---
            title: "Over </title><script>alert('titel')</script>"
            description: "</script><script>alert('beschrijving')</script>"
            menu: true
            ---
            <script>alert('blok')</script>

            Tekst <img src=x onerror=alert(1)> en <a href="javascript:alert(1)">klik</a>.

            [link](javascript:alert(1)) [link2]( JaVaScRiPt:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=)

            <iframe src="https://example.org"></iframe>
            """)
        let report = site.build()
        #expect(report.published, "\(report.errorLines)")

        let handler = try Regex(#"<[a-z][^>]*\son[a-z]+\s*="#)
        let dangerousURL = try Regex(#"(href|src|action)\s*=\s*"\s*(javascript|data|vbscript):"#)
        for (path, data) in site.snapshot()
        where path.hasSuffix(".html") || path.hasSuffix(".xml") || path.hasSuffix(".txt") {
            let text = String(decoding: data, as: UTF8.self).lowercased()
            // JSON-LD, and the theme's own scripts from the site's assets (the search page's).
            let scripts = text.components(separatedBy: "<script").dropFirst()
            let ownScript = try Regex(#"^ src="(\.\./)*assets/[a-z/-]+\.[0-9a-f]{8}\.js" defer></script>"#)
            #expect(
                scripts.allSatisfy {
                    $0.hasPrefix(" type=\"application/ld+json\">") || $0.prefixMatch(of: ownScript) != nil
                },
                "\(path) has a script element")
            #expect(!text.contains(handler), "\(path) has an element with an event handler")
            #expect(!text.contains(dangerousURL), "\(path) has a javascript: or data: URL")
            #expect(!text.contains("javascript:"), "\(path) contains a javascript: URL")
            #expect(!text.contains("data:text"), "\(path) contains a data: URL")
            #expect(!text.contains("<iframe"), "\(path) contains raw HTML")
            #expect(!text.contains("<img src=x"), "\(path) contains raw HTML")
        }
        let page = try #require(site.read("noord/over/index.html"))
        #expect(page.contains("Over &lt;/title&gt;&lt;script&gt;"), "the title is shown, escaped")
        let ld = try #require(
            page.components(separatedBy: "application/ld+json\">").last?.components(separatedBy: "</script>").first)
        #expect(ld.contains("\\u003c/title\\u003e"), "JSON-LD escapes < and >")
    }

    @Test func rawHTMLIsKeptOnlyWhenTheSiteOptsIn() throws {
        let site = try TestSite()
        site.write(
            "site.yml",
            """
            name: Gemeente Testdorp
            cbs_code: GM9998
            theme: default
            base_url: https://www.testdorp.nl/buurten/
            markdown:
              unsafe_html: true
            """)
        site.write(
            "content/buurten/noord/pages/over.md",
            "---\ntitle: Over\n---\n<mark>gemarkeerd</mark> [x](javascript:alert(1))")
        let report = site.build()
        #expect(report.published, "\(report.errorLines)")
        let page = try #require(site.read("noord/over/index.html"))
        #expect(page.contains("<mark>gemarkeerd</mark>"))
        #expect(!page.lowercased().contains("javascript:"))
    }

    @Test func rawHTMLInDefaultModeIsAWarningThatStrictTurnsIntoAFailure() throws {
        let site = try TestSite()
        site.write("content/buurten/noord/pages/over.md", "---\ntitle: Over\n---\nTekst <b>vet</b>")
        #expect(site.build().published)
        let strict = site.build(strict: true)
        #expect(!strict.published)
        #expect(
            strict.diagnostics.contains {
                $0.description.hasPrefix("content/buurten/noord/pages/over.md:4:") && $0.severity == .warning
            })
    }
}
