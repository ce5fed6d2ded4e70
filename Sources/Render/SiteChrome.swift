import BuurtCore
import Foundation
import Theme

/// The site partials: the stylesheets and icons in `<head>`, the header (with the menu), the footer and
/// the buurtverbinders look the same on every page of a site at the same depth and menu state, so each
/// is rendered once per such variant rather than once per page, and templates insert the result with
/// `{{{site_head}}}`, `{{{site_header}}}`, `{{{site_footer}}}` and `{{{site_connectors}}}`
/// (docs/THEMES.md, "Site partials"). A partial rendered this way sees only the keys every page of
/// the site shares, never a page's own. With thousands of pages this halves the template work of a page.
final class SiteChrome: @unchecked Sendable {
    /// Partial template → the key its output is handed to templates under.
    static let partials: [(template: String, key: String)] = [
        ("head", "site_head"), ("header", "site_header"), ("footer", "site_footer"), ("connectors", "site_connectors"),
    ]

    private let theme: Theme
    private let lock = NSLock()
    private var rendered: [String: [String: Any]] = [:]

    init(theme: Theme) {
        self.theme = theme
    }

    /// The rendered partials for the variant `key`; `site` gives the shared keys when they must be rendered.
    /// Two threads may render the same variant at once: both get the same text, one is kept.
    func parts(variant key: String, site: () -> [String: Any]) throws(Diagnostic) -> [String: Any] {
        if let found = lock.withLock({ rendered[key] }) { return found }
        let context = site()
        var parts: [String: Any] = [:]
        for partial in Self.partials where theme.hasTemplate(partial.template) {
            var text = try theme.render(partial.template, context)
            // The tag stands on a line of its own, which supplies the line break the partial ends with.
            if text.hasSuffix("\n") { text.removeLast() }
            parts[partial.key] = text
        }
        lock.withLock { rendered[key] = parts }
        return parts
    }
}
