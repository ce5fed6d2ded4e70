import Testing

@testable import Markdown

/// Odd but possible input must render without crashing and keep the tree edits consistent.
@Suite("Odd input")
struct RobustnessTests {
    static let inputs = [
        "",
        "\n\n\n",
        "- [ ]",
        "- [x]\n- [ ] \n",
        "1. [ ] # Kop in taak\n2. [x] > citaat\n",
        "- [ ] a\n  - [x] b\n    - [ ] c [weg](weg.md) ![](x.png)\n",
        "# [weg](weg.md)\n\n## [javascript:](javascript:x)\n",
        "[![](https://x.nl/a.png)](weg.md)",
        "![![binnen](javascript:x)](data:x)",
        "| [weg](weg.md) | ![](https://x/y.png) |\n|---|---|\n| - [ ] niet | `c` |",
        "> - [ ] in citaat\n>\n> ## Kop",
        "Tekst[^a]\n\n[^a]: ## Kop in noot\n    [weg](weg.md)",
        "\u{0}\u{FEFF}# Nul\r\rLos\r[weg](weg.md)",
    ]

    @Test(arguments: inputs)
    func rendersWithoutCrashing(_ source: String) {
        for rawHTML in [false, true] {
            let page = render(source, rawHTML: rawHTML)
            #expect(!page.html.contains("<input"))
            #expect(!page.html.lowercased().contains("javascript:x\""))
            #expect(Set(page.headings.map(\.id)).count == page.headings.count)
        }
    }

    @Test func longAndDeeplyNestedInput() {
        let headings = render(String(repeating: "## Kop\n\n", count: 200))
        #expect(headings.headings.last?.id == "kop-200")
        let brackets = render(String(repeating: "[", count: 2000) + "x" + String(repeating: "](weg.md)", count: 2000))
        #expect(brackets.diagnostics.count == 1)
        let levels = (0..<30).map { String(repeating: "  ", count: $0) + "- [ ] niveau \($0) [weg](weg.md)\n" }.joined()
        let nested = render(levels)
        #expect(nested.html.components(separatedBy: "task-list-item").count - 1 == 30)
        #expect(nested.diagnostics.count == 30)
        #expect(!render(String(repeating: "> ", count: 100) + "Diep").html.isEmpty)
    }
}
