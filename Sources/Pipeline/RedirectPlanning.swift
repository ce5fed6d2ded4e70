import BuurtCore
import Model
import Site

extension SiteWriter {
    /// The redirects of every planned page's aliases, in the order of the plan, each checked against the plan: an
    /// alias may not take the place of a file the build writes (a page, a feature's file, a sitemap), of another
    /// alias in the same site, or, on the portal, of a buurt site's folder. Problems go to the diagnostics, located
    /// at the alias; such an alias gets no redirect.
    func redirects(of outputs: [BuildPlan.Output], collectedPaths: [String]) -> [SiteRedirect] {
        let pages = outputs.compactMap { output -> (site: String, page: PageInfo)? in
            guard let page = output.page, !page.aliases.isEmpty else { return nil }
            return (output.site, page)
        }
        guard !pages.isEmpty else { return [] }
        var bases = ["": content.municipality.baseURL]
        for buurt in content.buurten { bases[buurt.slug + "/"] = buurt.config.baseURL }
        let buurtFolders = Set(content.buurten.map(\.slug))
        var taken: [String: BuildPlan.Output] = [:]
        for output in outputs { taken[output.path] = output }
        var aliases: [String: SourceLocation] = [:]
        var redirects: [SiteRedirect] = []
        for (site, page) in pages {
            guard let base = bases[site] else { continue }
            for alias in page.aliases {
                let redirect = SiteRedirect(
                    site: site, base: base, from: alias.path, to: page.urlPath, title: page.title,
                    location: alias.location)
                let path = redirect.outputPath
                if site.isEmpty, let top = alias.path.split(separator: "/").first, buurtFolders.contains(String(top)) {
                    diagnostics.add(
                        .error(
                            at: alias.location, "alias '\(alias.path)' lies in the folder of the buurt site '\(top)'",
                            hint: "give the old address in the front matter of a page of that buurt, or remove it"))
                } else if let output = taken[path] {
                    let what =
                        output.page?.urlPath == page.urlPath
                        ? "is the page's own address"
                        : "is the address of another file of this site"
                            + (output.inputs.first.map { " (made from \($0))" } ?? "")
                    diagnostics.add(
                        .error(
                            at: alias.location, "alias '\(alias.path)' \(what)",
                            hint: "an alias is an old address that no page has now; remove it"))
                } else if collectedPaths.contains(where: { $0.hasSuffix("/") ? path.hasPrefix($0) : path == $0 }) {
                    diagnostics.add(
                        .error(
                            at: alias.location, "alias '\(alias.path)' takes the place of a file the build writes",
                            hint: "choose another old address, or remove it"))
                } else if let first = aliases[path] {
                    diagnostics.add(
                        .error(
                            at: alias.location, "alias '\(alias.path)' is also an alias at \(first)",
                            hint: "an old address can lead to one page only: remove one of the two"))
                } else {
                    aliases[path] = alias.location
                    redirects.append(redirect)
                }
            }
        }
        return redirects
    }
}
