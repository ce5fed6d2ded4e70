import BuurtCalendar
import BuurtCore
import Foundation
import Testing
import YAML

@testable import Toolkit

@Suite struct LoaderTests {
    @Test func readsEveryFieldOfTheFormat() throws {
        let site = try Fixture()
        site.write(
            "content/toolkit/ontmoeten/Liftkoffie in je flat.md",
            """
            ---
            title: Liftkoffie in je flat
            topic: ontmoeten
            summary: Een vaste koffieochtend bij de lift.
            audience: Bewoners van flats
            author: Bewonerscommissie De Hoge Weide
            source: https://www.example.org/liftkoffie
            date: 2026-05-12
            related: [buurtteam-in-tien-weken]
            order: 2
            ---
            ## Zo begin je

            Hang een briefje op.
            """)
        let (articles, problems) = site.load()
        #expect(problems.isEmpty)
        let article = try #require(articles.first)
        #expect(article.slug == "liftkoffie-in-je-flat")
        #expect(article.sourcePath == "content/toolkit/ontmoeten/Liftkoffie in je flat.md")
        #expect(article.folder == "content/toolkit/ontmoeten")
        #expect(article.buurtSlug == nil)
        #expect(article.title == "Liftkoffie in je flat")
        #expect(article.topic == "ontmoeten")
        #expect(article.summary == "Een vaste koffieochtend bij de lift.")
        #expect(article.audience == "Bewoners van flats")
        #expect(article.author == "Bewonerscommissie De Hoge Weide")
        #expect(article.sourceURL == "https://www.example.org/liftkoffie")
        #expect(article.date == Day("2026-05-12"))
        #expect(article.related == ["buurtteam-in-tien-weken"])
        #expect(article.order == 2)
        #expect(article.body.hasPrefix("## Zo begin je"))
        #expect(article.bodyFirstLine == 12)
        #expect(article.locations.topic == SourceLocation(file: article.sourcePath, line: 3, column: 8))
        #expect(article.locations.related == [SourceLocation(file: article.sourcePath, line: 9, column: 11)])
    }

    @Test func slugFromFrontMatterWinsAndBuurtIsKept() throws {
        let site = try Fixture()
        site.article("content/buurten/noord/toolkit/Eerste versie.md", extra: "slug: liftkoffie")
        let (articles, problems) = site.load("content/buurten/noord/toolkit", buurt: "noord")
        #expect(problems.isEmpty)
        #expect(articles.map(\.slug) == ["liftkoffie"])
        #expect(articles.first?.buurtSlug == "noord")
    }

    @Test func draftsAreCheckedButLeftOut() throws {
        let site = try Fixture()
        site.article("content/toolkit/klaar.md")
        site.article("content/toolkit/concept.md", extra: "draft: true")
        site.article("content/toolkit/kapot.md", extra: "draft: true\ndtae: 2026-01-01")
        let (articles, problems) = site.load()
        #expect(articles.map(\.slug) == ["klaar"])
        #expect(problems.lines == ["content/toolkit/kapot.md:7:1: unknown key 'dtae' (did you mean 'date'?)"])
    }

    @Test func aMissingFolderHasNoArticles() throws {
        let site = try Fixture()
        let (articles, problems) = site.load()
        #expect(articles.isEmpty)
        #expect(problems.isEmpty)
    }

    @Test func theBookletSlugIsRefused() throws {
        let site = try Fixture()
        site.article("content/toolkit/Afdrukken.md")
        site.article("content/toolkit/print.md", extra: "slug: afdrukken")
        let (articles, problems) = site.load()
        #expect(articles.isEmpty)
        #expect(
            problems.lines == [
                "content/toolkit/Afdrukken.md: 'afdrukken' is the address of the printable booklet of each topic",
                "content/toolkit/print.md:6:7: 'afdrukken' is the address of the printable booklet of each topic",
            ])
    }

    @Test func badSlugsAndMissingFieldsAreReported() throws {
        let site = try Fixture()
        site.article("content/toolkit/a.md", extra: "slug: Lift Koffie")
        site.article("content/toolkit/!!!.md")
        site.write("content/toolkit/b.md", "---\ntitle: Zonder onderwerp\nsummary: ''\ndate: 2026-13-01\n---\nTekst\n")
        let (articles, problems) = site.load()
        #expect(articles.isEmpty)
        #expect(
            problems.lines == [
                "content/toolkit/!!!.md: file name '!!!.md' gives an empty web address",
                "content/toolkit/a.md:6:7: slug 'Lift Koffie' may only hold lowercase letters, digits and hyphens",
                "content/toolkit/b.md:2:1: missing required key 'topic'",
                "content/toolkit/b.md:4:7: date: not a date: '2026-13-01', expected YYYY-MM-DD",
            ])
        #expect(problems[1].hint?.contains("'lift-koffie'") == true)
    }

    @Test func anEmptyTitleIsAnError() throws {
        let site = try Fixture()
        site.article("content/toolkit/a.md", title: "''")
        let (_, problems) = site.load()
        #expect(problems.lines == ["content/toolkit/a.md:2:8: 'title' is empty"])
    }

    @Test func aSymlinkOutOfTheRootIsReported() throws {
        let site = try Fixture()
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent(
            "toolkit-outside-\(UUID().uuidString).md")
        try "---\ntitle: Geheim\n---\n".write(to: outside, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createDirectory(
            at: site.url.appendingPathComponent("content/toolkit"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: site.url.appendingPathComponent("content/toolkit/link.md"), withDestinationURL: outside)
        let (articles, problems) = site.load()
        #expect(articles.isEmpty)
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("symlink points outside the site root") == true)
    }

    @Test func sourceIsALinkOnlyForWebAddresses() {
        var article = makeArticle("a")
        article.source = "Ervaringen van bewoners"
        #expect(article.sourceURL == nil)
        article.source = "javascript:alert(1)"
        #expect(article.sourceURL == nil)
        article.source = "http://example.org/bron"
        #expect(article.sourceURL == "http://example.org/bron")
    }
}
