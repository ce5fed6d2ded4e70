import Foundation
import Testing

@testable import BuurtCore

@Suite struct SourceFileTests {
    @Test func reportsTheLineAndColumnOfTheFirstInvalidByte() throws {
        let bytes: [UInt8] = Array("title: ok\nnaam: caf".utf8) + [0xE9] + Array("\n".utf8)
        #expect(throws: Diagnostic.self) { try SourceFile.decode(Data(bytes), path: "p.md") }
        do {
            _ = try SourceFile.decode(Data(bytes), path: "p.md")
        } catch {
            #expect(error.location == SourceLocation(file: "p.md", line: 2, column: 10))
            #expect(error.description.hasPrefix("p.md:2:10: error: file is not valid UTF-8"))
        }
    }

    @Test func acceptsMultiByteTextAndDropsTheByteOrderMark() throws {
        let file = try SourceFile.decode(Data([0xEF, 0xBB, 0xBF] + Array("Ĳsselkade café".utf8)), path: "x")
        #expect(file.text == "Ĳsselkade café")
    }

    @Test func suggestsTheClosestKey() {
        #expect(Suggestion.closest(to: "categori", among: ["categories", "title"]) == "categories")
        #expect(Suggestion.closest(to: "nam", among: ["name", "tagline"]) == "name")
        #expect(Suggestion.closest(to: "zzzzzz", among: ["name", "tagline"]) == nil)
        #expect(
            Suggestion.closest(to: "titel", among: ["title", "slug", "toc"]) == "title",
            "a Dutch spelling is one swap away")
        #expect(Suggestion.closest(to: "emial", among: ["email", "name"]) == "email")
    }
}
