import BuurtCore
import Testing
import YAML

@testable import Toolkit

@Suite struct LibraryValidationTests {
    @Test func anUnknownTopicIsReportedAtTheTopicWithASuggestion() {
        let (library, problems) = makeLibrary([makeArticle("liftkoffie", topic: "ontmoetn")])
        #expect(
            problems.lines == [
                "content/toolkit/liftkoffie.md:3:8: unknown topic 'ontmoetn' (did you mean 'ontmoeten'?)"
            ])
        #expect(problems.first?.hint == "write one of the topics of site.yml: 'ontmoeten', 'organiseren', 'energie'")
        #expect(library.articles(for: "noord").isEmpty)
    }

    @Test func articlesNeedTopicsInSiteYml() {
        let (_, problems) = makeLibrary([makeArticle("liftkoffie")], settings: .default)
        #expect(problems.lines == ["content/toolkit/liftkoffie.md:3:8: unknown topic 'ontmoeten'"])
        #expect(problems.first?.hint?.contains("site.yml has no toolkit topics yet") == true)
    }

    @Test func aRelatedArticleThatDoesNotExistIsReportedWithASuggestion() {
        let (_, problems) = makeLibrary([
            makeArticle("liftkoffie", related: ["buurtteam-in-tien-weken", "buurteam-in-tien-weken"]),
            makeArticle("buurtteam-in-tien-weken", topic: "organiseren"),
        ])
        #expect(
            problems.lines == [
                "content/toolkit/liftkoffie.md:6:21: related article 'buurteam-in-tien-weken' does not exist "
                    + "(did you mean 'buurtteam-in-tien-weken'?)"
            ])
    }

    @Test func aRelatedArticleMustBeShownWhereverTheArticleIsShown() {
        let (_, problems) = makeLibrary(
            [
                makeArticle("liftkoffie", related: ["zonnepanelen", "noord-eigen", "liftkoffie"]),
                makeArticle("zonnepanelen", topic: "energie"),
                makeArticle("noord-eigen", buurt: "noord"),
            ], buurten: [buurt("noord"), buurt("zuid", hiding: ["energie"])])
        #expect(
            problems.lines == [
                "content/toolkit/liftkoffie.md:6:11: related article 'zonnepanelen' is not shown on the site of 'zuid'",
                "content/toolkit/liftkoffie.md:6:21: related article 'noord-eigen' is not shown on the site of 'zuid'",
                "content/toolkit/liftkoffie.md:6:31: the article lists itself as related",
            ])
    }

    @Test func aBuurtArticleMayRelateToMunicipalityArticles() {
        let (library, problems) = makeLibrary([
            makeArticle("liftkoffie"),
            makeArticle("noord-eigen", buurt: "noord", related: ["liftkoffie"]),
        ])
        #expect(problems.isEmpty)
        let own = library.articles(for: "noord").first { $0.slug == "noord-eigen" }!
        #expect(library.related(to: own, for: "noord").map(\.slug) == ["liftkoffie"])
    }

    @Test func twoMunicipalityArticlesWithOneSlugAreReportedNamingBothFiles() {
        var second = makeArticle("liftkoffie")
        second.sourcePath = "content/toolkit/oud/liftkoffie.md"
        second.locations.slug = SourceLocation(file: second.sourcePath)
        let (_, problems) = makeLibrary([second, makeArticle("liftkoffie")])
        #expect(
            problems.lines == [
                "content/toolkit/oud/liftkoffie.md: two toolkit articles have the slug 'liftkoffie': "
                    + "content/toolkit/liftkoffie.md and content/toolkit/oud/liftkoffie.md"
            ])
    }

    @Test func aBuurtArticleMayNotTakeTheSlugOfAMunicipalityArticle() {
        let (_, problems) = makeLibrary(
            [
                makeArticle("liftkoffie", topic: "energie"),
                makeArticle("liftkoffie", buurt: "noord"),
                makeArticle("eigen", buurt: "noord"),
                makeArticle("eigen", buurt: "zuid"),
            ], buurten: [buurt("noord", hiding: ["energie"]), buurt("zuid")])
        // Other buurten may use the same slug; hiding a topic does not free its slugs.
        #expect(
            problems.lines == [
                "content/buurten/noord/toolkit/liftkoffie.md: slug 'liftkoffie' is already used by the "
                    + "municipality-wide article content/toolkit/liftkoffie.md"
            ])
    }

    @Test func aTopicWithoutArticlesIsFine() {
        let (library, problems) = makeLibrary([makeArticle("liftkoffie")])
        #expect(problems.isEmpty)
        #expect(library.topics(for: "noord").map(\.slug) == ["ontmoeten"])
        #expect(library.visibleTopics(for: "noord").map(\.slug) == ["ontmoeten", "organiseren", "energie"])
    }
}

