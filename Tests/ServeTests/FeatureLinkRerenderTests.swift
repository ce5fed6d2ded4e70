import Foundation
import Pipeline
import Testing

@testable import Serve

/// A page that links to a kaart entry by its file is rendered again when the entry's address changes, though it
/// does not read the entry (README "Links to other pages").
@Suite struct FeatureLinkRerenderTests {
    static func entry(slug: String) -> String {
        """
        ---
        name: Taalcafé
        summary: Nederlands oefenen.
        kind: informeel
        categories: [taal]
        organization: {name: Buurthuis Noord}
        channels: [online]
        reviewed: 2026-11-01
        owner: taal@example.org
        slug: \(slug)
        ---
        """
    }

    @Test func aNewSlugOfAnEntryRendersThePagesThatLinkToIt() throws {
        let site = try PreviewSite()
        site.write(
            "site.yml",
            "name: Gemeente Testdorp\ncbs_code: GM9998\ntheme: default\nbase_url: https://www.testdorp.nl/buurten/\n"
                + "open_data: {license: CC0-1.0, contact: data@testdorp.nl}\n"
                + "categories:\n  - {value: taal, label: Taal}")
        site.write("content/kaart/taalcafe.md", Self.entry(slug: "taalcafe"))
        site.write(
            "content/buurten/noord/pages/contact.md",
            "---\ntitle: Contact\n---\nOf kom naar het [taalcafé](../../../kaart/taalcafe.md).")
        let builder = site.builder()
        let first = builder.renderPreview(into: MemorySink(), changed: nil, previous: nil)
        #expect(first.report.errorCount == 0, "\(first.report.diagnostics)")

        // Its text only: the page that links to it stays as it was.
        site.write("content/kaart/taalcafe.md", Self.entry(slug: "taalcafe") + "\nElke woensdag.")
        let text = builder.renderPreview(
            into: MemorySink(), changed: ["content/kaart/taalcafe.md"], previous: first.plan)
        #expect(text.report.errorCount == 0, "\(text.report.diagnostics)")
        #expect(text.rendered.contains("noord/kaart/taalcafe/index.html"))
        #expect(!text.rendered.contains("noord/contact/index.html"))

        site.write("content/kaart/taalcafe.md", Self.entry(slug: "taalcafe-noord"))
        let sink = MemorySink()
        let moved = builder.renderPreview(into: sink, changed: ["content/kaart/taalcafe.md"], previous: text.plan)
        #expect(moved.report.errorCount == 0, "\(moved.report.diagnostics)")
        #expect(moved.rendered.contains("noord/contact/index.html"))
        let page = String(decoding: try #require(sink["noord/contact/index.html"]), as: UTF8.self)
        #expect(page.contains(#"<a href="../kaart/taalcafe-noord/">taalcafé</a>"#))
        #expect(!moved.isComplete, "still a render of what the change touches")
    }

    /// The same for a page: a link goes by the file, so a new slug changes the pages that link to it.
    @Test func aNewSlugOfAPageRendersThePagesThatLinkToIt() throws {
        let site = try PreviewSite()
        site.write("content/buurten/noord/pages/contact.md", "---\ntitle: Contact\n---\nZie [over ons](over.md).")
        // Not in the menu, which every page of the site shows.
        site.write("content/buurten/noord/pages/over.md", "---\ntitle: Over Noord\n---\nHoi.")
        let builder = site.builder()
        let first = builder.renderPreview(into: MemorySink(), changed: nil, previous: nil)
        site.write("content/buurten/noord/pages/over.md", "---\ntitle: Over Noord\nslug: wie\n---\nHoi.")
        let sink = MemorySink()
        let moved = builder.renderPreview(
            into: sink, changed: ["content/buurten/noord/pages/over.md"], previous: first.plan)
        #expect(moved.report.errorCount == 0, "\(moved.report.diagnostics)")
        let page = String(decoding: try #require(sink["noord/contact/index.html"]), as: UTF8.self)
        #expect(page.contains(#"<a href="../wie/">over ons</a>"#))
    }
}
