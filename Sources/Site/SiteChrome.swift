import BuurtCore
import Foundation
import Theme

/// What every page of a site shares, per variant (site, depth and menu state): the site keys of
/// TemplateContext and the site partials. The stylesheets and icons in `<head>`, the header (with the
/// menu), the footer and the buurtverbinders look the same on every page of a variant, so each is
/// rendered once per variant rather than once per page, and templates insert the result with
/// `{{{site_head}}}`, `{{{site_header}}}`, `{{{site_footer}}}` and `{{{site_connectors}}}`
/// (docs/THEMES.md, "Site partials"). A partial rendered this way sees only the site keys, never a
/// page's own. With thousands of pages this halves the template work of a page.
final class SiteChrome: @unchecked Sendable {
    /// Partial template → the key its output is handed to templates under.
    static let partials: [(template: String, key: String)] = [
        ("head", "site_head"), ("header", "site_header"), ("footer", "site_footer"), ("connectors", "site_connectors"),
    ]

    private let theme: Theme
    private let lock = NSLock()
    private var variants: [String: [String: Any]] = [:]

    init(theme: Theme) {
        self.theme = theme
    }

    /// The site keys of the variant `key` with the rendered partials; `make` gives the site keys when they
    /// are not known yet. Two threads may make the same variant at once: both get the same values, one is kept.
    func values(variant key: String, make: () -> [String: Any]) throws(Diagnostic) -> [String: Any] {
        if let found = lock.withLock({ variants[key] }) { return found }
        var values = make()
        for partial in Self.partials where theme.hasTemplate(partial.template) {
            var text = try theme.render(partial.template, values)
            // The tag stands on a line of its own, which supplies the line break the partial ends with.
            if text.hasSuffix("\n") { text.removeLast() }
            values[partial.key] = TemplateText(text)
        }
        lock.withLock { variants[key] = values }
        return values
    }
}
