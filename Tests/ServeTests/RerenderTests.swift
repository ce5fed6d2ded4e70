import BuurtCalendar
import BuurtCore
import Features
import Foundation
import Pipeline
import Testing

@testable import Serve

/// A small municipality in a temporary folder (the repository's default theme): one buurt with a menu page, a
/// page outside the menu, and a municipality-wide page.
final class PreviewSite {
    let root: URL
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("buurtsite-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("themes"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Self.repository.appendingPathComponent("themes/default"),
            to: root.appendingPathComponent("themes/default"))
        write(
            "site.yml",
            "name: Gemeente Testdorp\ncbs_code: GM9998\ntheme: default\nbase_url: https://www.testdorp.nl/buurten/")
        write("content/pages/privacy.md", "---\ntitle: Privacy\n---\nWij verzamelen geen gegevens.")
        write(
            "content/buurten/noord/buurt.yml",
            "name: Noord Samen\ntagline: Buren in Noord\nbase_url: https://www.testdorp.nl/buurten/noord/")
        write("content/buurten/noord/pages/over.md", "---\ntitle: Over Noord\nmenu: true\n---\nWelkom in Noord.")
        write("content/buurten/noord/pages/contact.md", "---\ntitle: Contact\n---\nBel ons.")
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func write(_ path: String, _ text: String) {
        let url = root.appendingPathComponent(path)
        try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! Data((text + "\n").utf8).write(to: url)
    }

    func builder() -> SiteBuilder {
        var builder = SiteBuilder(
            options: BuildOptions(root: root.path, today: Day("2026-11-22")!), features: Features.all)
        builder.previewCache = PreviewCache()
        return builder
    }
}

/// What a change re-renders: the page itself, and the lists and menus that show it; everything for a theme file.
@Suite struct RerenderTests {
    let site: PreviewSite
    let builder: SiteBuilder
    let first: PreviewRender

    init() throws {
        site = try PreviewSite()
        builder = site.builder()
        first = builder.renderPreview(into: MemorySink(), changed: nil, previous: nil)
    }

    func change(_ path: String) -> PreviewRender {
        builder.previewCache?.forget(after: [path])
        return builder.renderPreview(into: MemorySink(), changed: [path], previous: first.plan)
    }

    @Test func theFirstRenderMakesEverythingWithoutTheLiveReloadScript() throws {
        #expect(first.isComplete && first.report.errorCount == 0)
        let sink = MemorySink()
        _ = builder.renderPreview(into: sink, changed: nil, previous: nil)
        #expect(sink["noord/contact/index.html"] != nil)
        #expect(!sink.files.values.contains { String(decoding: $0, as: UTF8.self).contains("__buurtsite") })
    }

    @Test func editingAPagesTextRendersOnlyThatPage() {
        site.write("content/buurten/noord/pages/contact.md", "---\ntitle: Contact\n---\nBel of mail ons.")
        let render = change("content/buurten/noord/pages/contact.md")
        #expect(render.rendered == ["noord/contact/index.html"])
        #expect(!render.isComplete)
    }

    @Test func aNewTitleAlsoRendersTheHomePageThatListsIt() {
        site.write("content/buurten/noord/pages/contact.md", "---\ntitle: Bel ons\n---\nBel ons.")
        #expect(
            change("content/buurten/noord/pages/contact.md").rendered == [
                "noord/contact/index.html", "noord/index.html",
            ])
    }

    @Test func aMenuPageRendersEveryPageOfItsSite() {
        site.write("content/buurten/noord/pages/over.md", "---\ntitle: Wie zijn wij\nmenu: true\n---\nWelkom.")
        let rendered = Set(change("content/buurten/noord/pages/over.md").rendered)
        #expect(rendered.isSuperset(of: ["noord/over/index.html", "noord/contact/index.html", "noord/index.html"]))
        #expect(!rendered.contains("index.html"))
    }

    @Test func aNewPageAndADeletedOneRenderTheirSitesHome() throws {
        site.write("content/buurten/noord/pages/nieuw.md", "---\ntitle: Nieuw\n---\nNieuw hier.")
        let added = change("content/buurten/noord/pages/nieuw.md")
        #expect(added.rendered == ["noord/index.html", "noord/nieuw/index.html"])
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/buurten/noord/pages/over.md"))
        let deleted = builder.renderPreview(
            into: MemorySink(), changed: ["content/buurten/noord/pages/over.md"], previous: added.plan)
        #expect(!deleted.planned.contains("noord/over/index.html"))
        #expect(deleted.rendered.contains("noord/index.html"))
    }

    @Test func aThemeTemplateRendersEverything() {
        let template = "themes/default/templates/page.mustache"
        let text = try! String(contentsOf: site.root.appendingPathComponent(template), encoding: .utf8)
        site.write(template, text + "{{! veranderd }}")
        let render = change(template)
        #expect(Set(render.rendered) == first.planned)
    }
}

/// The engine: a broken change shows its problems over the last good files; fixing it takes them away.
@Suite struct PreviewEngineTests {
    @Test func problemsComeAndGoOverTheLastGoodFiles() throws {
        let site = try PreviewSite()
        let engine = PreviewEngine(builder: site.builder(), store: PreviewStore(), timing: false)
        #expect(engine.renderAll().errorCount == 0)
        let good = try #require(engine.store["noord/over/index.html"])
        let version = engine.store.version(of: "noord/over/index.html")

        let buurt = "content/buurten/noord/buurt.yml"
        site.write(buurt, "name: Noord Samen\ntagline: Buren in Noord\nkleur: rood\nbase_url: https://x.nl/noord/")
        let batch = ChangeBatch(paths: [buurt], everything: false, firstEvent: .now, released: .now)
        engine.render(changed: [buurt], batch: batch)
        let problems = engine.store.problems
        #expect(problems.map(\.line) == ["content/buurten/noord/buurt.yml:3:1: error: unknown key 'kleur'"])
        #expect(engine.store["noord/over/index.html"] == good)
        #expect(engine.store.version(of: "noord/over/index.html") == version)

        site.write(
            buurt, "name: Noord Samen\ntagline: Buren in Noord\nbase_url: https://www.testdorp.nl/buurten/noord/")
        engine.render(changed: [buurt], batch: batch)
        #expect(engine.store.problems.isEmpty)
        #expect(engine.store["noord/over/index.html"] == good)
    }

    @Test func draftsAreShownOnlyWithDrafts() throws {
        let site = try PreviewSite()
        site.write("content/buurten/noord/pages/plan.md", "---\ntitle: Plan\ndraft: true\n---\nNog niet klaar.")
        let engine = PreviewEngine(builder: site.builder(), store: PreviewStore(), timing: false)
        engine.renderAll()
        #expect(engine.store["noord/plan/index.html"] == nil)
        let builder = SiteBuilder(
            options: BuildOptions(root: site.root.path, today: Day("2026-11-22")!, drafts: true),
            features: Features.all)
        let withDrafts = PreviewEngine(builder: builder, store: PreviewStore(), timing: false)
        withDrafts.renderAll()
        #expect(withDrafts.store["noord/plan/index.html"] != nil)
        #expect(withDrafts.store.isDraft("noord/plan/index.html"))
        #expect(!withDrafts.store.isDraft("noord/over/index.html"))
    }
}
