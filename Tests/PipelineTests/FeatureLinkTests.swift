import Foundation
import Pipeline
import Testing

/// Links in Markdown to the features (README "Links to other pages"): to a kaart entry, an activity or a toolkit
/// article by its Markdown file, to a feature's home page by its content folder; from pages and from the items
/// themselves. Fixture: KaartFixture.swift (noord and zuid; entries repair-cafe for all, schuldhulp overdue,
/// taalcafe of noord, buurtbus for zuid only), with a toolkit article and two activities added.
@Suite struct FeatureLinkTests {
    static func site() throws -> TestSite {
        let site = try TestSite.withKaart()
        site.append(
            "site.yml",
            """
              hide_overdue_after_days: 300
            toolkit:
              topics:
                - slug: repareren
                  title: Samen repareren
            """)
        site.write(
            "content/toolkit/repareren/repair-cafe-starten/repair-cafe-starten.md",
            """
            ---
            title: Een repair café starten
            topic: repareren
            summary: Zo begin je een repair café in je buurt.
            date: 2026-05-01
            ---
            Kijk eerst hoe het [Repair Café Testdorp](../../../kaart/Repair%20Café.md) het doet.
            """)
        site.write(
            "content/buurten/noord/agenda/repair-middag.md",
            """
            ---
            title: Repair-middag
            summary: Samen spullen maken.
            categories: [repareren]
            audiences: [iedereen]
            location: {name: Buurthuis Noord, address: Noordweg 1, postcode: 9999 CD, place: Testdorp}
            date: 2026-12-05
            start: "14:00"
            end: "16:00"
            reviewed: 2026-11-01
            owner: noord@example.org
            ---
            Lees eerst [het artikel](../../../toolkit/repareren/repair-cafe-starten/repair-cafe-starten.md).
            """)
        site.write(
            "content/buurten/zuid/agenda/busrit.md",
            """
            ---
            title: Busrit naar de markt
            summary: Met de buurtbus naar de markt.
            categories: [vervoer]
            audiences: [iedereen]
            location: {name: Plein Zuid, address: Zuidplein 1, postcode: 9999 EF, place: Testdorp}
            date: 2026-12-05
            start: "10:00"
            end: "12:00"
            reviewed: 2026-11-01
            owner: zuid@example.org
            ---
            Rijdt met de [buurtbus](../../../kaart/buurtbus.md).
            """)
        return site
    }

    /// Writes noord's page over.md with this body, builds, and returns the report.
    static func buildWithPage(_ body: String, site: TestSite) -> BuildReport {
        site.write("content/buurten/noord/pages/over.md", "---\ntitle: Over Noord\n---\n" + body)
        return site.build()
    }

    @Test func aPageLinksToItemsAndHomesOfFeaturesByTheirFiles() throws {
        let site = try Self.site()
        let article = "../../../toolkit/repareren/repair-cafe-starten/repair-cafe-starten.md"
        let report = Self.buildWithPage(
            """
            Naar het [repair café](../../../kaart/Repair%20Café.md#openingstijden),
            het [taalcafé](../kaart/taalcafe.md), de [repair-middag](../agenda/repair-middag.md)
            en [de toolkit](\(article)).
            Alles in de [Wegwijzer](../../../kaart/), de [agenda](../agenda), de [toolkit](../../../toolkit/) en
            het [zoeken](../../../search/).
            """, site: site)
        #expect(report.published, "\(report.errorLines)")
        let page = try #require(site.read("noord/over/index.html"))
        for link in [
            #"<a href="../wegwijzer/repair-cafe/#openingstijden">repair café</a>"#,
            #"<a href="../wegwijzer/taalcafe/">taalcafé</a>"#,
            #"<a href="../agenda/repair-middag/">repair-middag</a>"#,
            #"<a href="../toolkit/repareren/repair-cafe-starten/">de toolkit</a>"#,
            #"<a href="../wegwijzer/">Wegwijzer</a>"#, #"<a href="../agenda/">agenda</a>"#,
            #"<a href="../toolkit/">toolkit</a>"#, #"<a href="../zoeken/">zoeken</a>"#,
        ] {
            #expect(page.contains(link), "missing: \(link)")
        }
        for target in ["wegwijzer/repair-cafe", "wegwijzer/taalcafe", "agenda/repair-middag", "zoeken"] {
            #expect(site.read("noord/\(target)/index.html") != nil, "the link leads to a page: \(target)")
        }
    }

