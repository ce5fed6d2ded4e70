import BuurtCore
import Model
import Site
import YAML

/// The sociale kaart: a filterable directory of care, welfare, organisations and activities on every buurt site,
/// with the whole municipality's kaart as open data on the portal.
public struct KaartFeature: SiteFeature {
    public init() {}

    public var key: String { "kaart" }

    public var templates: [String] {
        [
            "kaart", "kaart-filter", "kaart-entry", "kaart-data", "kaart-head", "kaart-breadcrumb", "kaart-facets",
            "kaart-item", "kaart-open-data",
        ]
    }

    public var assets: [String] { ["filters.css", "filters.js", "kaart.css", "kaart.js"] }

    public var settings: [SettingsDescription] {
        [
            SettingsDescription(
                file: .site, key: key,
                summary:
                    "De sociale kaart: naam, map, tekst, filters, namen van de soorten hulp, controletermijnen en "
                    + "de CSV. Onderwerpen en doelgroepen staan bovenaan site.yml (categories, audiences).",
                fields: [
                    FieldDescription("name", .text, "Naam van de kaart, zoals bewoners hem zien (Wegwijzer)."),
                    FieldDescription("segment", .text, "Map van de kaart in elke buurtsite (wegwijzer)."),
                    FieldDescription("intro", .text, "Tekst boven de kaart."),
                    FieldDescription("facets", .list, "Filters: field, label en segment, in deze volgorde."),
                    FieldDescription("kinds", .mapping, "Namen van formele en informele hulp."),
                    FieldDescription(
                        "review_interval_days", .number,
                        "Na hoeveel dagen een vermelding opnieuw gecontroleerd moet worden."),
                    FieldDescription(
                        "hide_overdue_after_days", .number, "Na hoeveel dagen te laat een vermelding verdwijnt."),
                    FieldDescription(
                        "csv_separator", .text, "Scheidingsteken van de CSV: ; of ,.", shape: .choices([";", ","])),
                ], shape: .of(KaartSettings.self))
        ]
    }

    public var contentKinds: [ContentKindDescription] {
        [
            ContentKindDescription(
                name: "entry", folder: key, summary: "Een vermelding op de sociale kaart.",
                fields: [
                    FieldDescription("name", .text, required: true, "Naam van de hulp of activiteit."),
                    FieldDescription("summary", .text, required: true, "Eén zin over wat het is."),
                    FieldDescription("kind", .text, required: true, "formeel of informeel."),
                    FieldDescription("categories", .list, required: true, "Onderwerpen uit site.yml."),
                    FieldDescription("audiences", .list, "Doelgroepen uit site.yml."),
                    FieldDescription(
                        "organization", .mapping, required: true,
                        "Wie de hulp geeft: name, website, description en government."),
                    FieldDescription("cost", .text, "Wat het kost (gratis, € 2 per keer)."),
                    FieldDescription(
                        "languages", .list, "Talen waarin de hulp gegeven wordt, als ISO 639-1-code (nl, en, ar)."),
                    FieldDescription("eligibility", .text, "Wie er gebruik van kan maken, en onder welke voorwaarden."),
                    FieldDescription(
                        "locations", .list,
                        "Adressen waar de hulp gegeven wordt: name, address, postcode, place, latitude, longitude en "
                            + "accessibility."),
                    FieldDescription(
                        "channels", .list, "Online, telefonisch of aan huis (online, telefoon, aan-huis)."),
                    FieldDescription("contact", .mapping, "Telefoon, e-mail en website."),
                    FieldDescription(
                        "schedules", .list,
                        "Openingstijden (freq, interval, byday, opens_at, closes_at, valid_from, valid_to, location, "
                            + "note; agenda: true zet ze ook in de agenda)."),
                    FieldDescription("hours_note", .text, "Toelichting bij de openingstijden."),
                    FieldDescription("closed", .list, "Datums waarop het gesloten is."),
                    FieldDescription("serves", .list, "all, buurten of CBS-buurtcodes die de vermelding bedient."),
                    FieldDescription(
                        "reviewed", .date, required: true, "Wanneer de gegevens voor het laatst gecontroleerd zijn."),
                    FieldDescription("owner", .text, required: true, "E-mailadres van wie de vermelding bijhoudt."),
                    FieldDescription("slug", .text, "Adres van de pagina; anders uit de bestandsnaam."),
                    FieldDescription("draft", .flag, "true: gecontroleerd, maar niet gepubliceerd."),
                    FieldDescription("search", .flag, "false: niet te vinden met het zoeken op de sites."),
                    FieldDescription(
                        "aliases", .list, "Oude adressen binnen de site (oud-adres/): die sturen door naar deze pagina."
                    ),
                ], shape: .of(KaartFrontMatter.self))
        ]
    }

