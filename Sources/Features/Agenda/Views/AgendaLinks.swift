import Model
import Site

/// Links in Markdown to the agenda (README "Links to other pages"): an activity's file leads to its page on the
/// sites that show it (the portal shows every activity), the agenda's folders (`content/agenda/`, a buurt's
/// `content/buurten/<slug>/agenda/`) to the agenda's home. A kaart entry's schedule in the agenda is linked to as
/// the kaart entry.
extension AgendaModel {
    static let key = AgendaFeature().key

    public func linkTargets(for site: SiteScope) -> [String: String] {
        let activities: [AgendaActivity]
        switch site {
        case .portal: activities = catalogue.all
        case .buurt(let buurt): activities = catalogue.activities(for: buurt.slug)
        }
        guard !activities.isEmpty else { return [:] }
        let home = catalogue.settings.segment + "/"
        var targets: [String: String] = [:]
        for activity in activities where activity.kaartEntry == nil {
            targets[activity.sourcePath] = home + AgendaView.name(of: activity, onPortal: site.folder.isEmpty) + "/"
        }
        for folder in FeatureLinks.homeFolders(key: Self.key, site: site) { targets[folder] = home }
        return targets
    }

    public func unlinkableReason(_ file: String, on site: SiteScope?) -> String? {
        let name = catalogue.settings.name
        if let problem = FeatureLinks.folderProblem(file, key: Self.key, name: name, on: site) { return problem }
        guard let activity = catalogue.loaded.first(where: { $0.sourcePath == file && $0.kaartEntry == nil }) else {
            return nil
        }
        let served = catalogue.servedBuurten(of: activity)
        if served.isEmpty {
            return "link to activity '\(activity.title)' (\(file)), which serves no buurt (see its `serves`)"
        }
        let on: String
        switch site {
        case .buurt(let buurt): on = "the \(name) of buurt '\(buurt.slug)'"
        case .portal, nil: on = "every site"
        }
        return "link to activity '\(activity.title)' (\(file)), which is not on \(on): it serves "
            + served.map { "'\($0)'" }.joined(separator: ", ")
            + " (see its `serves`); remove the link, or link to it from a page of a buurt it serves"
    }
}
