import BuurtCore
import Foundation
import Testing

@testable import Theme

@Suite struct TemplateTests {
    @Test func inheritanceAndPartialsRender() throws {
        let theme = try Fixture(Fixture.defaultTheme).load("default")
        let html = try theme.render(
            "page",
            [
                "lang": "nl", "title": "Over ons",
                "site": ["name": "Gemeente Lindeveen"],
                "page": ["content": "<p>Welkom</p>"],
            ])
        #expect(
            html
                == "<html lang=\"nl\"><title>Over ons</title>"
                + "<header>Gemeente Lindeveen</header><main><p>Welkom</p></main></html>"
        )
        #expect(theme.hasTemplate("page"))
        #expect(theme.hasTemplate("header"))
        #expect(!theme.hasTemplate("portal"))
    }

    @Test func missingTemplateNamesTheChain() throws {
        let fixture = try Fixture.child("name: Lindeveen\nextends: default\n")
        let theme = try fixture.load("lindeveen")
        #expect(throws: Diagnostic.self) { try theme.render("portal", [:]) }
        do {
            _ = try theme.render("portal", [:])
        } catch {
            #expect(error.message == "template 'portal' not found in theme lindeveen → default")
            #expect(error.hint == "add themes/lindeveen/templates/portal.mustache")
        }
    }

    /// `{{x}}` must be safe in element content and in quoted attributes (`href="{{url}}"`).
    @Test func variablesAreEscapedForHTMLAndAttributes() throws {
        let fixture = try Fixture([
            "themes/plain/theme.yml": "name: Plain\n",
            "themes/plain/templates/x.mustache": "<a title=\"{{x}}\" data-y='{{x}}'>{{x}}</a>{{{raw}}}",
        ])
        let theme = try fixture.load("plain")
        let html = try theme.render("x", ["x": "<script>alert(\"1\" & '2')</script>", "raw": "<b>ok</b>"])
        #expect(
            html
                == "<a title=\"&lt;script&gt;alert(&quot;1&quot; &amp; &#39;2&#39;)&lt;/script&gt;\""
                + " data-y='&lt;script&gt;alert(&quot;1&quot; &amp; &#39;2&#39;)&lt;/script&gt;'>"
                + "&lt;script&gt;alert(&quot;1&quot; &amp; &#39;2&#39;)&lt;/script&gt;</a><b>ok</b>"
        )
    }

    @Test func syntaxErrorIsReportedAtFileLineAndColumn() throws {
        let fixture = try Fixture.child(
            "name: Lindeveen\nextends: default\n",
            [
                "themes/lindeveen/templates/home.mustache":
                    "<main>\n  {{#pages}}\n    <li>{{title}}</li>\n  {{/page}}\n</main>\n"
            ])
        let problems = fixture.problems("lindeveen")
        #expect(problems.count == 1)
        let problem = try #require(problems.first)
        #expect(problem.location?.file == "themes/lindeveen/templates/home.mustache")
        #expect(problem.location?.line == 4)
        #expect(problem.location?.column != nil)
        #expect(problem.message.hasPrefix("Mustache syntax error: "))
    }

    @Test func unclosedCommentIsExplained() throws {
        let fixture = try Fixture.child(
            "name: Lindeveen\nextends: default\n",
            [
                "themes/lindeveen/templates/home.mustache": "<p>\n {{! never closed\n"
            ])
        #expect(
            fixture.problems("lindeveen").map(\.description)
                == [
                    "themes/lindeveen/templates/home.mustache:2:5: error: Mustache syntax error: a tag or "
                        + "comment is never closed with '}}'"
                ])
    }

    @Test func unknownPartialAndPragmaAreErrors() throws {
        let fixture = try Fixture.child(
            "name: Lindeveen\nextends: default\n",
            [
                "themes/lindeveen/templates/home.mustache":
                    "{{! {{>ignored}} }}\n{{>heder}}\n{{%CONTENT_TYPE:TEXT}}{{>*dynamic}}"
            ])
        let problems = fixture.problems("lindeveen")
        #expect(
            problems.map(\.message) == [
                "partial 'heder' is not a template of this theme or its parents (did you mean 'header'?)",
                "pragmas ({{%…}}) are not allowed in theme templates",
            ])
        #expect(problems.map(\.location?.line) == [2, 3])
    }

    @Test func subfolderTemplatesAreNamedByPath() throws {
        let fixture = try Fixture.child(
            "name: Lindeveen\nextends: default\n",
            [
                "themes/lindeveen/templates/partials/nav.mustache":
                    "{{#nav}}<a href=\"{{url}}\"{{#current}} aria-current=\"page\"{{/current}}>{{title}}</a>{{/nav}}",
                "themes/lindeveen/templates/home.mustache": "{{>partials/nav}}",
                "themes/lindeveen/templates/notes.txt": "not a template",
            ])
        let theme = try fixture.load("lindeveen")
        #expect(theme.templateNames == ["header", "home", "layout", "page", "partials/nav"])
        let html = try theme.render(
            "home",
            [
                "nav": [
                    ["title": "Home", "url": "./", "current": true],
                    ["title": "Over", "url": "over/", "current": false],
                ]
            ])
        #expect(html == "<a href=\"./\" aria-current=\"page\">Home</a><a href=\"over/\">Over</a>")
    }

    @Test func rendersFromManyThreadsAtOnce() throws {
        let theme = try Fixture(Fixture.defaultTheme).load("default")
        let count = 200
        let results = Results(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let html = try? theme.render(
                "page",
                ["title": "Pagina \(index)", "lang": "nl", "site": ["name": "G"], "page": ["content": "\(index)"]])
            results.set(index, html)
        }
        for index in 0..<count {
            #expect(
                results.get(index)
                    == "<html lang=\"nl\"><title>Pagina \(index)</title><header>G</header><main>\(index)</main></html>")
        }
    }
}

/// Collects results from concurrent iterations.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: String?) { lock.withLock { values[index] = value } }
    func get(_ index: Int) -> String? { lock.withLock { values[index] } }
}

@Suite struct FastEscapingTests {
    @Test func escapesTheSameFiveCharactersAsMustacheAndLeavesOtherTextAlone() {
        let escaper = FastHTMLContentType()
        #expect(
            escaper.escapeText(#"<a href="x">Tom & 'Jerry'</a>"#)
                == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
        #expect(escaper.escapeText("Café de Ĳssel") == "Café de Ĳssel")
        #expect(escaper.escapeText("") == "")
    }
}
