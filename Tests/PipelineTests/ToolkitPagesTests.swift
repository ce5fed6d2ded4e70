import Foundation
import Pipeline
import Testing

@Suite struct ToolkitPagesTests {
    @Test func everyTopicAndArticleHasAPageAndTheHomeListsThemInOrder() throws {
        let site = try TestSite()
        site.addToolkit()
        let report = site.build()
        #expect(report.published, "\(report.errorLines)")
        for page in [
            "toolkit/", "toolkit/ontmoeten/", "toolkit/energie/", "toolkit/ontmoeten/liftkoffie/",
            "toolkit/ontmoeten/straatlunch/", "toolkit/ontmoeten/noordtuin/", "toolkit/energie/besparen/",
            "toolkit/afdrukken/", "toolkit/ontmoeten/afdrukken/", "toolkit/energie/afdrukken/",
        ] {
            #expect(site.exists("noord/" + page + "index.html"), "missing noord/\(page)")
        }
        let home = try #require(site.read("noord/toolkit/index.html"))
        #expect(home.contains("<h1>Toolkit</h1>"))
        #expect(home.contains("Zelf iets beginnen in je buurt? Lees wat werkt."))
        #expect(
            HTML.matches(#"<h2 class="toolkit-topic__title"[^>]*><a href="[^"]*">([^<]*)</a>"#, in: home)
                == ["Samen tegen eenzaamheid", "Energie besparen"], "topics in the order of site.yml")
        #expect(
            HTML.matches(#"<h3 class="card__title"><a class="card__link" href="[^"]*">([^<]*)</a>"#, in: home)
                == ["Liftkoffie in je flat", "Straatlunch met de buren", "De Noordtuin", "Samen energie besparen"])
        #expect(home.contains("Een vaste koffieochtend bij de lift."), "summaries are listed")
        #expect(home.contains("1 minuut lezen"), "reading time is listed")
        #expect(home.contains(#"href="ontmoeten/liftkoffie/""#), "articles are linked relatively")
        #expect(
            home.contains(#"href="afdrukken/""#) && home.contains(#"href="ontmoeten/afdrukken/""#),
            "the booklets are linked")
        #expect(!home.contains(".pdf\""), "no PDF links without --pdf")

        let topic = try #require(site.read("noord/toolkit/energie/index.html"))
        #expect(topic.contains("<h1>Energie besparen</h1>") && topic.contains("Samen isoleren en besparen."))
        #expect(topic.contains(#"href="../energie/besparen/""#) || topic.contains(#"href="besparen/""#))
        #expect(topic.contains(#"href="afdrukken/""#), "the topic page links its booklet")

        let sitemap = try #require(site.read("noord/sitemap.xml"))
        #expect(sitemap.contains("<loc>https://www.testdorp.nl/buurten/noord/toolkit/ontmoeten/liftkoffie/</loc>"))
    }

    @Test func anArticlePageShowsItsFactsContentsAndRelatedArticles() throws {
        let site = try TestSite()
        site.addToolkit()
        #expect(site.build().published)
        let page = try #require(site.read("noord/toolkit/ontmoeten/liftkoffie/index.html"))
        #expect(page.contains("<h1>Liftkoffie in je flat</h1>"))
        #expect(
            page.contains("<dd>Bewoners van flats</dd>") && page.contains("<dd>Bewonerscommissie De Hoge Weide</dd>"))
        #expect(page.contains(#"<time datetime="2026-05-12">12 mei 2026</time>"#), "the date in Dutch")
        #expect(page.contains(#"href="https://www.example.org/liftkoffie""#), "a source that is an address is a link")
        #expect(page.contains(#"<nav class="toc""#), "three headings make a table of contents")
        #expect(
            page.contains(#"<a href="../straatlunch/#stap-1">de straatlunch</a>"#),
            "links to other articles lead to their pages")
        #expect(
            page.contains(#"<a href="../../../privacy/">privacyverklaring</a>"#),
            "links to content pages lead to their pages")
        #expect(
            page.contains(#"<img src="briefje.svg" alt="Een briefje in de lift" />"#),
            "an image beside the article is linked beside its page")
        #expect(
            HTML.matches(#"<h3 class="card__title"><a class="card__link" href="[^"]*">([^<]*)</a>"#, in: page)
                == ["Straatlunch met de buren", "De Noordtuin"], "related: the other articles of the topic")
        #expect(
            page.contains(#"<button type="button" class="toolkit-print__button" data-print hidden>"#),
            "the print button is hidden until the script shows it")
        let script = try #require(site.asset("toolkit.js", site: "noord/"))
        #expect(
            page.contains(#"<script src="../../../\#(script)" defer></script>"#) && !page.contains("<script>"),
            "no inline script")
        #expect(site.asset("toolkit.css", site: "noord/") != nil)

