import Model

/// `_headers` and `_redirects`, which Netlify and Cloudflare Pages read at the root of the folder they publish:
/// written into the portal's folder (with the rules of the buurten published inside it) and into the folder of each
/// buurt on a host of its own. Paths are the addresses on the host: "/buurten/molenkamp/*".
public enum NetlifyFiles {
    /// Headers for every path of the sites, then the longer cache of the folders whose files are named after their
    /// content and the open data's CORS and types. Netlify lets a later rule's header replace an earlier one's, but
    /// Cloudflare Pages joins them: so `Cache-Control` is set only on the content-named folders, and pages keep the
    /// hosts' own short default (both: `max-age=0, must-revalidate`).
    public static func headers(for sites: [HostedSite]) -> String {
        var text = comment(sites, "headers: security headers, caching of files named after their content, open data")
        for site in sites {
            text += "\n# \(site.name)\n\(site.path)*\n"
            for (name, value) in HostHeaders.security(site.settings) { text += "  \(name): \(value)\n" }
            for folder in site.contentNamedFolders {
                text += "\(site.path)\(folder)*\n  Cache-Control: \(HostHeaders.immutable)\n"
            }
            for folder in site.openDataFolders {
                text += "\(site.path)\(folder)*\n  Access-Control-Allow-Origin: *\n"
                text += "\(site.path)\(folder)dcat.jsonld\n  Content-Type: application/ld+json\n"
            }
        }
        return text
    }

    /// Old addresses (301), the static HSDS API's addresses without `.json` (200: the file answers), and the 404 page
    /// of each buurt under a sub-path (Netlify; Cloudflare Pages finds the nearest 404.html itself and skips these).
    /// More specific sites first: the first rule that matches wins.
    public static func redirects(for sites: [HostedSite]) -> String {
        var text = comment(sites, "redirects: old addresses, the HSDS API's addresses, each site's 404 page")
        for site in sites.sorted(by: { $0.path.count > $1.path.count }) {
            text += "\n# \(site.name)\n"
            // The old addresses of the folder's own site; a buurt published inside it has them in its own file.
            if site.folder == sites[0].folder { text += aliasLines(site) }
            for folder in site.openDataFolders {
                for list in HostHeaders.apiLists {
                    let address = site.path + folder + list
                    text += "\(address) \(address)/index.json 200\n"
                    text += "\(address)/:id \(address)/:id.json 200\n"
                }
            }
            if site.path != "/" {
                text += "\(site.path)* \(site.path)404.html 404\n"
            }
        }
        return text
    }

    /// The old addresses of a buurt published inside the portal's folder: to be added to the portal's `_redirects`
    /// when publishing (`cat public/molenkamp/_redirects >> public/_redirects`), as the host reads only that one.
    public static func aliases(of site: HostedSite) -> String {
        "# Made by buurtsite: the old addresses of \(site.name) (\(site.origin)\(site.path)). Netlify reads only the "
            + "_redirects\n# at the root of what is published: add these lines to that file.\n" + aliasLines(site)
    }

    private static func aliasLines(_ site: HostedSite) -> String {
        site.redirects.sorted(by: { $0.from < $1.from }).map { "\(site.path)\($0.from) \(site.path)\($0.to) 301\n" }
            .joined()
    }

    private static func comment(_ sites: [HostedSite], _ what: String) -> String {
        "# Made by buurtsite for \(sites[0].origin)\(sites[0].path) (Netlify, Cloudflare Pages): \(what).\n"
            + "# Publish this folder as it is; for a site under a sub-path of a host, add these lines to the host's "
            + "own file.\n"
    }
}
