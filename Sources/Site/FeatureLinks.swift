import BuurtCore
import Model

/// Where the content files of the features are on each site, for links in Markdown (README "Links to other
/// pages"): a link to an item's Markdown file (a kaart entry, an activity, a toolkit article) leads to its page, a
/// link to a feature's content folder (`content/kaart/`) to the feature's home page. Each feature says which of its
/// files become which addresses on which site (`FeatureModel.linkTargets(for:)`); this gathers them once per build,
/// so that a later feature's items can be linked to without a change here.
public struct FeatureLinks: Sendable {
    /// What a link to a feature's file becomes.
    public enum Answer: Sendable, Equatable {
        /// A path inside the site the Markdown is shown on: "wegwijzer/taalcafe/".
        case path(String)
        /// The full address of its page on a buurt site (from the portal, or from a municipality-wide page).
        case address(String)
        /// Why it cannot be linked to, and what to do.
        case problem(String)
    }

    /// Site folder ("" for the portal, "molenkamp/") → content file → path inside that site.
    let targets: [String: [String: String]]
    private let features: [any FeatureModel]
    private let buurten: [Buurt]

    public init(features: [any FeatureModel], buurten: [Buurt]) {
        let shown = features.filter(\.hasContent)
        self.features = shown
        self.buurten = buurten
        var targets: [String: [String: String]] = [:]
        for site in [SiteScope.portal] + buurten.map(SiteScope.buurt) {
            // The first feature to claim a file keeps it (a kaart entry whose schedule is also in the agenda).
            targets[site.folder] = shown.reduce(into: [:]) { all, feature in
                all.merge(feature.linkTargets(for: site)) { first, _ in first }
            }
        }
        self.targets = targets
    }

    /// The content folders that stand for a feature's home page on a site (without a final "/", as
    /// `SiteRoot.normalise` makes them): "content/kaart", and on a buurt's site "content/buurten/<slug>/kaart".
    public static func homeFolders(key: String, site: SiteScope) -> [String] {
        switch site {
        case .portal: ContentLayout.featureFolders(key, buurten: []).map(\.folder)
        case .buurt(let buurt): ContentLayout.featureFolders(key, buurten: [buurt]).map(\.folder)
        }
    }

    /// Whose content folder of the feature `key` the file is: `content/kaart` the municipality's,
    /// `content/buurten/<slug>/kaart` a buurt's; nil for any other file.
    public static func folderOwner(_ file: String, key: String) -> PageOwner? {
        if file == ContentLayout.featureFolders(key, buurten: [])[0].folder { return .municipality }
        let parts = file.split(separator: "/")
        guard parts.count == 4, file.hasPrefix(ContentLayout.buurten + "/"), parts[3] == key else { return nil }
        return .buurt(slug: String(parts[2]))
    }

    /// Why a link to a content folder of the feature `key` (named `name` on the sites) has no home page on `site`
    /// (nil: on every site, from a municipality-wide page); nil when `file` is no such folder.
    public static func folderProblem(_ file: String, key: String, name: String, on site: SiteScope?) -> String? {
        guard let owner = folderOwner(file, key: key) else { return nil }
        switch site {
        case .buurt(let buurt):
            if case .buurt(let other) = owner, other != buurt.slug {
                return "link to \(file), the \(key) folder of buurt '\(other)', from the site of '\(buurt.slug)'; "
                    + "link to content/\(key)/ for the \(name) of this site"
            }
            return "link to the \(name) (\(file)), which has nothing to show on the site of '\(buurt.slug)'"
        case .portal:
            return "link to the \(name) (\(file)), which the portal does not have"
        case nil:
            return "link to the \(name) (\(file)), which is not on every site, while a municipality-wide page is "
                + "on every buurt site and the portal; link to it from a buurt's own pages"
        }
    }

    /// What a link to `file` (root-relative, normalised) becomes in Markdown shown on the site in `folder` ("" for
    /// the portal, "molenkamp/"), or, with `folder` nil, in a municipality-wide page, which is rendered once for every
    /// site. nil when `file` is no feature's file.
    ///
    /// On a buurt site an item must be on that site. Where a site has no page of it (the portal has no kaart), the
    /// link leads to its page on the first buurt site that has it; a municipality-wide page links relatively only
    /// when the item has the same path on every site, the portal's too. A feature's home page (its folder) must be
    /// on the site, or on every site for a municipality-wide page.
    public func resolve(_ file: String, onSite folder: String?) -> Answer? {
        if let folder {
            if let path = targets[folder]?[file] { return .path(path) }
            if folder.isEmpty, ContentLayout.isMarkdown(file), let address = addressOnABuurtSite(file) {
                return .address(address)
            }
            return reason(file, on: buurten.first { $0.slug + "/" == folder }.map(SiteScope.buurt) ?? .portal)
        }
        let paths = Set(targets.values.map { $0[file] })
        if paths.count == 1, let path = paths.first ?? nil { return .path(path) }
        if ContentLayout.isMarkdown(file), let address = addressOnABuurtSite(file) { return .address(address) }
        return reason(file, on: nil)
    }

    /// The sites whose link targets differ between the two (a changed slug, a new or removed item): what links to
    /// them must render again.
    public func sitesChanged(since old: FeatureLinks) -> Set<String> {
        Set(targets.keys).union(old.targets.keys).filter { targets[$0] != old.targets[$0] }
    }

    private func addressOnABuurtSite(_ file: String) -> String? {
        for buurt in buurten {
            if let path = targets[buurt.slug + "/"]?[file] {
                return buurt.config.baseURL.absolute + SitePath.encode(path)
            }
        }
        return nil
    }

    private func reason(_ file: String, on site: SiteScope?) -> Answer? {
        // Only an item's Markdown file or a folder can be a feature's: a linked image or PDF is not asked about.
        guard ContentLayout.isMarkdown(file) || !file.pathName.contains(".") else { return nil }
        for feature in features {
            if let reason = feature.unlinkableReason(file, on: site) { return .problem(reason) }
        }
        return nil
    }
}
