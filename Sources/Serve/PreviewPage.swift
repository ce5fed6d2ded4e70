import BuurtCore
import Foundation
import Model

/// What `serve` adds to an HTML page it sends, and only `serve` (built output never has it): links that work at
/// the preview's addresses, the live-reload script, the "concept" marker of a draft and, while the build is broken,
/// the overlay with its problems. Everything from content is escaped.
public enum PreviewPage {
    /// The folder of the server's own files, a name no buurt slug can have (slugs have no "_").
    public static let ownFolder = "/__buurtsite/"

    /// The page at `key` (of site folder `site`) as the browser gets it.
    public static func html(
        _ data: Data, key: String, site: String, version: String, isDraft: Bool,
        problems: [PreviewStore.Problem], addresses: [String: SiteAddress]
    ) -> Data {
        var html = String(decoding: data, as: UTF8.self)
        html = previewLinks(html, site: site, addresses: addresses)
        var added = ""
        if isDraft { added += conceptMarker }
        if !problems.isEmpty { added += overlay(problems) }
        added +=
            "<script src=\"\(ownFolder)live.js\" data-page=\"/\(key.markupEscaped)\" "
            + "data-version=\"\(version.markupEscaped)\"></script>\n"
        if let end = html.range(of: "</body>", options: .backwards) {
            html.insert(contentsOf: added, at: end.lowerBound)
        } else {
            html += added
        }
        return Data(html.utf8)
    }

    /// Links as the preview serves the sites: a site's address ("https://beekdalverbindt.nl/") and its own path
    /// for root-relative links (on the 404 page: "/buurten/molenkamp/") become its folder at the preview
    /// ("/beekdal/", "/molenkamp/"). Only attribute values that start with them change.
    public static func previewLinks(_ html: String, site: String, addresses: [String: SiteAddress]) -> String {
        var html = html
        // Root-relative links first: the addresses below become root-relative links of the preview.
        if let own = addresses[site], own.path != "/" + site {
            for attribute in ["href", "src", "action"] {
                html = html.replacingOccurrences(
                    of: attribute + "=\"" + own.path, with: attribute + "=\"/" + site)
            }
        }
        // Longest first, so that a portal's address does not take part of a buurt's under it.
        for (folder, address) in addresses.sorted(by: { $0.value.absolute.count > $1.value.absolute.count }) {
            for quote in ["\"", "'"] {
                html = html.replacingOccurrences(of: "=" + quote + address.absolute, with: "=" + quote + "/" + folder)
            }
        }
        return html
    }

    /// The overlay listing each problem; the live-reload script replaces it as problems come and go.
    public static func overlay(_ problems: [PreviewStore.Problem]) -> String {
        let count = problems.count == 1 ? "1 probleem" : "\(problems.count) problemen"
        var html =
            "<div id=\"buurtsite-problems\" role=\"alert\" style=\"\(overlayStyle)\">"
            + "<h2 style=\"margin:0 0 .5em;font-size:1.3em\">De site bouwt niet: \(count)</h2>"
            + "<p style=\"margin:0 0 1em\">Je ziet de laatste versie die wel lukte. Los het op en sla op: "
            + "deze pagina werkt zich vanzelf bij.</p><ol style=\"margin:0;padding-left:1.5em\">"
        for problem in problems {
            html +=
                "<li style=\"margin-bottom:.8em\"><code style=\"white-space:pre-wrap\">"
                + "\(problem.line.markupEscaped)</code>"
            if let hint = problem.hint { html += "<br><span>hint: \(hint.markupEscaped)</span>" }
            html += "</li>"
        }
        return html + "</ol></div>\n"
    }

    static let overlayStyle =
        "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2em;"
        + "background:rgba(255,255,255,.96);color:#1a1a1a;font:16px/1.5 system-ui,sans-serif;"
        + "border:6px solid #b00020"

    static let conceptMarker =
        "<p id=\"buurtsite-concept\" role=\"note\" style=\"position:fixed;top:0;right:0;z-index:2147483646;"
        + "margin:0;padding:.4em 1em;background:#8a4b00;color:#fff;font:bold 16px/1.5 system-ui,sans-serif\">"
        + "Concept: deze pagina heeft draft: true en wordt niet gepubliceerd</p>\n"
}
