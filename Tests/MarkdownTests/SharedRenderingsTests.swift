import Foundation
import Markdown
import Testing

@Suite struct SharedRenderingsTests {
    /// Resolves every link to `target`, and counts the questions it is asked.
    final class Resolver: MarkdownLinkResolver, @unchecked Sendable {
        let target: String
        private let lock = NSLock()
        private var asked = 0

        init(target: String) { self.target = target }

        var questions: Int { lock.withLock { asked } }

        func resolveLink(_ destination: String) -> LinkResolution {
            lock.withLock { asked += 1 }
            return .replace(target)
        }

        func resolveImage(_ source: String) -> LinkResolution { .keep }
    }

    let renderer = MarkdownRenderer()

    func render(_ renderings: SharedRenderings, _ resolver: Resolver) -> SharedRendering {
        renderings.render(
            "Zie [de straatlunch](straatlunch.md).", file: "content/toolkit/liftkoffie.md", firstLine: 5,
            with: renderer, resolver: resolver)
    }

    @Test func aTextIsRenderedOnceWhereItsLinksComeOutTheSame() {
        let renderings = SharedRenderings()
        let first = Resolver(target: "../straatlunch/"), second = Resolver(target: "../straatlunch/")
        let a = render(renderings, first)
        let b = render(renderings, second)
        #expect(a === b)
        #expect(b.markdown.html.contains(#"<a href="../straatlunch/">de straatlunch</a>"#))
        #expect(
            second.questions == 1,
            "the second resolver is still asked, so that it can collect the files the article uses")
    }

    @Test func aLinkThatComesOutDifferentlyGetsARenderingOfItsOwn() {
        let renderings = SharedRenderings()
        let page = render(renderings, Resolver(target: "../straatlunch/"))
        let booklet = render(renderings, Resolver(target: "#_artikel-straatlunch"))
        #expect(page.markdown.html.contains(#"href="../straatlunch/""#))
        #expect(booklet.markdown.html.contains(##"href="#_artikel-straatlunch""##))
        #expect(render(renderings, Resolver(target: "../straatlunch/")) === page)
    }

    @Test func theTransformedFormIsMadeOncePerRendering() {
        let rendering = render(SharedRenderings(), Resolver(target: "x/"))
        var made = 0
        let first = rendering.transformedHTML {
            made += 1
            return $0.uppercased()
        }
        let second = rendering.transformedHTML {
            made += 1
            return $0
        }
        #expect(first == second && made == 1)
        #expect(first.contains("DE STRAATLUNCH"))
    }
}
