import BuurtCore
import Testing

/// The one escaping of HTML and XML: templates, sitemaps, redirect pages and serve's overlay all use it.
@Suite struct MarkupEscapingTests {
    @Test func escapesTheFiveMarkupCharactersAndLeavesOtherTextAlone() {
        #expect(
            #"<a href="x">Tom & 'Jerry'</a>"#.markupEscaped
                == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
        #expect("Café de Ĳssel".markupEscaped == "Café de Ĳssel")
        #expect(
            "https://www.testdorp.nl/buurten/?a=1&b='2'".markupEscaped
                == "https://www.testdorp.nl/buurten/?a=1&amp;b=&#39;2&#39;", "an address in a sitemap")
        #expect("".markupEscaped == "")
    }
}