    @Test func itemsLinkToItemsOfOtherFeatures() throws {
        let site = try Self.site()
        site.write(
            "content/buurten/noord/kaart/taalcafe.md",
            try #require(site.sourceText("content/buurten/noord/kaart/taalcafe.md"))
                + "Zelf iets beginnen? [Een repair café starten]"
                + "(../../../toolkit/repareren/repair-cafe-starten/repair-cafe-starten.md).")
        let report = site.build()
        #expect(report.published, "\(report.errorLines)")
        #expect(
            try #require(site.read("noord/toolkit/repareren/repair-cafe-starten/index.html"))
                .contains(#"<a href="../../../wegwijzer/repair-cafe/">Repair Café Testdorp</a>"#),
            "an article links to a kaart entry")
        #expect(
            try #require(site.read("noord/agenda/repair-middag/index.html"))
                .contains(#"<a href="../../toolkit/repareren/repair-cafe-starten/">het artikel</a>"#),
            "an activity links to an article")
        #expect(
            try #require(site.read("noord/wegwijzer/taalcafe/index.html"))
                .contains(#"<a href="../../toolkit/repareren/repair-cafe-starten/">Een repair café starten</a>"#),
            "a kaart entry links to an article")
        #expect(
            try #require(site.read("zuid/agenda/busrit/index.html"))
                .contains(#"<a href="../../wegwijzer/buurtbus/">buurtbus</a>"#))
        // The portal's agenda shows zuid's activity, but has no kaart: the link goes to the entry on zuid's site.
        #expect(
            try #require(site.read("agenda/zuid-busrit/index.html"))
                .contains(#"<a href="https://www.testdorp.nl/buurten/zuid/wegwijzer/buurtbus/">buurtbus</a>"#))
    }

    /// A municipality-wide page is rendered once for every site, the portal (which has no kaart) too: an item that
    /// is not at the same path on every site is linked at its page on the first buurt site that shows it.
    @Test func aMunicipalityWidePageLinksToAnEntrysPageOnABuurtSite() throws {
        let site = try Self.site()
        site.write(
            "content/pages/privacy.md",
            "---\ntitle: Privacy\n---\nVragen? Kom naar het [repair café](../kaart/Repair%20Café.md).")
        #expect(site.build().published)
        let link = #"<a href="https://www.testdorp.nl/buurten/noord/wegwijzer/repair-cafe/">repair café</a>"#
        for path in ["privacy/index.html", "noord/privacy/index.html", "zuid/privacy/index.html"] {
            #expect(try #require(site.read(path)).contains(link), "\(path)")
        }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let body: String
        /// The start of the error line: "path:line:col: error: message".
        let expected: String
        var testDescription: String { name }
    }

    static let page = "content/buurten/noord/pages/over.md:4:5: error: "

    static let cases: [Case] = [
        Case(
            name: "a kaart entry of another buurt",
            body: "Zie [de bus](../../../kaart/buurtbus.md).",
            expected: page
                + "link to kaart entry 'Buurtbus Zuid' (content/kaart/buurtbus.md), which is not on the Wegwijzer "
                + "of buurt 'noord': it serves 'zuid' (see its `serves`); remove the link, or link to it from a page "
                + "of a buurt it serves"),
        Case(
            name: "a kaart entry hidden for being long overdue",
            body: "Zie [schuldhulp](../../../kaart/schuldhulp.md).",
            expected: page
                + "link to kaart entry 'Schuldhulp van de gemeente' (content/kaart/schuldhulp.md), which is on no "
                + "site: its review date (2026-01-15) is more than hide_overdue_after_days past"),
        Case(
            name: "a missing kaart entry, with a suggestion",
            body: "Zie [de bus](../../../kaart/buurtbsu.md).",
            expected: page + "link to a missing page: content/kaart/buurtbsu.md (did you mean 'buurtbus.md'?)"),
        Case(
            name: "a draft kaart entry",
            body: "Zie [het plan](../../../kaart/plan.md).",
            expected: page + "link to a draft: content/kaart/plan.md has draft: true and is not published"),
        Case(
            name: "an activity of another buurt",
            body: "Zie [de busrit](../../zuid/agenda/busrit.md).",
            expected: page
                + "link to activity 'Busrit naar de markt' (content/buurten/zuid/agenda/busrit.md), which is not on "
                + "the Agenda of buurt 'noord': it serves 'zuid'"),
        Case(
            name: "another buurt's kaart folder",
            body: "Zie [hun Wegwijzer](../../zuid/kaart/).",
            expected: page
                + "link to content/buurten/zuid/kaart, the kaart folder of buurt 'zuid', from the site of 'noord'; "
                + "link to content/kaart/ for the Wegwijzer of this site"),
    ]

    @Test(arguments: cases) func aLinkToAnItemNotOnThisSiteIsAnErrorAtTheLink(_ test: Case) throws {
        let site = try Self.site()
        site.write(
            "content/kaart/plan.md",
            "---\nname: Plan\nsummary: Nog niet klaar.\nkind: informeel\ncategories: [geld]\n"
                + "organization: {name: Plan}\nchannels: [online]\nreviewed: 2026-11-01\nowner: a@example.org\n"
                + "draft: true\n---"
        )
        let report = Self.buildWithPage(test.body, site: site)
        #expect(!report.published)
        #expect(report.errorLines.contains { $0.hasPrefix(test.expected) }, "\(report.errorLines)")
    }
}

extension TestSite {
    /// Adds lines at the end of a file of the site's sources.
    func append(_ path: String, _ text: String) {
        write(path, (sourceText(path) ?? "") + text)
    }
}
