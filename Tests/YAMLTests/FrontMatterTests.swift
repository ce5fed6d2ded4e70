import BuurtCore
import Testing

@testable import YAML

@Suite struct FrontMatterTests {
    @Test func splitsYAMLFromTheBodyAndKeepsLineNumbers() throws {
        let split = try FrontMatterSplit.split(
            SourceFile(path: "p.md", text: "---\ntitle: Over\nmenu: true\n---\n# Kop\nTekst\n"))
        #expect(split.yaml == "title: Over\nmenu: true\n")
        #expect(split.yamlLineOffset == 1)
        #expect(split.body == "# Kop\nTekst\n")
        #expect(split.bodyFirstLine == 5)
    }

    @Test func acceptsWindowsLineEndings() throws {
        let split = try FrontMatterSplit.split(SourceFile(path: "p.md", text: "---\r\ntitle: Over\r\n---\r\nTekst"))
        #expect(split.body == "Tekst")
    }

    @Test func explainsMissingUnclosedAndEmptyFrontMatter() {
        func message(_ text: String) -> String? {
            do {
                _ = try FrontMatterSplit.split(SourceFile(path: "p.md", text: text))
                return nil
            } catch { return error.description }
        }
        #expect(message("title: Over\n\nTekst")?.hasPrefix("p.md:1:1: error: page has no front matter") == true)
        #expect(message("---\ntitle: Over\nTekst")?.hasPrefix("p.md:1:1: error: front matter is not closed") == true)
        #expect(message("  \n\n")?.hasPrefix("p.md:1:1: error: file is empty") == true)
    }
}
