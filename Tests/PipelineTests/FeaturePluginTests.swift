import BuurtCore
import Features
import Foundation
import Model
import Pipeline
import Site
import Testing
import YAML

/// A feature defined here, outside the package's sources, plugs into the build with one line: its page, its menu
/// entry and its sitemap line appear, and its settings, folder and templates are checked like the kaart's.
@Suite struct FeaturePluginTests {
    /// "Hallo": a page at `hallo/` on every buurt site, with a greeting from site.yml's `hallo:` section.
    struct HelloFeature: SiteFeature {
        var key: String { "hallo" }
        var templates: [String] { ["page"] }

        struct Settings: Decodable {
            var greeting: String
        }

        func load(_ context: FeatureLoadContext) -> (any FeatureModel)? {
            guard context.content != nil,
                let settings = context.settings(Settings.self, fallback: Settings(greeting: "Hallo"))
            else { return nil }
            return HelloModel(greeting: settings.greeting, location: context.location(ofSetting: "greeting"))
        }
    }

    struct HelloModel: FeatureModel {
        let greeting: String
        let location: BuurtCore.SourceLocation

        var hasContent: Bool { true }

        var reservedFolders: [ReservedFolder] {
            [ReservedFolder(segment: "hallo", owner: "hallo", setting: "hallo", location: location)]
        }

        func section(for buurt: Buurt) -> SiteSection? {
            SiteSection(name: "Hallo", urlPath: "hallo/", intro: greeting, count: 1)
        }

        func jobs(for buurt: Buurt, _ site: SiteRenderer) -> [RenderJob] {
            let greeting = self.greeting
            return [
                .page(PageInfo(urlPath: "hallo/", kind: "hallo", title: "Hallo")) {
                    try site.renderBuurtPage(
                        "page", buurt: buurt, urlPath: "hallo/", title: "Hallo", description: greeting,
                        jsonLD: ["@type": "WebPage"],
                        values: ["page": ["title": "Hallo", "content": "<p>\(greeting) \(buurt.config.name)</p>"]])
                }
            ]
        }
    }

