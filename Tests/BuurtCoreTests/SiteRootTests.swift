import Foundation
import Testing

@testable import BuurtCore

@Suite struct SiteRootTests {
    @Test func refusesSymlinksAndPathsThatLeaveTheRoot() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("siteroot-\(UUID().uuidString)")
        let root = base.appendingPathComponent("site"), outside = base.appendingPathComponent("secret.txt")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: base) }
        try "geheim".write(to: outside, atomically: true, encoding: .utf8)
        try "hallo".write(to: root.appendingPathComponent("ok.md"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("link.md"), withDestinationURL: outside)

        let site = try SiteRoot(path: root.path)
        #expect(try site.read("ok.md").text == "hallo")
        #expect(throws: Diagnostic.self) { try site.read("link.md") }
        #expect(throws: Diagnostic.self) { try site.read("../secret.txt") }
        #expect(!site.isFile("link.md"))
        #expect(site.files(under: "") == ["link.md", "ok.md"])
    }

    @Test func aFileNameThatIsNotUTF8IsNamedAsSuch() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("siteroot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        // "café.md" saved as Latin-1: the é is the single byte 0xE9, which is not UTF-8.
        let name = Array(root.path.utf8) + Array("/caf".utf8) + [0xE9] + Array(".md".utf8) + [0]
        let descriptor = open(name.map { CChar(bitPattern: $0) }, O_CREAT | O_WRONLY, 0o644)
        #expect(descriptor >= 0)
        close(descriptor)

        let site = try SiteRoot(path: root.path)
        let listed = try #require(site.files(under: "").first)
        #expect(listed == "caf\u{FFFD}.md")
        #expect(throws: Diagnostic.self) { try site.read(listed) }
        do { _ = try site.read(listed) } catch {
            #expect(error.message == "file name is not valid UTF-8")
        }
    }
}

@Suite struct NormaliseTests {
    @Test func normalisesDotsAndSlashesAndRefusesToLeaveTheRoot() throws {
        let root = try SiteRoot(path: FileManager.default.temporaryDirectory.path)
        #expect(root.normalise("content/pages/over.md") == "content/pages/over.md")
        #expect(root.normalise("content/buurten/noord/pages/../../../pages/privacy.md") == "content/pages/privacy.md")
        #expect(root.normalise("./content//pages/./x.md") == "content/pages/x.md")
        #expect(root.normalise("content/pages/") == "content/pages")
        #expect(root.normalise("/content") == "content")
        #expect(root.normalise("content/.hidden/x") == "content/.hidden/x")
        #expect(root.normalise("..") == nil)
        #expect(root.normalise("content/../../x") == nil)
        #expect(root.normalise("a/...") == "a/...")
    }
}
