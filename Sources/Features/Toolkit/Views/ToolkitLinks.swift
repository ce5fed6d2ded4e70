import Model
import Site

/// Links in Markdown to the toolkit (README "Links to other pages"): an article's file leads to its page on the
/// buurt sites that show it, the toolkit's folders (`content/toolkit/`, a buurt's `content/buurten/<slug>/toolkit/`)
/// to the toolkit's home. The portal has no toolkit.
extension ToolkitModel {
    static let key = ToolkitFeature().key

    public func linkTargets(for site: SiteScope) -> [String: String] {
        guard case .buurt(let buurt) = site else { return [:] }
        let shown = ToolkitSite(library: library, buurt: buurt)
        guard !shown.isEmpty else { return [:] }
        var targets = shown.articlesBySource.mapValues(shown.path(of:))
        for folder in FeatureLinks.homeFolders(key: Self.key, site: site) { targets[folder] = shown.homePath }
        return targets
    }

    public func unlinkableReason(_ file: String, on site: SiteScope?) -> String? {
        let name = library.settings.name
        if let problem = FeatureLinks.folderProblem(file, key: Self.key, name: name, on: site) { return problem }
        guard let article = library.all.first(where: { $0.sourcePath == file }) else { return nil }
        guard case .buurt(let buurt) = site else {
            return "link to '\(article.title)', a toolkit article that no buurt site shows (see the topic's "
                + "hide_topics in the buurten's buurt.yml)"
        }
        return ToolkitSite(library: library, buurt: buurt).whyNotShown(article)
    }
}
