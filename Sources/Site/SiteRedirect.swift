import BuurtCore
import Model

/// An old address of a page (an `aliases:` entry of a page, kaart entry, activity or toolkit article) and the page it
/// leads to. The build writes a small redirect page at the old address; host configuration can turn the same list
/// into permanent (301) redirects (`BuildPlan.redirects`).
public struct SiteRedirect: Sendable {
    /// The site's folder in the output: "" for the portal, "molenkamp/" for a buurt site.
    public var site: String
    /// The site's address (its `base_url`).
    public var base: SiteAddress
    /// The old address inside the site, as the alias is normalised: "oud-adres/", "nieuws/2019/bericht.html".
    public var from: String
    /// The page's address inside the site: "initiatieven/aed/".
    public var to: String
    /// The page's title, for the redirect page's link.
    public var title: String
    /// Where the alias is written.
    public var location: SourceLocation

    public init(
        site: String, base: SiteAddress, from: String, to: String, title: String, location: SourceLocation
    ) {
        self.site = site
        self.base = base
        self.from = from
        self.to = to
        self.title = title
        self.location = location
    }

    /// The redirect page's file in the output folder: "molenkamp/oud-adres/index.html".
    public var outputPath: String { site + (from.hasSuffix("/") ? from + "index.html" : from) }

    /// The old address as its host sees it, percent-encoded: "/buurten/molenkamp/oud-adres/" (for a 301 rule).
    public var fromHostPath: String { base.path + SitePath.encode(from) }

    /// The new address as its host sees it: "/buurten/molenkamp/initiatieven/aed/".
    public var toHostPath: String { base.path + SitePath.encode(to) }

    /// The new address in full: "https://www.lindeveen.nl/buurten/molenkamp/initiatieven/aed/".
    public var toURL: String { base.absolute + SitePath.encode(to) }

    /// The redirect page: a refresh to the new address after 0 seconds (no JavaScript), its canonical address, a
    /// visible link for browsers that do not follow the refresh, and `noindex`, so that search engines keep only
    /// the new address.
    public func page() -> String {
        // The folder the redirect page stands in: "nieuws/2019/" for "nieuws/2019/bericht.html".
        let folder = from.hasSuffix("/") ? from : from.split(separator: "/").dropLast().map { $0 + "/" }.joined()
        let link = SitePath.relative(from: folder, to: SitePath.encode(to)).markupEscaped
        let url = toURL.markupEscaped
        let title = self.title.markupEscaped
        return """
            <!DOCTYPE html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url=\(link)">
            <title>Verhuisd: \(title)</title>
            <link rel="canonical" href="\(url)">
            </head>
            <body>
            <main>
            <h1>Deze pagina staat op een nieuw adres</h1>
            <p>Je gaat vanzelf naar het nieuwe adres. Gebeurt dat niet? Klik dan op deze link:
            <a href="\(link)">\(title)</a>.</p>
            <p>Het nieuwe adres is \(url)</p>
            </main>
            </body>
            </html>

            """
    }
}
