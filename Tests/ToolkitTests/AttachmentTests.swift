import BuurtCore
import Foundation
import Testing

@testable import Toolkit

@Suite struct AttachmentTests {
    @Test func attachmentsBesideTheArticleAreMeasured() throws {
        let site = try Fixture()
        site.write("content/toolkit/liftkoffie/Poster lift (A4).PDF", Data(count: 182_000))
        site.write("content/toolkit/liftkoffie/bijlagen/uitnodiging.docx", Data(count: 1_234_567))
        site.article(
            "content/toolkit/liftkoffie/liftkoffie.md",
            extra: """
                attachments:
                  - file: Poster lift (A4).PDF
                    title: Poster om in de lift op te hangen
                  - file: ./bijlagen/uitnodiging.docx
                    title: Uitnodiging
                """)
        let (articles, problems) = site.load()
        #expect(problems.isEmpty)
        let attachments = try #require(articles.first?.attachments)
        #expect(
            attachments.map(\.file) == [
                "content/toolkit/liftkoffie/Poster lift (A4).PDF",
                "content/toolkit/liftkoffie/bijlagen/uitnodiging.docx",
            ])
        #expect(attachments.map(\.fileName) == ["poster-lift-a4.pdf", "uitnodiging.docx"])
        #expect(attachments.map(\.title) == ["Poster om in de lift op te hangen", "Uitnodiging"])
        #expect(attachments.map(\.byteCount) == [182_000, 1_234_567])
        #expect(attachments.map(\.label) == ["PDF, 182 kB", "Word-document, 1,2 MB"])
    }

    @Test func aMissingAttachmentIsAnErrorAtItsFileWithASuggestion() throws {
        let site = try Fixture()
        site.write("content/toolkit/liftkoffie-poster.pdf", "%PDF")
        site.article(
            "content/toolkit/liftkoffie.md",
            extra: """
                attachments:
                  - file: liftkofie-poster.pdf
                    title: Poster
                """)
        let (articles, problems) = site.load()
        #expect(
            problems.lines == [
                "content/toolkit/liftkoffie.md:7:11: attachment 'liftkofie-poster.pdf' not found next to "
                    + "content/toolkit/liftkoffie.md (did you mean 'liftkoffie-poster.pdf'?)"
            ])
        #expect(
            problems.first?.hint
                == "put the file in content/toolkit/ or correct its name; the path is relative to the article's file")
        // The article itself is still there, so that other problems in it show up too.
        #expect(articles.first?.attachments.isEmpty == true)
    }

    @Test func attachmentsMayNotLeaveTheContentFolder() throws {
        let site = try Fixture()
        site.write("site.yml", "name: Test\n")
        site.write(".git/config", "[remote]\n")
        site.article(
            "content/toolkit/a.md",
            extra: """
                attachments:
                  - file: ../../site.yml
                    title: Instellingen
                  - file: ../../../../etc/passwd
                    title: Wachtwoorden
                  - file: ../../.git/config
                    title: Git
                  - file: https://example.org/poster.pdf
                    title: Poster
                """)
        let (_, problems) = site.load()
        #expect(
            problems.lines == [
                "content/toolkit/a.md:7:11: attachment '../../site.yml' lies outside the content folder",
                "content/toolkit/a.md:9:11: attachment '../../../../etc/passwd' lies outside the content folder",
                "content/toolkit/a.md:11:11: attachment '../../.git/config' lies outside the content folder",
                "content/toolkit/a.md:13:11: attachment 'https://example.org/poster.pdf' is a web address, not a file",
            ])
    }

    @Test func webPagesAndFoldersAreNoAttachments() throws {
        let site = try Fixture()
        site.write("content/toolkit/poster.html", "<script>alert(1)</script>")
        site.write("content/toolkit/map/x.pdf", "%PDF")
        site.article(
            "content/toolkit/a.md",
            extra: """
                attachments:
                  - file: poster.html
                    title: Poster
                  - file: map
                    title: Map
                """)
        let (_, problems) = site.load()
        #expect(
            problems.lines == [
                "content/toolkit/a.md:7:11: attachment 'poster.html' is a web page or script, which could act "
                    + "as a page of the site",
                "content/toolkit/a.md:9:11: attachment 'map' is a folder, not a file",
            ])
    }

    @Test func twoAttachmentsWithTheSamePublishedNameAreRefused() throws {
        let site = try Fixture()
        site.write("content/toolkit/poster.pdf", "%PDF")
        site.write("content/toolkit/oud/Poster.pdf", "%PDF")
        site.article(
            "content/toolkit/a.md",
            extra: """
                attachments:
                  - file: poster.pdf
                    title: Poster
                  - file: oud/Poster.pdf
                    title: Oude poster
                """)
        let (articles, problems) = site.load()
        #expect(
            problems.lines == [
                "content/toolkit/a.md:9:11: attachment 'oud/Poster.pdf' would be published as 'poster.pdf', "
                    + "like 'poster.pdf'"
            ])
        #expect(articles.first?.attachments.map(\.file) == ["content/toolkit/poster.pdf"])
    }

    @Test func attachmentsOfDraftsAreCheckedToo() throws {
        let site = try Fixture()
        site.article("content/toolkit/a.md", extra: "draft: true\nattachments:\n  - file: weg.pdf\n    title: Weg")
        let (articles, problems) = site.load()
        #expect(articles.isEmpty)
        #expect(problems.count == 1)
    }
}
