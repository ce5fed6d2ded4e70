import BuurtCalendar
import BuurtCore
import Foundation
import Kaart
import Model
import Site
import YAML

/// The agenda: one-off and recurring activities of every buurt, in front of every resident: what is on in the
/// coming weeks (by day, with filters), each activity's page, a week sheet to print for the notice board, and
/// iCalendar feeds to subscribe to. Kaart schedules marked `agenda: true` are activities too.
public struct AgendaFeature: SiteFeature {
    public init() {}

    public var key: String { "agenda" }

    public var dependencies: [String] { ["kaart"] }

    public var templates: [String] {
        [
            "agenda", "agenda-filter", "agenda-activity", "agenda-print", "agenda-head", "agenda-breadcrumb",
            "agenda-facets", "agenda-days", "agenda-date", "agenda-subscribe",
        ]
    }

    public var assets: [String] { ["filters.css", "filters.js", "agenda.css", "agenda.js"] }

    public var settings: [SettingsDescription] {
        [
            SettingsDescription(
                file: .site, key: key,
                summary:
                    "De agenda: naam, map, tekst, hoeveel weken vooruit, filters en controletermijn. Onderwerpen en "
                    + "doelgroepen staan bovenaan site.yml (categories, audiences).",
                fields: [
                    FieldDescription("name", .text, "Naam van de agenda, zoals bewoners hem zien (Agenda)."),
                    FieldDescription(
                        "segment", .text, "Map van de agenda in elke buurtsite en in het portaal (agenda)."),
                    FieldDescription("intro", .text, "Tekst boven de agenda."),
                    FieldDescription(
                        "weeks", .number, "Hoeveel weken vooruit de agenda toont, vanaf de dag van de build."),
                    FieldDescription("facets", .list, "Filters: field (categories of audiences), label en segment."),
                    FieldDescription(
                        "review_interval_days", .number,
                        "Na hoeveel dagen een activiteit opnieuw gecontroleerd moet worden."),
                ], shape: .of(AgendaSettings.self))
        ]
    }

    public var contentKinds: [ContentKindDescription] {
        [
            ContentKindDescription(
                name: "activity", folder: key, summary: "Een activiteit in de agenda: één keer of herhalend.",
                fields: [
                    FieldDescription("title", .text, required: true, "Naam van de activiteit."),
                    FieldDescription("summary", .text, required: true, "Eén zin over wat het is."),
                    FieldDescription("image", .text, "Een afbeelding naast het bestand."),
                    FieldDescription("image_alt", .text, "Wat er op de afbeelding staat (nodig bij image)."),
                    FieldDescription("categories", .list, required: true, "Onderwerpen uit site.yml."),
                    FieldDescription("audiences", .list, required: true, "Doelgroepen uit site.yml."),
                    FieldDescription("serves", .list, "all of de buurten waar de activiteit voor is."),
                    FieldDescription(
                        "organiser", .text, "Wie het organiseert, of { kaart: <vermelding> }.",
                        shape: .oneOf([.text, .of(AgendaFrontMatter.KaartOrganiser.self)])),
                    FieldDescription(
                        "location", .mapping, required: true,
                        "Waar: name, address, postcode en place, of { kaart: <vermelding>, name: <locatie> }.",
                        shape: .of(AgendaFrontMatter.Location.self)),
                    FieldDescription("cost", .text, "Wat het kost."),
                    FieldDescription("registration", .mapping, "Aanmelden: required, how en until."),
                    FieldDescription("accessibility", .text, "Toegankelijkheid van de plek."),
                    FieldDescription("status", .text, "running, paused of stopped."),
                    FieldDescription("paused_until", .date, "Bij paused: de eerste dag dat het weer doorgaat."),
                    FieldDescription("pause_reason", .text, "Bij paused: waarom."),
                    FieldDescription("date", .date, "Eenmalig: de datum."),
                    FieldDescription("end_date", .date, "Eenmalig over meer dagen: de laatste dag."),
                    FieldDescription("start", .text, "Eenmalig: begintijd (HH:MM)."),
                    FieldDescription("end", .text, "Eenmalig: eindtijd (HH:MM)."),
                    FieldDescription("all_day", .flag, "Eenmalig: de hele dag, zonder tijden."),
                    FieldDescription(
                        "schedule", .mapping,
                        "Herhalend: freq, interval, byday, start, end, valid_from en valid_to."),
                    FieldDescription("cancelled", .list, "Datums die niet doorgaan: date en reason."),
                    FieldDescription("moved", .list, "Verplaatste datums: from, to, start en end."),
                    FieldDescription("extra", .list, "Extra datums: date, start en end."),
                    FieldDescription(
                        "reviewed", .date, required: true, "Wanneer de gegevens voor het laatst gecontroleerd zijn."),
                    FieldDescription("owner", .text, required: true, "E-mailadres van wie de activiteit bijhoudt."),
                    FieldDescription("draft", .flag, "true: gecontroleerd, maar niet gepubliceerd."),
                    FieldDescription("search", .flag, "false: niet te vinden met het zoeken op de sites."),
                    FieldDescription(
                        "aliases", .list, "Oude adressen binnen de site (oud-adres/): die sturen door naar deze pagina."
                    ),
                ], shape: .of(AgendaFrontMatter.self))
        ]
    }

