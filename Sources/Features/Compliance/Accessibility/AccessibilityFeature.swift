import BuurtCalendar
import BuurtCore
import Model
import Site
import YAML

/// The data of each website's accessibility statement (toegankelijkheidsverklaring): its status in the Dutch
/// register (A–E), the day of its last audit and its entry in the register. Set in `accessibility:` of site.yml (the
/// portal, and every buurt site without its own) and of a buurt.yml. The statement's page (a municipality-wide page,
/// `content/pages/toegankelijkheid.md` unless `page` names another) shows the site's own data as text and a list of
/// every website of the municipality with its status, as the municipality's main site must.
public struct AccessibilityFeature: SiteFeature {
    public init() {}

    public var key: String { "accessibility" }

    public var templates: [String] { ["accessibility-statement"] }

    static let defaultPage = ContentLayout.sharedPages + "/toegankelijkheid.md"

    public var settings: [SettingsDescription] {
        let fields = [
            FieldDescription(
                "status", .text, required: true,
                "Status in het register: A voldoet volledig, B voldoet gedeeltelijk, C eerste maatregelen genomen, "
                    + "D verklaring zonder maatregelen, E geen verklaring."),
            FieldDescription("audited", .date, "Dag van het laatste onderzoek naar de toegankelijkheid."),
            FieldDescription("register", .text, "Adres (https://) van de verklaring in het register."),
        ]
        return [
            SettingsDescription(
                file: .site, key: key,
                summary: "De toegankelijkheidsverklaring van het portaal en van elke buurtsite zonder eigen gegevens.",
                fields: fields + [
                    FieldDescription("page", .text, "De pagina met de verklaring (content/pages/toegankelijkheid.md).")
                ], shape: .of(AccessibilitySettings.self)),
            SettingsDescription(
                file: .buurt, key: key, summary: "De toegankelijkheidsverklaring van deze buurtsite.", fields: fields,
                // Without `page`, which only site.yml may name: the schema refuses it here, as the build does.
                shape: .of(AccessibilitySettings.self)),
        ]
    }

    public func load(_ context: FeatureLoadContext) -> (any FeatureModel)? {
        guard let content = context.content else { return nil }
        let municipality = context.settings(AccessibilitySettings?.self, fallback: nil) ?? nil
        let own = context.buurten.map {
            ($0, context.settings(AccessibilitySettings?.self, of: $0, fallback: nil) ?? nil)
        }
        let given = [municipality].compactMap { $0 } + own.compactMap(\.1)
        guard let first = given.first else { return nil }
        var problems = given.flatMap { $0.problems(today: context.today) }
        for (_, settings) in own where settings?.page != nil {
            problems.append(
                .error(
                    at: settings!.location(of: "page"), "the statement's page can only be named in site.yml",
                    hint: "remove 'page' here: every site shows the municipality-wide page"))
        }
        let page = municipality?.page ?? Self.defaultPage
        if !content.sharedPages.contains(where: { $0.sourcePath == page }) {
            problems.append(
                .error(
                    at: municipality?.page != nil ? municipality!.location(of: "page") : first.location(of: ""),
                    "the accessibility statement's page \(page) is not a published municipality-wide page",
                    hint: "write the statement in \(Self.defaultPage), or name its file in accessibility.page of "
                        + "site.yml"))
        }
        context.diagnostics.add(contentsOf: problems)
        var sites =
            municipality.map {
                [
                    AccessibilityModel.Site(
                        folder: "", name: "Overzicht van de buurtplatforms", address: content.municipality.baseURL,
                        settings: $0)
                ]
            } ?? []
        for (buurt, settings) in own.sorted(by: { $0.0.config.name < $1.0.config.name }) {
            guard let settings = settings ?? municipality else { continue }
            sites.append(
                .init(
                    folder: buurt.slug + "/", name: buurt.config.name, address: buurt.config.baseURL, settings: settings
                ))
        }
        return AccessibilityModel(statementPage: page, sites: sites, municipality: content.municipality.name)
    }
}

/// Every website's statement data, and the page that shows it.
public struct AccessibilityModel: FeatureModel {
    public struct Site: Sendable {
        /// "" for the portal, "molenkamp/".
        public var folder: String
        public var name: String
        public var address: SiteAddress
        public var settings: AccessibilitySettings
    }

    /// The statement's Markdown file, root-relative.
    public let statementPage: String
    /// The portal first, then the buurt sites by name.
    public let sites: [Site]
    let municipality: String

    public var hasContent: Bool { !sites.isEmpty }

    /// On the statement's page: `accessibility.site` (this website's data; absent when it has none),
    /// `accessibility.sites` (every website) and `accessibility.municipality`.
    public func pageKeys(for page: Page, in buurt: Buurt?, _ site: SiteRenderer) -> [String: Any] {
        guard page.sourcePath == statementPage else { return [:] }
        let folder = buurt.map { $0.slug + "/" } ?? ""
        var keys: [String: Any] = [
            "sites": sites.map { values(of: $0, current: $0.folder == folder) }, "municipality": municipality,
        ]
        keys["site"] = sites.first { $0.folder == folder }.map { values(of: $0, current: true) }
        return ["accessibility": keys]
    }

    private func values(of site: Site, current: Bool) -> [String: Any] {
        let settings = site.settings
        var values: [String: Any] = [
            "name": site.name, "url": site.address.absolute, "status": settings.status.rawValue,
            "status_label": settings.status.label, "current": current,
        ]
        values["audited"] = settings.audited?.dutchText
        values["audited_iso"] = settings.audited?.description
        values["register"] = settings.register
        return values
    }
}
