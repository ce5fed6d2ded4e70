import BuurtCalendar
import BuurtCore
import Foundation
import Markdown
import Model
import Site

/// The agenda's pages and feeds, as files for the build to write in parallel: the same for a buurt site and for
/// the portal, which shows the activities of every buurt.
struct AgendaPages: Sendable {
    let site: SiteRenderer
    let catalogue: AgendaCatalogue

    var content: SiteContent { site.content }

    /// Every file of one site's agenda (`buurt` nil: the portal's): its home, the filter pages with the feeds of the
    /// category filters, the week sheet, the feed, every activity's page and `.ics`, and the files they show.
    func jobs(for buurt: Buurt?) -> [RenderJob] {
        let view = AgendaView(catalogue: catalogue, buurt: buurt, municipality: content.municipality)
        guard !view.activities.isEmpty else { return [] }
        let renderer = self
        let name = view.settings.name
        // Every list shows the filters with counts over all of the site's activities, so each reads them all.
        let allActivities = Array(Set(view.activities.map(\.sourcePath))).sorted()
        var jobs: [RenderJob] = [
            .page(PageInfo(urlPath: view.homePath, kind: "agenda", title: name), inputs: allActivities) {
                try renderer.home(view)
            },
            .page(
                PageInfo(urlPath: view.printPath, kind: "agenda-print", title: "Deze week | \(name)"),
                inputs: allActivities
            ) {
                try renderer.weekSheet(view)
            },
            RenderJob(
                path: view.feedPath, body: .text { view.calendar(view.listed, name: "\(name) van \(view.siteName)") },
                inputs: allActivities),
        ]
        for facet in view.facets {
            for value in facet.values {
                let info = PageInfo(
                    urlPath: view.filterPath(facet.facet, value: value.term.value), kind: "agenda-filter",
                    title: "\(value.term.label) | \(name)")
                jobs.append(.page(info, inputs: allActivities) { try renderer.filter(view, facet.facet, value) })
                if facet.facet.field == .categories {
                    let activities = value.activities.map { view.listed[$0] }
                    jobs.append(
                        RenderJob(
                            path: view.filterPath(facet.facet, value: value.term.value) + AgendaView.feedName,
                            body: .text {
                                view.calendar(activities, name: "\(name) van \(view.siteName): \(value.term.label)")
                            },
                            inputs: activities.map(\.sourcePath)))
                }
            }
        }
        // Descriptions are rendered now, not in the jobs: the files they use must be known to become jobs themselves.
        let media = MediaFiles()
        let descriptions = self.descriptions(view, media: media)
        // Activity pages all stand at the same depth and `agenda` links through the site root: its values are the
        // same on every activity page of the site, so they are made once. Only value types that no job changes:
        // safe to share between threads.
        nonisolated(unsafe) let activityPageAgenda =
            view.activities.first.map { view.values(urlPath: view.path(of: $0)) } ?? [:]
        for activity in view.activities {
            let description = descriptions[activity.key]
            let problems = description?.diagnostics ?? []
            let path = view.path(of: activity)
            let info = PageInfo(
                urlPath: path, kind: "agenda-activity", title: "\(activity.title) | \(name)",
                content: { [site] in
                    site.pageContent(of: activity.body, item: view.itemContent(of: activity))
                },
                // A buurt's own activity had its old addresses on that buurt's site, not on the portal.
                aliases: view.isPortal && activity.buurtSlug != nil ? [] : activity.aliases)
            jobs.append(
                .page(info, inputs: [activity.sourcePath]) {
                    if problems.hasErrors { throw DiagnosticList(problems) }
                    return try renderer.activity(
                        view, activity, agenda: activityPageAgenda, descriptionHTML: description?.html)
                })
            if !problems.isEmpty, !problems.hasErrors { jobs.append(.reporting(problems)) }
            if activity.status != .stopped {
                jobs.append(
                    RenderJob(
                        path: view.feedPath(of: activity),
                        body: .text { view.calendar([activity], name: activity.title) }, inputs: [activity.sourcePath]))
            }
            if let image = activity.image {
                jobs.append(
                    RenderJob(path: path + image.fileName, body: .copy(source: image.source), inputs: [image.source]))
            }
        }
        jobs += media.all.map { RenderJob(path: $0.sitePath, body: .copy(source: $0.source), inputs: [$0.source]) }
        return jobs
    }