@Suite struct LibraryQueryTests {
    @Test func articlesAreSortedByTopicThenOrderThenTitle() {
        let (library, _) = makeLibrary([
            makeArticle("zon", topic: "energie", title: "Zonnepanelen"),
            makeArticle("zonder", title: "Zonder volgorde"),
            makeArticle("eerst", title: "Zo begin je", order: 1),
            makeArticle("ijs", title: "Ĳsbreker"),
            makeArticle("team", topic: "organiseren"),
            makeArticle("apart", title: "Appeltaart", order: 2),
        ])
        #expect(library.articles(for: "noord").map(\.slug) == ["eerst", "apart", "ijs", "zonder", "team", "zon"])
        #expect(library.articles(in: "ontmoeten", for: "noord").map(\.slug) == ["eerst", "apart", "ijs", "zonder"])
    }

    @Test func eachBuurtSeesTheMunicipalityArticlesAndItsOwn() {
        let (library, _) = makeLibrary([
            makeArticle("liftkoffie"),
            makeArticle("noord-eigen", buurt: "noord"),
            makeArticle("zuid-eigen", buurt: "zuid"),
        ])
        #expect(library.articles(for: "noord").map(\.slug) == ["liftkoffie", "noord-eigen"])
        #expect(library.articles(for: "zuid").map(\.slug) == ["liftkoffie", "zuid-eigen"])
        #expect(library.article("zuid-eigen", for: "noord") == nil)
        #expect(library.article("zuid-eigen", for: "zuid")?.buurtSlug == "zuid")
    }

    @Test func hiddenTopicsLeaveTheBuurtSite() {
        let (library, problems) = makeLibrary(
            [
                makeArticle("liftkoffie"),
                makeArticle("zon", topic: "energie"),
                makeArticle("eigen-zon", topic: "energie", buurt: "noord"),
            ], buurten: [buurt("noord", hiding: ["energie"]), buurt("zuid")])
        #expect(problems.isEmpty)
        #expect(library.articles(for: "noord").map(\.slug) == ["liftkoffie"])
        #expect(library.topics(for: "noord").map(\.slug) == ["ontmoeten"])
        #expect(library.visibleTopics(for: "noord").map(\.slug) == ["ontmoeten", "organiseren"])
        #expect(library.articles(in: "energie", for: "noord").isEmpty)
        #expect(library.topics(for: "zuid").map(\.slug) == ["ontmoeten", "energie"])
    }

    @Test func withoutRelatedTheNextThreeOfTheTopicAreSuggested() {
        let (library, _) = makeLibrary(
            ["a", "b", "c", "d", "e"].map { makeArticle($0) } + [makeArticle("x", topic: "energie")])
        let article = { (slug: String) in library.article(slug, for: "noord")! }
        #expect(library.related(to: article("b"), for: "noord").map(\.slug) == ["c", "d", "e"])
        #expect(library.related(to: article("d"), for: "noord").map(\.slug) == ["e", "a", "b"])
        #expect(library.related(to: article("x"), for: "noord").isEmpty)
    }

    @Test func explicitRelatedArticlesComeInTheOrderWritten() {
        let (library, _) = makeLibrary([
            makeArticle("a", related: ["team", "b", "team"]),
            makeArticle("b"), makeArticle("c"),
            makeArticle("team", topic: "organiseren"),
        ])
        #expect(library.related(to: library.article("a", for: "noord")!, for: "noord").map(\.slug) == ["team", "b"])
    }

    @Test func topicsAreLookedUpBySlug() {
        let (library, _) = makeLibrary([])
        #expect(library.topic("organiseren")?.title == "Een buurtteam opzetten")
        #expect(library.topic("onbekend") == nil)
    }
}

@Suite struct EndToEndTests {
    /// The loader and the library together, as the build uses them.
    @Test func aSmallToolkitLoadsAndChecks() throws {
        let site = try Fixture()
        site.write("content/toolkit/liftkoffie/poster.pdf", "%PDF-1.4")
        site.article(
            "content/toolkit/liftkoffie/Liftkoffie in je flat.md",
            extra: """
                related: [buurtteam]
                attachments:
                  - file: poster.pdf
                    title: Poster
                """)
        site.article(
            "content/toolkit/Buurtteam.md", title: "Buurtteam", topic: "organiseren",
            extra: "related: [liftkofie-in-je-flat]")
        site.article("content/buurten/noord/toolkit/Zonnig.md", title: "Zonnig", topic: "energy")
        let (shared, sharedProblems) = site.load()
        let (own, ownProblems) = site.load("content/buurten/noord/toolkit", buurt: "noord")
        let (library, problems) = makeLibrary(shared + own)
        #expect(sharedProblems.isEmpty && ownProblems.isEmpty)
        #expect(
            problems.lines == [
                "content/buurten/noord/toolkit/Zonnig.md:3:8: unknown topic 'energy' (did you mean 'energie'?)",
                "content/toolkit/Buurtteam.md:6:11: related article 'liftkofie-in-je-flat' does not exist (did "
                    + "you mean 'liftkoffie-in-je-flat'?)",
            ])
        #expect(library.articles(for: "noord").map(\.slug) == ["liftkoffie-in-je-flat", "buurtteam"])
        #expect(library.articles(for: "noord").first?.attachments.first?.label == "PDF, 8 bytes")
    }
}
