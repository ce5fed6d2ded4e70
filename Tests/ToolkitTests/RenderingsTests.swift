import Foundation
import Markdown
import Testing
import Toolkit
import YAML

@Suite struct RenderingsTests {
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

    let article = ToolkitArticle(sourcePath: "content/toolkit/liftkoffie.md", buurt: nil, slug: "liftkoffie", title: "Liftkoffie",
                                 topic: "ontmoeten", summary: "Koffie bij de lift.", date: Day(year: 2026, month: 5, day: 12)!,
                                 body: "Zie [de straatlunch](straatlunch.md).")
    let renderer = MarkdownRenderer()

    @Test func anArticleIsRenderedOnceWhereItsLinksComeOutTheSame() {
        let renderings = ToolkitRenderings()
        let first = Resolver(target: "../straatlunch/"), second = Resolver(target: "../straatlunch/")
        let a = renderings.render(article, with: renderer, resolver: first)
        let b = renderings.render(article, with: renderer, resolver: second)
        #expect(a === b)
        #expect(b.markdown.html.contains(#"<a href="../straatlunch/">de straatlunch</a>"#))
        #expect(second.questions == 1, "the second resolver is still asked, so that it can collect the files the article uses")
    }

    @Test func aLinkThatComesOutDifferentlyGetsARenderingOfItsOwn() {
        let renderings = ToolkitRenderings()
        let page = renderings.render(article, with: renderer, resolver: Resolver(target: "../straatlunch/"))
        let booklet = renderings.render(article, with: renderer, resolver: Resolver(target: "#_artikel-straatlunch"))
        #expect(page.markdown.html.contains(#"href="../straatlunch/""#))
        #expect(booklet.markdown.html.contains(##"href="#_artikel-straatlunch""##))
        #expect(renderings.render(article, with: renderer, resolver: Resolver(target: "../straatlunch/")) === page)
    }

    @Test func theBookletVersionIsMadeOncePerRendering() {
        let rendering = ToolkitRenderings().render(article, with: renderer, resolver: Resolver(target: "x/"))
        var made = 0
        let first = rendering.bookletHTML { made += 1; return $0.uppercased() }
        let second = rendering.bookletHTML { made += 1; return $0 }
        #expect(first == second && made == 1)
        #expect(first.contains("DE STRAATLUNCH"))
    }
}
