import Model
import Site

/// Links in Markdown to the kaart (README "Links to other pages"): an entry's file leads to its page on the buurt
/// sites that show it, the kaart's folders (`content/kaart/`, a buurt's `content/buurten/<slug>/kaart/`) to the
/// kaart's home. The portal has no kaart pages.
extension KaartModel {
    static let key = KaartFeature().key

    public func linkTargets(for site: SiteScope) -> [String: String] {
        guard case .buurt(let buurt) = site else { return [:] }
        let entries = catalogue.entries(for: buurt.slug)
        guard !entries.isEmpty else { return [:] }
        let home = catalogue.settings.segment + "/"
        var targets = Dictionary(
            entries.map { ($0.sourcePath, home + $0.slug + "/") }, uniquingKeysWith: { first, _ in first })
        for folder in FeatureLinks.homeFolders(key: Self.key, site: site) { targets[folder] = home }
        return targets
    }

    public func unlinkableReason(_ file: String, on site: SiteScope?) -> String? {
        let name = catalogue.settings.name
        if let problem = FeatureLinks.folderProblem(file, key: Self.key, name: name, on: site) { return problem }
        guard let entry = catalogue.loaded.first(where: { $0.sourcePath == file }) else { return nil }
        let served = catalogue.servedBuurten(of: entry)
        if catalogue.isHidden(entry) {
            return "link to kaart entry '\(entry.name)' (\(file)), which is on no site: its review date "
                + "(\(catalogue.reviewDue(entry).description)) is more than hide_overdue_after_days past; check the "
                + "entry and update `reviewed`, or remove the link"
        }
        if served.isEmpty {
            return "link to kaart entry '\(entry.name)' (\(file)), which serves no buurt (see its `serves`)"
        }
        let on: String
        switch site {
        case .buurt(let buurt): on = "the \(name) of buurt '\(buurt.slug)'"
        case .portal, nil: on = "the portal"
        }
        return "link to kaart entry '\(entry.name)' (\(file)), which is not on \(on): it serves "
            + served.map { "'\($0)'" }.joined(separator: ", ")
            + " (see its `serves`); remove the link, or link to it from a page of a buurt it serves"
    }
}