    // MARK: Pages

    func home(_ view: AgendaView) throws(Diagnostic) -> String {
        let urlPath = view.homePath
        let settings = view.settings
        let description =
            settings.intro?.nonEmpty ?? "\(settings.name) van \(view.siteName): wat er de komende weken te doen is."
        var agenda = view.values(urlPath: urlPath)
        let days = view.dayValues(view.window, urlPath: urlPath, headingLevel: 3)
        agenda["days"] = days
        agenda["has_days"] = !days.isEmpty
        agenda["count_text"] = AgendaView.dateCountText(view.window.count)
        return try render(
            "agenda", view, urlPath: urlPath, title: settings.name, description: description,
            jsonLD: view.collectionJSONLD(
                name: settings.name, description: description, canonical: view.absolute(urlPath)),
            values: ["agenda": agenda])
    }

    func filter(_ view: AgendaView, _ facet: AgendaFacet, _ value: AgendaView.Value) throws(Diagnostic) -> String {
        let urlPath = view.filterPath(facet, value: value.term.value)
        var agenda = view.values(urlPath: urlPath, currentFilter: (facet, value.term.value))
        agenda["breadcrumb_current"] = value.term.label
        let listings = view.window(of: value.activities)
        let days = view.dayValues(listings, urlPath: urlPath, headingLevel: 3)
        let title = "\(value.term.label) | \(view.settings.name)"
        let description =
            "\(facet.label): \(value.term.label). \(AgendaView.countText(value.activities.count)) in de "
            + "\(view.settings.name) van \(view.siteName)."
        var filter: [String: Any] = [
            "facet_label": facet.label, "value_label": value.term.label, "value": value.term.value,
            "count_text": AgendaView.dateCountText(listings.count),
            "activities_text": AgendaView.countText(value.activities.count),
            "days": days, "has_days": !days.isEmpty,
        ]
        if facet.field == .categories {
            let feed = urlPath + AgendaView.feedName
            filter["feed_url"] = SitePath.relative(from: urlPath, to: SitePath.encode(feed))
            filter["webcal_url"] = view.webcal(feed)
        }
        return try render(
            "agenda-filter", view, urlPath: urlPath, title: title, description: description,
            jsonLD: view.collectionJSONLD(name: title, description: description, canonical: view.absolute(urlPath)),
            values: ["agenda": agenda, "filter": filter])
    }

    func weekSheet(_ view: AgendaView) throws(Diagnostic) -> String {
        let urlPath = view.printPath
        var agenda = view.values(urlPath: urlPath)
        agenda["breadcrumb_current"] = "Deze week"
        let week = view.week
        let days = view.dayValues(week, urlPath: urlPath, headingLevel: 2)
        let today = view.today
        let last = today.adding(days: 6)
        let title = "Deze week | \(view.settings.name)"
        let description =
            "Wat er te doen is van \(AgendaView.dayText(today, today: today)) tot en met "
            + "\(AgendaView.dayText(last, today: today)), om af te drukken."
        let sheet: [String: Any] = [
            "heading": "\(view.settings.name) van \(view.siteName)",
            "period": "\(Dutch.capitalised(today.dutchWeekdayText(withYear: true))) tot en met "
                + last.dutchWeekdayText(withYear: true),
            "days": days, "has_days": !days.isEmpty,
            "printed": today.dutchText,
            "address": view.absolute(view.homePath),
        ]
        return try render(
            "agenda-print", view, urlPath: urlPath, title: title, description: description,
            jsonLD: view.collectionJSONLD(name: title, description: description, canonical: view.absolute(urlPath)),
            values: ["agenda": agenda, "sheet": sheet])
    }