    public func load(_ context: FeatureLoadContext) -> (any FeatureModel)? {
        let loader = KaartLoader(root: context.root, diagnostics: context.diagnostics)
        let entries = context.contentFolders.flatMap { loader.load(folder: $0.folder, buurt: $0.buurt?.slug) }
        guard let content = context.content,
            var settings = context.settings(KaartSettings.self, fallback: .default)
        else { return nil }
        // The municipality's shared lists, which other features use too.
        settings.categories = content.municipality.categories
        settings.audiences = content.municipality.audiences
        settings.publisher = KaartPublisher(content.municipality)
        let catalogue = KaartCatalogue(
            entries: entries, settings: settings, settingsNode: content.municipalityNode[key],
            buurten: content.buurten, today: context.today, diagnostics: context.diagnostics)
        context.diagnostics.add(contentsOf: KaartOpenDataCheck.problems(catalogue, siteNode: content.municipalityNode))
        return KaartModel(catalogue: catalogue, segmentLocation: context.location(ofSetting: "segment"))
    }
}

/// The kaart of the whole municipality, checked, and what it adds to every buurt site and the portal.
public struct KaartModel: FeatureModel {
    public let catalogue: KaartCatalogue
    let segmentLocation: SourceLocation

    public var hasContent: Bool { !catalogue.all.isEmpty }

    public var reservedFolders: [ReservedFolder] {
        [
            ReservedFolder(
                segment: catalogue.settings.segment, owner: "kaart", setting: "kaart.segment",
                location: segmentLocation, portalUse: "the kaart's open data")
        ]
    }

    public func section(for buurt: Buurt) -> SiteSection? {
        let entries = catalogue.entries(for: buurt.slug).count
        guard entries > 0 else { return nil }
        let settings = catalogue.settings
        return SiteSection(name: settings.name, urlPath: settings.segment + "/", intro: settings.intro, count: entries)
    }

    public func sectionInputs(for buurt: Buurt) -> [String] {
        catalogue.entries(for: buurt.slug).map(\.sourcePath)
    }

    public func jobs(for buurt: Buurt, _ site: SiteRenderer) -> [RenderJob] {
        KaartPages(site: site, catalogue: catalogue).kaartJobs(for: buurt)
    }

    public func portalJobs(_ site: SiteRenderer) -> [RenderJob] {
        KaartPages(site: site, catalogue: catalogue).portalKaartJobs()
    }

    /// `kaart_open_data` on the portal: the municipality-wide export, its static API, description and licence.
    public func portalKeys(_ site: SiteRenderer) -> [String: Any] {
        let openData = SitePath.encode(KaartView.openDataFolder(catalogue.settings))
        var values: [String: Any] = [
            "name": catalogue.settings.name, "count": catalogue.all.count,
            "json_url": openData + "hsds.json", "csv_url": openData + "kaart.csv",
        ]
        for (key, file) in KaartView.openDataFiles { values[key] = openData + file }
        values.merge(KaartView.openDataTerms(catalogue.settings.publisher)) { _, new in new }
        return ["kaart_open_data": values]
    }

    /// The open-data folder, which other websites may read from a browser.
    public func hostFolders(for site: SiteScope) -> [HostFolder] {
        [HostFolder(KaartView.openDataFolder(catalogue.settings), .openData)]
    }

    public var report: [ReportSection] {
        let overdue = catalogue.overdueReport
        guard !overdue.isEmpty else { return [] }
        return [
            ReportSection(
                heading:
                    "\(overdue.count) kaart \(overdue.count == 1 ? "entry is" : "entries are") past the review date:",
                lines: overdue)
        ]
    }
}
