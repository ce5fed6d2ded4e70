import BuurtCore
import Mustache

/// HTML escaping for `{{value}}`, as swift-mustache's own (& < > " ' become entities), with the project's one
/// escaping (`String.markupEscaped`, over UTF-8 bytes). The library's escaper looks every Character up in a
/// dictionary, which made escaping a large part of each page's render time.
struct FastHTMLContentType: MustacheContentType {
    static let name = "BUURTSITE_HTML"

    /// Every template starts with this pragma on a line of its own (added when it is loaded, after the theme's own
    /// text was checked for pragmas), so every template and partial escapes this way.
    static let pragma = "{{%CONTENT_TYPE:\(name)}}"

    /// Registered once, before the first template is parsed.
    static let registered: Void = MustacheContentTypes.register(FastHTMLContentType(), named: name)

    func escapeText(_ text: String) -> String { text.markupEscaped }
}

/// A text value for templates. Mustache shows it exactly as it shows a String (escaped with `{{x}}`, as is
/// with `{{{x}}}`), but finds out what it is with one check instead of several: the values every page
/// renders (its title, content and links) use it, which makes rendering a page about a tenth faster.
public struct TemplateText: MustacheCustomRenderable, CustomStringConvertible, @unchecked Sendable {
    public let renderText: String
    public var isNull: Bool { false }
    public var description: String { renderText }

    public init(_ text: String) {
        renderText = text
    }
}

/// A row of a long list for templates (`{{#items}}…{{.title}}…{{/items}}`): texts by name. Mustache finds a
/// value in it with fewer checks than in a `[String: Any]`; the search page's A–Z list (every item of a site,
/// 10,000 rows on the bench site, looked up three times each) uses it.
public struct TemplateRow: MustacheParent, @unchecked Sendable {
    let texts: [String: TemplateText]

    public init(_ texts: [String: String]) {
        self.texts = texts.mapValues(TemplateText.init)
    }

    public func child(named name: String) -> Any? { texts[name] }
}

/// A value for templates that is made only when a template looks it up: for values few themes use but that cost
/// to make, such as the search page's `items` beside its rendered `list`.
public struct TemplateLazyValue: MustacheCustomRepresentation, @unchecked Sendable {
    let make: () -> Any

    public init(_ make: @escaping () -> Any) {
        self.make = make
    }

    public var representation: Any? { make() }
}
