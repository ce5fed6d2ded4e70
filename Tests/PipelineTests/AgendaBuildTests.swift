import Foundation
import Testing

/// A TestSite with a small agenda: two buurten (noord, zuid), built as on Sunday 22 November 2026.
///  - taalcafe: municipality-wide, every Thursday evening, cancelled on 24 December, moved on 31 December
///  - breiclub: noord's own, every 2nd Saturday of the month
///  - kerstmarkt: municipality-wide one-off on Saturday 12 December, serves only zuid
///  - zomerfeest: noord's own one-off in the past (reported, no warning)
extension TestSite {
    static func withAgenda() throws -> TestSite {
        let site = try TestSite()
        site.writeSiteConfig(
            """
            categories:
              - {value: taal, label: Taal}
              - {value: ontmoeten, label: Ontmoeten}
            audiences:
              - {value: iedereen, label: Iedereen}
              - {value: ouderen, label: Ouderen}
            agenda:
              weeks: 6
            """)
        site.write(
            "content/buurten/zuid/buurt.yml",
            """
            name: Zuid Verbindt
            tagline: Buren in Zuid
            base_url: https://www.testdorp.nl/buurten/zuid/
            """)
        site.write(
            "content/agenda/taalcafe.md",
            """
            ---
            title: Taalcafé <b>Noord</b> & Zuid
            summary: Nederlands oefenen met buren; koffie, thee.
            categories: [taal, ontmoeten]
            audiences: [iedereen]
            location:
              name: Buurthuis De Beek
              address: Beekstraat 12
              postcode: 9999 AB
              place: Testdorp
            schedule:
              freq: weekly
              byday: [TH]
              start: "19:00"
              end: "21:00"
            cancelled:
              - date: 2026-12-24
                reason: Kerstvakantie
            moved:
              - from: 2026-12-31
                to: 2026-12-30
            reviewed: 2026-11-01
            owner: taal@testdorp.nl
            ---
            Iedereen is welkom.
            """)
        site.write(
            "content/buurten/noord/agenda/breiclub.md",
            """
            ---
            title: Breiclub
            summary: Samen breien.
            categories: [ontmoeten]
            audiences: [ouderen]
            location:
              name: Buurthuis Noord
              address: Noordweg 1
              postcode: 9999 CD
              place: Testdorp
            schedule:
              freq: monthly
              byday: [2SA]
              start: "10:00"
              end: "12:00"
            reviewed: 2026-11-01
            owner: brei@testdorp.nl
            ---
            """)
        site.write(
            "content/agenda/kerstmarkt.md",
            """
            ---
            title: Kerstmarkt
            summary: Kraampjes met zelfgemaakte spullen.
            categories: [ontmoeten]
            audiences: [iedereen]
            serves: [zuid]
            location:
              name: Marktplein
              address: Markt 1
              postcode: 9999 EF
              place: Testdorp
            date: 2026-12-12
            all_day: true
            reviewed: 2026-11-01
            owner: markt@testdorp.nl
            ---
            """)
        site.write(
            "content/buurten/noord/agenda/zomerfeest.md",
            """
            ---
            title: Zomerfeest
            summary: Feest op het plein.
            categories: [ontmoeten]
            audiences: [iedereen]
            location:
              name: Plein
              address: Plein 1
              postcode: 9999 GH
              place: Testdorp
            date: 2026-07-04
            start: "14:00"
            end: "18:00"
            reviewed: 2026-06-01
            owner: feest@testdorp.nl
            ---
            """)
        return site
    }
}

