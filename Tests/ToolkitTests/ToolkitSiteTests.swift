import BuurtCore
import Model
import Site
import Testing
import YAML

@testable import Toolkit

/// The toolkit as one buurt site shows it, and what the feature adds to a site, tested without a build.
@Suite struct ToolkitSiteTests {
    let articles = [
        makeArticle("liftkoffie", topic: "ontmoeten", title: "Liftkoffie in je flat"),
        makeArticle("isoleren", topic: "energie", title: "Samen isoleren"),
        makeArticle("buurtbus", topic: "ontmoeten", title: "De buurtbus", buurt: "zuid"),
    ]

    @Test func aSiteShowsItsTopicsInOrderWithTheArticlesItShows() throws {
        let buurten = [buurt("noord", hiding: ["energie"]), buurt("zuid")]
        let (library, problems) = makeLibrary(articles, buurten: buurten)
        #expect(problems.isEmpty)
        let noord = ToolkitSite(library: library, buurt: buurten[0].0)
        #expect(noord.sections.map(\.topic.slug) == ["ontmoeten"], "energie is hidden in noord")
        #expect(noord.articles.map(\.slug) == ["liftkoffie"], "zuid's own article is not on noord's site")
        let zuid = ToolkitSite(library: library, buurt: buurten[1].0)
        #expect(Set(zuid.articles.map(\.slug)) == ["liftkoffie", "isoleren", "buurtbus"])
    }

    @Test func pathsOfTopicsArticlesBookletsAndTheirPDFs() throws {
        let (library, _) = makeLibrary(articles)
        let site = ToolkitSite(library: library, buurt: buurt("noord").0)
        let topic = try #require(site.sections.first?.topic)
        let article = try #require(site.articles.first { $0.slug == "liftkoffie" })
        #expect(site.path(of: article) == "toolkit/ontmoeten/liftkoffie/")
        #expect(site.bookletPath(of: topic) == "toolkit/ontmoeten/afdrukken/")
        #expect(site.pdfPath(of: nil) == "toolkit/afdrukken/toolkit.pdf")
        #expect(ToolkitSite.relative(from: "toolkit/ontmoeten/liftkoffie/", to: "toolkit/ontmoeten/") == "../")
        #expect(
            ToolkitSite.relative(from: "toolkit/ontmoeten/liftkoffie/", to: "toolkit/ontmoeten/liftkoffie/poster.pdf")
                == "poster.pdf")
    }

    @Test func theFeatureAddsASectionAndListsTheBookletsToPrint() throws {
        let buurten = [buurt("noord", hiding: ["energie"]), buurt("zuid")]
        let (library, _) = makeLibrary(articles, buurten: buurten)
        let model = ToolkitModel(library: library, segmentLocation: SourceLocation(file: "site.yml"), pdfBooklets: true)
        #expect(model.section(for: buurten[0].0)?.count == 1)
        #expect(model.section(for: buurten[1].0)?.count == 3)
        #expect(
            model.booklets(for: buurten[0].0).map(\.urlPath) == ["toolkit/afdrukken/", "toolkit/ontmoeten/afdrukken/"])
        #expect(model.reservedFolders.map(\.segment) == ["toolkit"])
        #expect(model.reservedFolders.first?.portalUse == nil, "the portal has no toolkit")
        let none = ToolkitModel(
            library: makeLibrary([]).0, segmentLocation: SourceLocation(file: "site.yml"),
            pdfBooklets: false)
        #expect(!none.hasContent && none.section(for: buurten[0].0) == nil && none.booklets(for: buurten[0].0).isEmpty)
    }
}
