import BuurtCore
import Model
import Site

/// An old address of a site that now answers with a permanent redirect (301) to the new one: a page's `aliases:`.
/// Both are paths inside the site, as its pages' addresses are: "activiteiten/" → "agenda/".
public struct HostRedirect: Sendable, Hashable {
    public var from: String
    public var to: String

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }

    /// The build's redirect pages (`BuildPlan.redirects`) as rules, by site folder; addresses percent-encoded.
    public static func bySite(_ redirects: [SiteRedirect]) -> [String: [HostRedirect]] {
        Dictionary(grouping: redirects, by: \.site).mapValues { list in
            list.map { HostRedirect(from: SitePath.encode($0.from), to: SitePath.encode($0.to)) }
        }
    }
}

/// One site (the portal or a buurt's) as its host serves it.
public struct HostedSite: Sendable {
    /// The site's name, for comments in the configuration.
    public var name: String
    /// Its folder in the output: "" for the portal, "molenkamp/" for a buurt.
    public var folder: String
    /// Its address: scheme and host ("https://www.lindeveen.nl") and path ("/buurten/molenkamp/").
    public var origin: String
    public var path: String
    public var settings: HostingSettings
    /// Folders the features want served in a way of their own.
    public var hostFolders: [HostFolder]
    public var redirects: [HostRedirect]

    /// The host without its scheme: "www.lindeveen.nl".
    public var hostName: String {
        guard let scheme = origin.range(of: "://") else { return origin }
        return String(origin[scheme.upperBound...])
    }

    /// Folders whose files are named after their content: `assets/` and the features' (a search index).
    public var contentNamedFolders: [String] {
        ["assets/"] + hostFolders.filter { $0.kind == .contentNamed }.map(\.path)
    }

    public var openDataFolders: [String] { hostFolders.filter { $0.kind == .openData }.map(\.path) }
}

/// Every site of a build grouped by the host that serves it, and which sites each published folder holds.
public struct HostLayout: Sendable {
    /// The portal first, then the buurten in the order of their slugs.
    public var sites: [HostedSite]

    /// The sites of every host, in the order of `sites`: ("www.lindeveen.nl", [portal, molenkamp, oude-dorp]).
    public var hosts: [(name: String, sites: [HostedSite])] {
        var order: [String] = []
        var grouped: [String: [HostedSite]] = [:]
        for site in sites {
            if grouped[site.hostName] == nil { order.append(site.hostName) }
            grouped[site.hostName, default: []].append(site)
        }
        return order.map { ($0, grouped[$0]!) }
    }

    /// Whether a site's folder is published inside another site's folder on the same host at the matching path (a
    /// buurt in the portal's folder, at the portal's address + its slug): that site's `_headers` and `_redirects`
    /// (read only at the root of what is published) then hold its rules too.
    public func publishedWith(_ site: HostedSite) -> HostedSite? {
        sites.first { other in
            other.folder != site.folder && site.folder.hasPrefix(other.folder) && other.origin == site.origin
                && site.path == other.path + site.folder.dropFirst(other.folder.count)
        }
    }

    /// The sites a published folder's `_headers` and `_redirects` cover: its own, and those published inside it.
    public func covered(by site: HostedSite) -> [HostedSite] {
        [site] + sites.filter { publishedWith($0)?.folder == site.folder }
    }

    /// The layout of the portal and every buurt of the municipality; problems with `hosting:` go to `diagnostics`.
    /// `redirects`: the old addresses of each site, by its folder.
    public init(
        content: SiteContent, features: [any FeatureModel], redirects: [String: [HostRedirect]] = [:],
        diagnostics: DiagnosticCollector
    ) {
        let withContent = features.filter(\.hasContent)
        let municipality = content.municipality
        var sites = [
            HostedSite(
                name: municipality.name, folder: "", origin: municipality.baseURL.origin,
                path: municipality.baseURL.path, settings: HostingSettings.portal(content, diagnostics: diagnostics),
                hostFolders: withContent.flatMap { $0.hostFolders(for: .portal) },
                redirects: redirects[""] ?? [])
        ]
        for buurt in content.buurten.sorted(by: { $0.slug < $1.slug }) {
            let folder = buurt.slug + "/"
            sites.append(
                HostedSite(
                    name: buurt.config.name, folder: folder, origin: buurt.config.baseURL.origin,
                    path: buurt.config.baseURL.path,
                    settings: HostingSettings.buurt(buurt, content, diagnostics: diagnostics),
                    hostFolders: withContent.flatMap { $0.hostFolders(for: .buurt(buurt)) },
                    redirects: redirects[folder] ?? []))
        }
        self.sites = sites
    }
}
