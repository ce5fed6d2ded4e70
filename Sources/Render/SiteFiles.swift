import BuurtCore
import Content

/// The small machine-readable files of a buurt site: sitemap.xml and robots.txt.
extension SiteRenderer {
    /// sitemaps.org format, every published page with its full address.
    /// `extraPaths`: pages of the kaart and the toolkit ("wegwijzer/", "toolkit/energie/").
    public func sitemap(_ buurt: Neighbourhood, extraPaths: [String] = []) -> String {
        sitemap(base: buurt.config.baseURL.normalisedBaseURL, pages: buurt.pages + content.sharedPages, extraPaths: extraPaths)
    }

    private func sitemap(base: String, pages: [Page], extraPaths: [String] = []) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        xml += "  <url><loc>\(Self.xmlEscape(base))</loc></url>\n"
        for path in extraPaths.sorted() {
            xml += "  <url><loc>\(Self.xmlEscape(base + SitePath.encode(path)))</loc></url>\n"
        }
        for page in pages.sorted(by: { $0.urlPath < $1.urlPath }) {
            xml += "  <url><loc>\(Self.xmlEscape(base + SitePath.encode(page.urlPath)))</loc>"
            if let updated = page.frontMatter.updated { xml += "<lastmod>\(updated)</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    /// The portal's sitemap: the portal and the municipality-wide pages it carries.
    public func portalSitemap() -> String {
        sitemap(base: content.municipality.baseURL.normalisedBaseURL, pages: content.sharedPages)
    }

    public func robots(_ buurt: Neighbourhood) -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(buurt.config.baseURL.normalisedBaseURL)sitemap.xml\n"
    }

    static func xmlEscape(_ text: String) -> String {
        // Addresses of pages are percent-encoded and rarely hold any of these.
        guard text.anyUTF8Byte({ $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