    @Test func aFeatureDefinedInATestAddsItsPageMenuEntryAndSitemapLine() throws {
        let site = try TestSite()
        site.writeSiteConfig("hallo:\n  greeting: Goeiedag")
        let report = site.build(features: Features.all + [HelloFeature()])
        #expect(report.published, "\(report.errorLines)")

        let page = try #require(site.read("noord/hallo/index.html"))
        #expect(page.contains("<p>Goeiedag Noord Samen</p>"))
        let home = try #require(site.read("noord/index.html"))
        #expect(home.contains("href=\"hallo/\""), "the menu links to the feature's page")
        #expect(
            try #require(site.read("noord/over/index.html")).contains("href=\"../hallo/\""),
            "every page's menu has the entry")
        let sitemap = try #require(site.read("noord/sitemap.xml"))
        #expect(sitemap.contains("<loc>https://www.testdorp.nl/buurten/noord/hallo/</loc>"))
    }

    @Test func withoutTheFeatureItsSectionIsAnUnknownKey() throws {
        let site = try TestSite()
        site.writeSiteConfig("hallo:\n  greeting: Goeiedag")
        let report = site.build()
        #expect(!report.published)
        #expect(report.errorLines.contains { $0.hasPrefix("site.yml:5:1: error: unknown key 'hallo'") })
    }

    @Test func aFeaturesSettingsAreCheckedWithTheirWholePath() throws {
        let site = try TestSite()
        site.writeSiteConfig("hallo:\n  greting: Goeiedag")
        let report = site.build(features: Features.all + [HelloFeature()])
        #expect(!report.published)
        #expect(
            report.errorLines.contains {
                $0.hasPrefix("site.yml:6:3: error: hallo: unknown key 'greting' (did you mean 'greeting'?)")
            }, "\(report.errorLines)")
    }

    @Test func aPageInTheFeaturesFolderIsReported() throws {
        let site = try TestSite()
        site.write("content/buurten/noord/pages/hallo.md", "---\ntitle: Hallo\n---\nTekst")
        let report = site.build(features: Features.all + [HelloFeature()])
        #expect(
            report.errorLines.contains {
                $0.hasPrefix(
                    "content/buurten/noord/pages/hallo.md: error: page 'hallo/' would take the folder of the hallo")
            }, "\(report.errorLines)")
    }

    @Test func aTemplateTheFeatureNeedsIsAskedOfTheTheme() throws {
        struct NeedsMissingTemplate: SiteFeature {
            var key: String { "hallo" }
            var templates: [String] { ["hallo-groet"] }
            func load(_ context: FeatureLoadContext) -> (any FeatureModel)? {
                HelloModel(greeting: "Hoi", location: context.location(ofSetting: "greeting"))
            }
        }
        let site = try TestSite()
        let report = site.build(features: Features.all + [NeedsMissingTemplate()])
        #expect(!report.published)
        #expect(
            report.errorLines.contains {
                $0.hasPrefix(
                    "site.yml:3:8: error: theme 'default' has no template 'hallo-groet', which the hallo needs")
            }, "\(report.errorLines)")
        // A municipality's copy of an older default theme: the hint says how to bring it up to date.
        let hints = report.diagnostics.compactMap(\.hint)
        #expect(hints.contains { $0.contains("copy themes/default of this version over it") }, "\(hints)")
    }

    /// A collector as a search index would be: it sees every page with its text and fields, and writes a file.
    final class PageList: PageCollector, @unchecked Sendable {
        let wantsContent: Bool
        private let lock = NSLock()
        private(set) var records: [PageRecord] = []

        init(wantsContent: Bool) { self.wantsContent = wantsContent }

        var plannedPaths: [String] { ["paginas.txt"] }

        func collect(_ page: PageRecord) { lock.withLock { records.append(page) } }

        func files() -> [(path: String, text: String)] {
            [("paginas.txt", lock.withLock { records.map { $0.site + $0.urlPath }.sorted().joined(separator: "\n") })]
        }
    }

    struct CollectingFeature: SiteFeature {
        let collector: PageList
        var key: String { "lijst" }
        func load(_ context: FeatureLoadContext) -> (any FeatureModel)? { CollectingModel(collector: collector) }
    }

    struct CollectingModel: FeatureModel {
        let collector: PageList
        var hasContent: Bool { true }
        func collectors(_ site: SiteRenderer, buurten: [Buurt]) -> [any PageCollector] { [collector] }
    }

    @Test func collectorsSeeEveryPageWithItsContentOnlyWhenTheyAskForIt() throws {
        let site = try TestSite.withKaart()
        let reading = PageList(wantsContent: true)
        #expect(site.build(features: Features.all + [CollectingFeature(collector: reading)]).published)

        let privacy = try #require(reading.records.first { $0.site == "noord/" && $0.urlPath == "privacy/" })
        #expect(privacy.kind == "page" && privacy.title == "Privacy")
        #expect(privacy.content?.body.contains("Wij verzamelen geen gegevens.") == true)
        let over = try #require(reading.records.first { $0.urlPath == "over/" })
        #expect(over.content?.headings == ["Welkom"])
        let entry = try #require(reading.records.first { $0.kind == "kaart-entry" })
        #expect(entry.content?.body.isEmpty == false)
        #expect(entry.content?.fields.isEmpty == false, "a kaart entry comes with its fields")
        #expect(reading.records.contains { $0.site == "" && $0.kind == "home" }, "the portal too")
        let written = try #require(site.read("paginas.txt"))
        #expect(written.contains("noord/privacy/"))

        // Without the search, which reads every page's content.
        let counting = PageList(wantsContent: false)
        let quiet = Features.all.filter { $0.key != "search" }
        #expect(site.build(features: quiet + [CollectingFeature(collector: counting)]).published)
        #expect(counting.records.count == reading.records.count)
        #expect(counting.records.allSatisfy { $0.content == nil }, "no text is made when no collector asks for it")
    }

    /// Two features where the second builds on the first: "agenda" uses the model of "plek".
    struct PlaceFeature: SiteFeature {
        var key: String { "plek" }
        func load(_ context: FeatureLoadContext) -> (any FeatureModel)? { PlaceModel(places: ["Buurthuis De Linde"]) }
    }

    struct PlaceModel: FeatureModel {
        let places: [String]
        var hasContent: Bool { false }
    }

    struct AgendaFeature: SiteFeature {
        let seen: PlacesSeen
        var key: String { "agenda" }
        var dependencies: [String] { ["plek"] }
        func load(_ context: FeatureLoadContext) -> (any FeatureModel)? {
            seen.set(context.model(PlaceModel.self, of: "plek")?.places)
            return PlaceModel(places: [])
        }
    }

    final class PlacesSeen: @unchecked Sendable {
        private let lock = NSLock()
        private var value: [String]??
        func set(_ places: [String]?) { lock.withLock { value = .some(places) } }
        var places: [String]?? { lock.withLock { value } }
    }

    @Test func aFeatureLoadsAfterTheFeatureItDependsOnAndGetsItsModel() throws {
        let site = try TestSite()
        let seen = PlacesSeen()
        // Registered before the feature it needs: the build loads "plek" first anyway.
        let report = site.build(features: [AgendaFeature(seen: seen), PlaceFeature()])
        #expect(report.published, "\(report.errorLines)")
        #expect(seen.places == .some(["Buurthuis De Linde"]))
    }

    @Test func aDependencyThatIsNotRegisteredIsReported() throws {
        let site = try TestSite()
        let report = site.build(features: [AgendaFeature(seen: PlacesSeen())])
        #expect(!report.published)
        #expect(
            report.errorLines.contains {
                $0.hasPrefix("error: feature 'agenda' needs feature 'plek', which is not registered")
            },
            "\(report.errorLines)")
    }

    @Test func aFeatureThatCannotLoadStillLetsTheBuildReportEveryOtherProblem() throws {
        let site = try TestSite()
        site.write(
            "content/buurten/noord/buurt.yml",
            "name: Noord Samen\ntagline: Buren\nbase_url: https://www.testdorp.nl/buurten/noord/\n"
                + "toolkit:\n  hide_topics: geen-lijst")
        site.writeSiteConfig("kaart:\n  review_interval_days: nooit")
        site.write("content/buurten/noord/pages/over.md", "---\ntitle: Over\n---\nZie [de agenda](agenda.md).")
        let report = site.build()
        #expect(!report.published)
        let errors = report.errorLines
        #expect(errors.contains { $0.hasPrefix("site.yml:6:25: error: kaart.review_interval_days:") }, "\(errors)")
        #expect(
            errors.contains { $0.hasPrefix("content/buurten/noord/buurt.yml:5:16: error: toolkit.hide_topics:") },
            "\(errors)")
        #expect(
            errors.contains { $0.contains("link to a missing page: content/buurten/noord/pages/agenda.md") },
            "the pages are still checked: \(errors)")
    }

    @Test func buurtYmlAllowsOnlyTheSectionsOfFeaturesThatReadOneThere() throws {
        let site = try TestSite()
        site.write(
            "content/buurten/noord/buurt.yml",
            "name: Noord Samen\ntagline: Buren\nbase_url: https://www.testdorp.nl/buurten/noord/\n"
                + "kaart:\n  name: Eigen kaart")
        let report = site.build()
        #expect(
            report.errorLines.contains {
                $0.hasPrefix("content/buurten/noord/buurt.yml:4:1: error: unknown key 'kaart'")
            },
            "\(report.errorLines)")
    }

    @Test func twoFeaturesWithOneKeyOrAFeatureWithAKeyOfTheModelAreReported() throws {
        struct Named: SiteFeature {
            let key: String
            func load(_ context: FeatureLoadContext) -> (any FeatureModel)? { PlaceModel(places: []) }
        }
        let site = try TestSite()
        let report = site.build(features: [Named(key: "plek"), Named(key: "plek"), Named(key: "categories")])
        #expect(!report.published)
        #expect(report.errorLines.contains { $0.hasPrefix("error: two features have the key 'plek'") })
        #expect(
            report.errorLines.contains {
                $0.hasPrefix(
                    "error: feature key 'categories' is a key of site.yml or buurt.yml, or a folder of content/")
            })
    }
}
