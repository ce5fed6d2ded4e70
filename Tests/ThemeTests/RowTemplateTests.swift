import BuurtCore
import Testing

@testable import Theme

/// A RowTemplate renders each row exactly as `Theme.render` renders the partial with that row's texts, whether it
/// fills the rows in or (for a partial it cannot fill in) leaves them to Mustache.
@Suite struct RowTemplateTests {
    static let fields = ["title", "url", "platforms"]

    /// Texts a resident or an editor could write: markup, quotes, accents, the stand-in characters, nothing at all.
    static let rows: [[String?]] = [
        ["Café <b>de Brug</b>", "../cafe/", nil],
        ["Tom & Jerry's \"club\"", "../t?a=1&b=2", "Noord, Zuid"],
        ["", "", ""],
        ["\u{E000}0<\u{E001} en \u{E000}1&lt;\u{E001}", "../\u{E000}/", nil],
        ["Ĳsselhof", "../ijsselhof/", "Beekdal"],
    ]

    /// Mustache's output for each row, one after another.
    static func expected(_ theme: Theme, _ name: String) throws -> String {
        var html = ""
        for row in rows {
            var values: [String: Any] = [:]
            for (field, value) in zip(fields, row) { values[field] = value.map(TemplateText.init) }
            html += try theme.render(name, values)
        }
        return html
    }

    static func theme(_ row: String, _ extra: [String: String] = [:]) throws -> Theme {
        var files = Fixture.defaultTheme
        files["themes/default/templates/row.mustache"] = row
        files.merge(extra) { _, new in new }
        return try Fixture(files).load("default")
    }

    @Test(arguments: [
        // The search page's own row.
        """
        {{! One item (title, url). }}
        <li><a href="{{.url}}">{{.title}}</a>{{#.platforms}} <span>({{.}})</span>{{/.platforms}}</li>

        """,
        // Names without a dot, as is, twice, in an inverted section, with a comment in between.
        "<tr><td>{{title}}</td><td>{{{title}}}</td><td>{{&url}}</td>{{^platforms}}<td>-</td>{{/platforms}}"
            + "{{! (a comment) }}<td data-x=\"{{url}}{{platforms}}\">{{url}}</td></tr>\n",
        // A standalone section on lines of its own.
        "<li>\n{{#platforms}}\n<em>{{platforms}}</em>\n{{/platforms}}\n{{title}}</li>\n",
        // No values at all.
        "<hr>\n",
    ])
    func filledRowsAreWhatMustacheMakes(row: String) throws {
        let theme = try Self.theme(row)
        var template = try theme.rowTemplate("row", fields: Self.fields)
        #expect(template.render(Self.rows) == (try Self.expected(theme, "row")))
    }

    /// Transforms, partials and changed delimiters: the rows go through Mustache, with the same result.
    @Test(arguments: [
        "<li>{{uppercased(.title.renderText)}}|{{empty(.title.renderText)}}</li>\n",
        "<li>{{>cell}}</li>\n",
        "{{=<% %>=}}<li><%title%></li>\n",
    ])
    func rowsItCannotFillInGoThroughMustache(row: String) throws {
        let theme = try Self.theme(row, ["themes/default/templates/cell.mustache": "<b>{{title}}</b>{{url}}"])
        var template = try theme.rowTemplate("row", fields: Self.fields)
        #expect(template.render(Self.rows) == (try Self.expected(theme, "row")))
    }

    @Test func aMissingPartialIsNamed() throws {
        let theme = try Self.theme("<li>{{title}}</li>")
        #expect(throws: Diagnostic.self) { try theme.rowTemplate("search-all-item", fields: Self.fields) }
        do {
            _ = try theme.rowTemplate("search-all-item", fields: Self.fields)
        } catch {
            #expect(error.message.contains("template 'search-all-item' not found"))
        }
    }
}