        let short = try #require(site.read("noord/toolkit/ontmoeten/straatlunch/index.html"))
        #expect(!short.contains(#"<nav class="toc""#), "a short article has no table of contents")
    }

    @Test func attachmentsAreCopiedBesideTheArticleAndLinkedWithTypeAndSize() throws {
        let site = try TestSite()
        site.addToolkit()
        #expect(site.build().published)
        let copy = try Data(
            contentsOf: site.output.appendingPathComponent("noord/toolkit/ontmoeten/liftkoffie/poster.pdf"))
        #expect(copy.count == TestSite.posterBytes)
        #expect(
            site.exists("noord/toolkit/ontmoeten/liftkoffie/briefje.svg"), "images are copied beside the article page")
        #expect(
            site.exists("zuid/toolkit/ontmoeten/liftkoffie/poster.pdf"),
            "every site that shows the article has its files")
        let page = try #require(site.read("noord/toolkit/ontmoeten/liftkoffie/index.html"))
        #expect(
            page.contains(
                #"<a href="poster.pdf" download>Poster om in de lift op te hangen</a> <span "#
                    + #"class="toolkit-attachment__label">(PDF, 182 kB)</span>"#
            ))
        #expect(
            page.contains(#"Hang de <a href="poster.pdf">poster</a> op."#), "a link to an attachment leads to its copy")
    }

    @Test func aBuurtDoesNotShowTheTopicsItHidesNorOtherBuurtensArticles() throws {
        let site = try TestSite()
        site.addToolkit()
        #expect(site.build().published)
        #expect(!site.exists("zuid/toolkit/energie/index.html"))
        #expect(!site.exists("zuid/toolkit/energie/besparen/index.html"))
        #expect(
            !site.exists("zuid/toolkit/ontmoeten/noordtuin/index.html"), "noord's own article stays on noord's site")
        let home = try #require(site.read("zuid/toolkit/index.html"))
        #expect(!home.contains("Energie besparen") && !home.contains("De Noordtuin"))
        let booklet = try #require(site.read("zuid/toolkit/afdrukken/index.html"))
        #expect(!booklet.contains("Samen energie besparen"))
        #expect(
            try #require(site.read("noord/toolkit/index.html")).contains("Energie besparen"), "noord still shows it")
    }

    @Test func aBuurtWithoutArticlesHasNoToolkit() throws {
        let site = try TestSite()
        #expect(site.build().published)
        #expect(!site.exists("noord/toolkit/index.html"))
    }

    @Test func theBookletHoldsEveryArticleInOrderWithHeadingsThatDoNotCollide() throws {
        let site = try TestSite()
        site.addToolkit()
        #expect(site.build().published)
        let booklet = try #require(site.read("noord/toolkit/afdrukken/index.html"))
        let titles = HTML.matches(#"<h2 class="booklet-article__title" id="[^"]*">([^<]*)</h2>"#, in: booklet)
        #expect(
            titles == ["Liftkoffie in je flat", "Straatlunch met de buren", "De Noordtuin", "Samen energie besparen"])
        #expect(HTML.matches(#"<(h1)[ >]"#, in: booklet).count == 1, "one h1: the booklet's title")
        #expect(booklet.contains("<h1 class=\"booklet__title\">Toolkit</h1>"))
        #expect(
            booklet.contains("Noord Samen") && booklet.contains("Gemeente Testdorp"),
            "the cover names the platform and the municipality")
        #expect(
            booklet.contains(#"<time datetime="2026-11-22">22 november 2026</time>"#),
            "the cover has the build date in Dutch")

        let ids = HTML.matches(#" id="([^"]*)""#, in: booklet)
        #expect(Set(ids).count == ids.count, "no id twice: \(ids)")
        #expect(
            ids.contains("straatlunch--stap-1") && ids.contains("noordtuin--stap-1"),
            "heading ids start with the article's slug")
        #expect(
            booklet.contains(#"<h3 id="liftkoffie--voorbereiden">Voorbereiden</h3>"#),
            "headings sit under the article's title")
        #expect(
            booklet.contains(##"<a href="#_artikel-straatlunch">de straatlunch</a>"##),
            "links between its articles stay in the booklet")
        #expect(
            booklet.contains(#"<a href="https://www.testdorp.nl/buurten/noord/privacy/">privacyverklaring</a>"#),
            "other links get their full address, for paper")
        #expect(booklet.contains("Poster om in de lift op te hangen (PDF, 182 kB)"), "attachments are listed")
        #expect(booklet.contains("https://www.testdorp.nl/buurten/noord/toolkit/ontmoeten/liftkoffie/poster.pdf"))
        #expect(
            booklet.contains(#"src="../ontmoeten/liftkoffie/briefje.svg""#),
            "images are shown from the article's folder")

        let topicBooklet = try #require(site.read("noord/toolkit/energie/afdrukken/index.html"))
        #expect(
            HTML.matches(#"<h2 class="booklet-article__title" id="[^"]*">([^<]*)</h2>"#, in: topicBooklet) == [
                "Samen energie besparen"
            ])
        #expect(topicBooklet.contains("<h1 class=\"booklet__title\">Energie besparen</h1>"))
    }

    @Test func anArticleLinksRightInEveryBookletAndOnEverySiteThatHoldsIt() throws {
        let site = try TestSite()
        site.addToolkit()
        #expect(site.build().published)
        let whole = try #require(site.read("noord/toolkit/afdrukken/index.html"))
        let energie = try #require(site.read("noord/toolkit/energie/afdrukken/index.html"))
        #expect(
            whole.contains(##"<a href="#_artikel-liftkoffie">liftkoffie</a>"##),
            "the whole booklet holds the linked article")
        #expect(
            energie.contains(
                #"<a href="https://www.testdorp.nl/buurten/noord/toolkit/ontmoeten/liftkoffie/">liftkoffie</a>"#),
            "a topic booklet without the linked article links to its page")

        let ontmoeten = try #require(site.read("noord/toolkit/ontmoeten/afdrukken/index.html"))
        #expect(
            ontmoeten.contains(#"src="../liftkoffie/briefje.svg""#), "images are found from each booklet's own folder")
        #expect(whole.contains(#"src="../ontmoeten/liftkoffie/briefje.svg""#))

        let zuid = try #require(site.read("zuid/toolkit/afdrukken/index.html"))
        #expect(
            zuid.contains(#"<a href="https://zuid.example.nl/privacy/">privacyverklaring</a>"#),
            "links go to the site's own pages")
        #expect(!zuid.contains("/buurten/noord/"), "nothing of another buurt's site")
    }

    @Test func tablesInABookletAreNumberedAcrossItsArticles() throws {
        let site = try TestSite()
        site.addToolkit()
        let table = "| Wat | Kosten |\n| --- | --- |\n| Koffie | € 5 |"
        site.write(
            "content/toolkit/ontmoeten/begroting.md",
            """
            ---
            title: Begroting
            topic: ontmoeten
            summary: Wat kost een buurtactiviteit?
            date: 2026-01-01
            order: 9
            ---
            \(table)

            En de tweede:

            \(table)
            """)
        site.write(
            "content/toolkit/energie/besparen.md",
            """
            ---
            title: Samen energie besparen
            topic: energie
            summary: Tochtstrips en radiatorfolie met de hele straat.
            date: 2026-03-01
            ---
            \(table)
            """)
        let report = site.build()
        #expect(report.published, "\(report.errorLines)")
        let labels = { (path: String) in
            HTML.matches(#"role="region" tabindex="0" aria-label="([^"]*)""#, in: site.read(path) ?? "")
        }
        #expect(
            labels("noord/toolkit/afdrukken/index.html") == ["Tabel 1", "Tabel 2", "Tabel 3"],
            "landmarks need names of their own")
        #expect(labels("noord/toolkit/ontmoeten/afdrukken/index.html") == ["Tabel 1", "Tabel 2"])
        #expect(labels("noord/toolkit/energie/afdrukken/index.html") == ["Tabel"], "one table needs no number")
        #expect(labels("noord/toolkit/ontmoeten/begroting/index.html") == ["Tabel 1", "Tabel 2"])
        #expect(labels("noord/toolkit/energie/besparen/index.html") == ["Tabel"])
    }

    @Test func theArticlePageHasSchemaOrgArticleData() throws {
        let site = try TestSite()
        site.addToolkit()
        #expect(site.build().published)
        let page = try #require(site.read("noord/toolkit/ontmoeten/liftkoffie/index.html"))
        let data = try HTML.jsonLD(in: page)
        #expect(data["@context"] as? String == "https://schema.org")
        #expect(data["@type"] as? String == "Article")
        #expect(data["headline"] as? String == "Liftkoffie in je flat")
        #expect(data["description"] as? String == "Een vaste koffieochtend bij de lift.")
        #expect(data["datePublished"] as? String == "2026-05-12")
        #expect(data["inLanguage"] as? String == "nl")
        #expect(data["url"] as? String == "https://www.testdorp.nl/buurten/noord/toolkit/ontmoeten/liftkoffie/")
        #expect((data["author"] as? [String: Any])?["name"] as? String == "Bewonerscommissie De Hoge Weide")
        #expect((data["isPartOf"] as? [String: Any])?["name"] as? String == "Noord Samen")
        #expect((data["wordCount"] as? Int ?? 0) > 20)
        #expect(data["timeRequired"] as? String == "PT1M")
        for other in [
            "noord/toolkit/index.html", "noord/toolkit/ontmoeten/index.html", "noord/toolkit/afdrukken/index.html",
        ] {
            #expect(try HTML.jsonLD(in: try #require(site.read(other)))["@type"] as? String == "CollectionPage")
        }
    }

    @Test func untrustedTextInArticlesIsEscaped() throws {
        let site = try TestSite()
        site.addToolkit()
        site.write(
            "content/toolkit/ontmoeten/gevaar.md",
            """
            ---
            title: "Tekst </script><script>alert(1)</script>"
            topic: ontmoeten
            summary: "<b>vet</b> & zo"
            author: "<img src=x onerror=alert(1)>"
            date: 2026-01-01
            ---
            <script>alert(2)</script> Gewone tekst.
            """)
        let report = site.build()
        #expect(report.published, "\(report.errorLines)")
        let pages = try [
            "noord/toolkit/ontmoeten/gevaar/index.html", "noord/toolkit/afdrukken/index.html",
            "noord/toolkit/index.html",
        ]
        .map { try #require(site.read($0)) }
        for page in pages {
            #expect(!page.contains("<script>alert") && !page.contains("<img src=x") && !page.contains("<b>vet</b>"))
        }
        #expect(pages[0].contains("&lt;b&gt;vet&lt;/b&gt; &amp; zo"))
        #expect(
            try HTML.jsonLD(in: pages[0])["headline"] as? String == "Tekst </script><script>alert(1)</script>",
            "JSON-LD keeps the text and still parses")
    }

    @Test func brokenLinksInArticlesAreErrorsWithTheirPlace() throws {
        let site = try TestSite()
        site.addToolkit()
        site.write(
            "content/toolkit/ontmoeten/straatlunch.md",
            """
            ---
            title: Straatlunch met de buren
            topic: ontmoeten
            summary: Eén keer per jaar samen eten op straat.
            date: 2026-04-01
            ---
            Zie [de liftkoffie](liftkofie.md) en ![een tafel](tafel.svg).
            """)
        let report = site.build()
        #expect(!report.published)
        #expect(
            report.errorLines.contains {
                $0.hasPrefix(
                    "content/toolkit/ontmoeten/straatlunch.md:7:5: error: link to a missing page or article: "
                        + "content/toolkit/ontmoeten/liftkofie.md"
                )
            })
        #expect(
            report.errorLines.contains {
                $0.hasPrefix("content/toolkit/ontmoeten/straatlunch.md:7:")
                    && $0.contains("image not found: content/toolkit/ontmoeten/tafel.svg")
            })
    }

    @Test func aLinkToAnArticleOfAHiddenTopicIsAnErrorNamingTheBuurt() throws {
        let site = try TestSite()
        site.addToolkit()
        site.write(
            "content/toolkit/ontmoeten/straatlunch.md",
            """
            ---
            title: Straatlunch met de buren
            topic: ontmoeten
            summary: Eén keer per jaar samen eten op straat.
            date: 2026-04-01
            ---
            Bespaar ook samen: [besparen](../energie/besparen.md).
            """)
        let report = site.build()
        #expect(!report.published)
        #expect(
            report.errorLines.contains {
                $0.hasPrefix(
                    "content/toolkit/ontmoeten/straatlunch.md:7:20: error: link to 'Samen energie besparen', "
                        + "whose topic 'energie' the buurt platform 'zuid' hides"
                )
            }, "\(report.errorLines)")
    }

    @Test func markdownWarningsInArticlesAreReportedAndThePageIsStillMade() throws {
        let site = try TestSite()
        site.addToolkit()
        site.write(
            "content/toolkit/ontmoeten/straatlunch.md",
            """
            ---
            title: Straatlunch met de buren
            topic: ontmoeten
            summary: Eén keer per jaar samen eten op straat.
            date: 2026-04-01
            ---
            # Een grote kop

            Tekst.
            """)
        let report = site.build()
        #expect(report.published, "\(report.errorLines)")
        #expect(
            report.diagnostics.contains {
                $0.severity == .warning && $0.description.hasPrefix("content/toolkit/ontmoeten/straatlunch.md:7:")
            })
        #expect(try #require(site.read("noord/toolkit/ontmoeten/straatlunch/index.html")).contains("Een grote kop"))
    }
}