@Suite struct AgendaBuildTests {
    @Test func everySiteGetsItsAgendaAndThePortalOneOfAllBuurten() throws {
        let site = try TestSite.withAgenda()
        let report = site.build(strict: true)
        #expect(report.errorLines == [])
        #expect(report.diagnostics.isEmpty, "a past activity is no warning, so a nightly --strict build passes")
        for path in [
            "noord/agenda/index.html", "noord/agenda/afdrukken/index.html", "noord/agenda/agenda.ics",
            "noord/agenda/onderwerp/taal/index.html", "noord/agenda/onderwerp/taal/agenda.ics",
            "noord/agenda/voor-wie/ouderen/index.html", "noord/agenda/taalcafe/index.html",
            "noord/agenda/taalcafe/taalcafe.ics", "noord/agenda/breiclub/index.html",
            "noord/agenda/zomerfeest/index.html", "zuid/agenda/kerstmarkt/index.html",
            "agenda/index.html", "agenda/noord-breiclub/index.html", "agenda/noord-breiclub/noord-breiclub.ics",
            "agenda/taalcafe/index.html", "agenda/agenda.ics",
        ] {
            #expect(site.read(path) != nil, "\(path)")
        }
        #expect(site.read("noord/agenda/kerstmarkt/index.html") == nil, "it serves only zuid")
        #expect(site.read("noord/agenda/voor-wie/ouderen/agenda.ics") == nil, "feeds are per category")
        // The past one-off and nothing else is in the report, with its owner.
        #expect(
            report.sections.flatMap(\.lines) == [
                "content/buurten/noord/agenda/zomerfeest.md: Zomerfeest — afgelopen op 4 juli 2026; beheerder "
                    + "feest@testdorp.nl"
            ])
        let menu = try #require(site.read("noord/index.html"))
        #expect(menu.contains("href=\"agenda/\""))
    }

    @Test func theHomeListsTheDatesByDayWithCancelledOnesMarked() throws {
        let site = try TestSite.withAgenda()
        _ = site.build()
        let home = try #require(site.read("noord/agenda/index.html"))
        #expect(home.contains("<h3 class=\"agenda-day__title\" id=\"_dag-2026-11-26\">Donderdag 26 november</h3>"))
        #expect(home.contains(">Zaterdag 12 december</h3>"))
        // Untrusted titles are escaped; the link's text is the title.
        #expect(home.contains("<a href=\"../agenda/taalcafe/\">Taalcafé &lt;b&gt;Noord&lt;/b&gt; &amp; Zuid</a>"))
        #expect(!home.contains("<b>Noord</b>"))
        #expect(
            home.contains(
                "<li class=\"agenda-date agenda-date--cancelled\" data-occurrence data-categories=\"taal ontmoeten\" "
                    + "data-audiences=\"iedereen\" data-cancelled>"))
        #expect(home.contains("<strong>Gaat niet door</strong>: Kerstvakantie"))
        #expect(home.contains("<time datetime=\"2026-12-30T19:00\">19:00–21:00</time>"))
        #expect(home.contains("Let op: verplaatst van donderdag 31 december"))
        #expect(!home.contains("datetime=\"2026-12-31T19:00\""))
        // Six Thursdays and one 2nd Saturday from 22 November to 2 January; the past summer party is not there.
        #expect(home.components(separatedBy: "data-occurrence").count - 1 == 7)
        #expect(!home.contains("Zomerfeest"))
        let filters = try #require(site.asset("filters.js", site: "noord/"))
        let script = try #require(site.asset("agenda.js", site: "noord/"))
        #expect(
            home.contains(
                "<script src=\"../\(filters)\" defer></script>\n<script src=\"../\(script)\" defer></script>"),
            "agenda.js starts the filters of filters.js, which runs first")
        #expect(!home.contains("<script>"))

        let filter = try #require(site.read("noord/agenda/voor-wie/ouderen/index.html"))
        #expect(filter.components(separatedBy: "data-occurrence").count - 1 == 1)
        #expect(filter.contains("aria-current=\"page\">Ouderen</a>"))

        let sheet = try #require(site.read("noord/agenda/afdrukken/index.html"))
        #expect(sheet.contains("Zondag 22 november 2026 tot en met zaterdag 28 november 2026"))
        #expect(sheet.components(separatedBy: "data-occurrence").count - 1 == 1)
        #expect(sheet.contains("data-print hidden>Afdrukken</button>"))

        let buurtHome = try #require(site.read("noord/index.html"))
        let next = try #require(buurtHome.components(separatedBy: "data-agenda-next").last)
        #expect(next.components(separatedBy: "data-occurrence").count - 1 == 5)
        #expect(!next.components(separatedBy: "</section>")[0].contains("data-cancelled"))
    }

    @Test func anActivityPageSaysWhenWhereAndHowToSubscribe() throws {
        let site = try TestSite.withAgenda()
        _ = site.build()
        let page = try #require(site.read("noord/agenda/taalcafe/index.html"))
        #expect(page.contains("<dd>Elke donderdag 19:00–21:00</dd>"))
        #expect(page.contains("https://www.openstreetmap.org/directions?to=Beekstraat%2012%2C%209999%20AB%20Testdorp"))
        #expect(page.contains("href=\"taalcafe.ics\""))
        #expect(page.contains("href=\"webcal://www.testdorp.nl/buurten/noord/agenda/taalcafe/taalcafe.ics\""))
        #expect(page.contains("\"@type\":\"Event\""))
        #expect(page.contains("\"startDate\":\"2026-11-26T19:00:00+01:00\""))
        #expect(page.contains("\"eventSchedule\":[{\"@type\":\"Schedule\""))
        #expect(page.contains("\"@type\":\"PostalAddress\""))
        let past = try #require(site.read("noord/agenda/zomerfeest/index.html"))
        #expect(past.contains("<strong>Afgelopen.</strong>"))
    }

    @Test func feedsAreTheSameFromOneBuildToTheNextAndUIDsStay() throws {
        let site = try TestSite.withAgenda()
        _ = site.build()
        let first = site.snapshot().filter { $0.key.hasSuffix(".ics") }
        #expect(first.count > 10)
        _ = site.build()
        #expect(site.snapshot().filter { $0.key.hasSuffix(".ics") } == first)
        let feed = try #require(site.read("noord/agenda/agenda.ics"))
        #expect(feed.contains("UID:taalcafe@www.testdorp.nl\r\n"))
        #expect(feed.contains("UID:noord-breiclub@www.testdorp.nl\r\n"))
        #expect(feed.contains("SUMMARY:Taalcafé <b>Noord</b> & Zuid\r\n"), "iCalendar text is not HTML")
        #expect(feed.contains("EXDATE;TZID=Europe/Amsterdam:20261224T190000\r\n"))
        #expect(feed.contains("RECURRENCE-ID;TZID=Europe/Amsterdam:20261231T190000\r\n"))
        // Another activity changes no UID or event of the others.
        site.write(
            "content/agenda/aaa.md",
            """
            ---
            title: Aaa
            summary: Nieuw.
            categories: [taal]
            audiences: [iedereen]
            location: {name: Plein, address: Plein 1, postcode: 9999 GH, place: Testdorp}
            date: 2026-12-01
            all_day: true
            reviewed: 2026-11-01
            owner: a@testdorp.nl
            ---
            """)
        _ = site.build()
        let after = try #require(site.read("noord/agenda/taalcafe/taalcafe.ics"))
        #expect(after == String(decoding: try #require(first["noord/agenda/taalcafe/taalcafe.ics"]), as: UTF8.self))
    }

    @Test func aBadActivityStopsTheBuildWithItsPlace() throws {
        let site = try TestSite.withAgenda()
        site.write(
            "content/agenda/kapot.md",
            """
            ---
            title: Kapot
            summary: Fout.
            categories: [taal]
            audiences: [iedereen]
            schedule:
              freq: weekly
              byday: [TH]
              start: "19:00"
              end: "21:00"
            cancelled:
              - date: 2026-12-23
            reviewed: 2026-11-01
            owner: a@testdorp.nl
            ---
            """)
        let report = site.build()
        #expect(!report.published)
        #expect(
            report.errorLines == [
                "content/agenda/kapot.md:2:1: error: activity has no location: people cannot tell where to go\n"
                    + "  hint: add 'location:' with name, address, postcode and place, or "
                    + "'location: { kaart: <entry> }' for a place of a kaart entry",
                "content/agenda/kapot.md:12:11: error: cancelled[1].date: 23 december 2026 is not a date of this "
                    + "activity\n  hint: it is elke donderdag; the nearest dates are 17 en 24 december 2026",
            ])
    }
}
