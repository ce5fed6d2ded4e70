import Dispatch
import Foundation
import Testing

@testable import Markdown

@Suite("Rendering on many threads")
struct ConcurrencyTests {
    /// cmark-gfm 0.29 switches the extensions' special characters on and off in a global table
    /// during each parse; without our lock, strikethrough and autolinks go missing at random.
    @Test func parallelRendersMatchSerialOnes() {
        let pages = (0..<8).map { n in
            (0..<20).map { i in
                "## Kop \(i)\n\nTekst ~~oud~~ nieuw, zie www.gemeente\(n).nl en [afval](afval.md).\n\n"
                    + "| a | b |\n|---|---|\n| \(i) | ~~x~~ |\n"
            }.joined(separator: "\n")
        }
        let renderer = MarkdownRenderer()
        let expected = pages.map { renderer.render($0, file: "p.md", resolver: FakeSite()).html }
        #expect(
            expected.allSatisfy {
                $0.contains("<del>oud</del>") && $0.contains("<del>x</del>")
                    && $0.contains(#"href="http://www.gemeente"#)
            })

        let rounds = 400
        let results = Results(count: rounds)
        DispatchQueue.concurrentPerform(iterations: rounds) { round in
            let index = round % pages.count
            results.set(
                round, renderer.render(pages[index], file: "p.md", resolver: FakeSite()).html == expected[index])
        }
        #expect(results.all)
    }
}

private final class Results: @unchecked Sendable {
    private var values: [Bool]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: false, count: count) }
    func set(_ index: Int, _ value: Bool) { lock.withLock { values[index] = value } }
    var all: Bool { lock.withLock { values.allSatisfy { $0 } } }
}