    public func load(_ context: FeatureLoadContext) -> (any FeatureModel)? {
        let loader = AgendaLoader(root: context.root, diagnostics: context.diagnostics)
        let activities = context.contentFolders.flatMap { loader.load(folder: $0.folder, buurt: $0.buurt?.slug) }
        guard let content = context.content,
            var settings = context.settings(AgendaSettings.self, fallback: .default)
        else { return nil }
        settings.categories = content.municipality.categories
        settings.audiences = content.municipality.audiences
        let kaart = context.model(KaartModel.self, of: "kaart")?.catalogue
        let catalogue = AgendaCatalogue(
            activities: activities, kaart: kaart, settings: settings, settingsNode: content.municipalityNode[key],
            buurten: content.buurten, today: context.today, host: Self.host(of: content.municipality.baseURL),
            diagnostics: context.diagnostics)
        return AgendaModel(
            catalogue: catalogue, segmentLocation: context.location(ofSetting: "segment"),
            hasContent: !catalogue.all.isEmpty)
    }

    /// "www.lindeveen.nl" for "https://www.lindeveen.nl/buurten/": the domain part of UIDs.
    static func host(of address: SiteAddress) -> String {
        URL(string: address.absolute)?.host?.lowercased().nonEmpty ?? "buurtsite.invalid"
    }
}

/// The agenda of the whole municipality, checked, and what it adds to every buurt site and the portal.
public struct AgendaModel: FeatureModel {
    public let catalogue: AgendaCatalogue
    let segmentLocation: SourceLocation
    /// True when some buurt site shows an activity.
    public let hasContent: Bool

    /// The agenda's folder, once there are activities: until then a page may still be called "agenda" (a buurt's
    /// list of activities written as a page, from before the agenda).
    public var reservedFolders: [ReservedFolder] {
        guard hasContent else { return [] }
        return [
            ReservedFolder(
                segment: catalogue.settings.segment, owner: "agenda", setting: "agenda.segment",
                location: segmentLocation, portalUse: "the agenda of all buurten")
        ]
    }

    public func section(for buurt: Buurt) -> SiteSection? {
        let activities = catalogue.activities(for: buurt.slug).filter { $0.status != .stopped }
        guard !activities.isEmpty else { return nil }
        let settings = catalogue.settings
        return SiteSection(
            name: settings.name, urlPath: settings.segment + "/", intro: settings.intro, count: activities.count)
    }

    public func sectionInputs(for buurt: Buurt) -> [String] {
        Array(Set(catalogue.activities(for: buurt.slug).map(\.sourcePath))).sorted()
    }

    public func jobs(for buurt: Buurt, _ site: SiteRenderer) -> [RenderJob] {
        AgendaPages(site: site, catalogue: catalogue).jobs(for: buurt)
    }

    public func portalJobs(_ site: SiteRenderer) -> [RenderJob] {
        AgendaPages(site: site, catalogue: catalogue).jobs(for: nil)
    }

    /// `agenda_next` on a buurt's home: the next five dates that go ahead.
    public func homeKeys(for buurt: Buurt, _ site: SiteRenderer) -> [String: Any] {
        nextKeys(AgendaView(catalogue: catalogue, buurt: buurt, municipality: site.content.municipality))
    }

    /// `agenda_next` on the portal's home: the next five dates of all buurten.
    public func portalKeys(_ site: SiteRenderer) -> [String: Any] {
        nextKeys(AgendaView(catalogue: catalogue, buurt: nil, municipality: site.content.municipality))
    }

    private func nextKeys(_ view: AgendaView) -> [String: Any] {
        guard !view.listed.isEmpty else { return [:] }
        let next = view.window.lazy.filter { !$0.occurrence.isCancelled }.prefix(5)
            .map { view.dateValues($0, urlPath: "", headingLevel: 3, showingDay: true) }
        return [
            "agenda_next": [
                "name": view.settings.name, "url": SitePath.encode(view.homePath), "dates": Array(next),
                "has_dates": !next.isEmpty,
            ] as [String: Any]
        ]
    }

    public var report: [ReportSection] {
        var sections: [ReportSection] = []
        let over = catalogue.overReport
        if !over.isEmpty {
            sections.append(
                ReportSection(
                    heading: "\(over.count) agenda \(over.count == 1 ? "activity is" : "activities are") over "
                        + "(a past date or valid_to); remove or renew:",
                    lines: over))
        }
        let overdue = catalogue.overdueReport
        if !overdue.isEmpty {
            sections.append(
                ReportSection(
                    heading:
                        "\(overdue.count) agenda \(overdue.count == 1 ? "activity is" : "activities are") past the "
                        + "review date:",
                    lines: overdue))
        }
        return sections
    }
}