    /// `agenda`: the view's values for an activity page (`view.values(urlPath:)`), the same for all of them.
    func activity(_ view: AgendaView, _ activity: AgendaActivity, agenda: [String: Any], descriptionHTML: String?)
        throws(Diagnostic) -> String
    {
        let urlPath = view.path(of: activity)
        var agenda = agenda
        agenda["breadcrumb_current"] = activity.title
        return try render(
            "agenda-activity", view, urlPath: urlPath, title: "\(activity.title) | \(view.settings.name)",
            description: activity.summary,
            jsonLD: view.jsonLD(for: activity, canonical: view.absolute(urlPath)),
            values: [
                "agenda": agenda,
                "activity": view.activityValues(activity, descriptionHTML: descriptionHTML, urlPath: urlPath),
            ])
    }

    /// The keys of every page of the site (see docs/THEMES.md), then the agenda's own.
    private func render(
        _ template: String, _ view: AgendaView, urlPath: String, title: String, description: String,
        jsonLD: [String: Any], values: [String: Any]
    ) throws(Diagnostic) -> String {
        if let buurt = view.buurt {
            return try site.renderBuurtPage(
                template, buurt: buurt, urlPath: urlPath, title: title, description: description, jsonLD: jsonLD,
                values: values)
        }
        return try site.renderPortalPage(
            template, urlPath: urlPath, title: title, description: description, jsonLD: jsonLD, values: values)
    }

    // MARK: Descriptions

    /// Each activity's Markdown description as HTML (activities without one are left out), by key, its links
    /// resolved for this site; files it uses are added to `media`.
    private func descriptions(_ view: AgendaView, media: MediaFiles) -> [String: RenderedMarkdown] {
        let paths = Dictionary(
            view.activities.filter { $0.kaartEntry == nil }.map { ($0.sourcePath, view.path(of: $0)) },
            uniquingKeysWith: { first, _ in first })
        var descriptions: [String: RenderedMarkdown] = [:]
        for activity in view.activities where !activity.body.allSatisfy(\.isWhitespace) {
            let resolver = AgendaLinkResolver(
                activity: activity, urlPath: view.path(of: activity), index: site.index, root: content.root,
                media: media, buurtSlug: view.buurt?.slug, activityPaths: paths)
            descriptions[activity.key] =
                site.renderings.render(
                    activity.body, file: activity.sourcePath, firstLine: activity.bodyFirstLine, with: site.markdown,
                    resolver: resolver
                ).markdown
        }
        return descriptions
    }
}

extension AgendaView {
    /// What lists made of every page (a search index) name an activity by: its title and summary, the agenda's name
    /// as its section, its fields with the agenda's filters, its file, and whether it may be found.
    func itemContent(of activity: AgendaActivity) -> PageContent {
        PageContent(
            fields: fields(of: activity), name: activity.title, summary: activity.summary, section: settings.name,
            filters: settings.facets.map { PageFilter(field: $0.field.rawValue, label: $0.label) },
            // A kaart schedule's activity is an item of its own, beside the kaart entry of the same file.
            source: activity.kaartEntry == nil ? activity.sourcePath : "\(activity.sourcePath)#agenda-\(activity.slug)",
            searchable: activity.searchable)
    }

    /// The activity's own fields for collectors (a search index), by stable names: "organiser", "locations" (its
    /// name: "Buurthuis De Beekpunt"), "places", and the field of every filter ("categories", "audiences") with the
    /// values as the filter shows them.
    func fields(of activity: AgendaActivity) -> [String: [String]] {
        var fields: [String: [String]] = [:]
        if let organiser = activity.organiserName { fields["organiser"] = [organiser] }
        if let name = activity.location?.name, !name.isEmpty { fields["locations"] = [name] }
        if let place = activity.location?.place { fields["places"] = [place] }
        for facet in settings.facets {
            let labels = activity.values(for: facet.field).map { settings.label(for: $0, in: facet.field) ?? $0 }
            if !labels.isEmpty { fields[facet.field.rawValue] = labels }
        }
        return fields
    }
}
