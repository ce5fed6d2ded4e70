import BuurtCore
import Model
import Site
import YAML

/// `/.well-known/security.txt` (RFC 9116) at the root of every host the build publishes: how finders of a security
/// problem reach the municipality. Set in `security_txt:` of site.yml, and field by field in buurt.yml for a buurt
/// with a domain of its own. Without any such section no file is written, and the build lists the hosts without one.
public struct SecurityTxtFeature: SiteFeature {
    public init() {}

    public var key: String { "security_txt" }

    public var settings: [SettingsDescription] {
        let fields = [
            FieldDescription(
                "contact", .list, "Waar je een beveiligingsprobleem meldt: e-mailadressen, https://-pagina's, tel:."),
            FieldDescription("expires", .date, "Tot wanneer het bestand geldt: een datum, hooguit een jaar vooruit."),
            FieldDescription("encryption", .list, "Adres (https://) van de sleutel om versleuteld te melden."),
            FieldDescription("policy", .list, "Adres (https://) van het beleid voor het melden van kwetsbaarheden."),
            FieldDescription("acknowledgments", .list, "Adres (https://) van de bedankpagina voor melders."),
            FieldDescription("hiring", .list, "Adres (https://) van vacatures in beveiliging."),
            FieldDescription("preferred_languages", .list, "Talen waarin je meldingen leest (standaard nl, en)."),
        ]
        // Each is read by hand: one text or a list of texts (`LocatedList`); `expires` a date or a date and time.
        let written = fields.map { field in
            var field = field
            field.shape = field.name == "expires" ? .text : .oneOf([.text, .list(.text)])
            return field
        }
        let shape = ValueShape.of(SecurityTxtSettings.self)
        return [
            SettingsDescription(
                file: .site, key: key,
                summary: "security.txt (RFC 9116) op elke site aan de wortel van een domein.", fields: written,
                shape: shape),
            SettingsDescription(
                file: .buurt, key: key,
                summary: "security.txt van een buurt met een eigen domein: wat anders is dan in site.yml.",
                fields: written, shape: shape),
        ]
    }

    public func load(_ context: FeatureLoadContext) -> (any FeatureModel)? {
        guard let content = context.content else { return nil }
        let municipality = context.settings(SecurityTxtSettings?.self, fallback: nil) ?? nil
        let buurten = context.buurten.map { buurt in
            (buurt, context.settings(SecurityTxtSettings?.self, of: buurt, fallback: nil) ?? nil)
        }
        let plan = SecurityTxtPlan(
            municipality: municipality, buurten: buurten, content: content, today: context.today,
            diagnostics: context.diagnostics)
        return SecurityTxtModel(files: plan.files, uncovered: plan.uncovered)
    }
}

/// The security.txt of each site that gets one.
public struct SecurityTxtModel: FeatureModel {
    /// By site folder: "" for the portal, "beekdal/".
    public let files: [String: SecurityTxtFile]
    /// Addresses of sites at a host's root that get no file, for lack of settings.
    public let uncovered: [String]

    public var hasContent: Bool { !files.isEmpty }

    public func jobs(for buurt: Buurt, _ site: SiteRenderer) -> [RenderJob] {
        job(files[buurt.slug + "/"], inputs: [ContentLayout.siteConfig, buurt.configPath])
    }

    public func portalJobs(_ site: SiteRenderer) -> [RenderJob] {
        job(files[""], inputs: [ContentLayout.siteConfig])
    }

    private func job(_ file: SecurityTxtFile?, inputs: [String]) -> [RenderJob] {
        guard let file else { return [] }
        let text = file.text
        return [RenderJob(path: SecurityTxtFile.path, body: .text { text }, inputs: inputs)]
    }

    public var report: [ReportSection] {
        guard !uncovered.isEmpty else { return [] }
        return [
            ReportSection(
                heading: "\(uncovered.count) \(uncovered.count == 1 ? "site" : "sites") at the root of a host "
                    + "got no security.txt (add security_txt: with contact and expires to site.yml; see README):",
                lines: uncovered)
        ]
    }
}
