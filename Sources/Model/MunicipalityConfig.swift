import BuurtCore
import YAML

/// `site.yml`: the municipality and its settings, shared by every buurt platform. The sections of the features
/// are read by the features themselves (`FeatureSections`).
public struct MunicipalityConfig: Decodable, Sendable {
    /// "Gemeente Lindeveen"
    public var name: String
    /// CBS gemeentecode, GM followed by four digits.
    public var cbsCode: String
    /// Content language, "nl" unless set.
    public var language: String
    /// Folder name in `themes/`.
    public var theme: String
    /// Absolute address of the portal that lists every buurt platform.
    public var baseURL: SiteAddress
    public var portalIntro: String?
    public var markdown: MarkdownSettings
    /// The municipality's topics, in the order shown; every feature sorts its items by them.
    public var categories: [Term]
    /// Who the municipality's services and activities are for, in the order shown.
    public var audiences: [Term]
    /// The province, as addresses in open data name it: "Gelderland". Features that publish addresses report it
    /// when it is missing.
    public var province: String?
    /// ISO 3166-1 country code of the addresses: "NL" unless set.
    public var country: String
    /// The licence and contact of the municipality's open data.
    public var openData: OpenDataSettings
    /// How the host serves the sites (`HostingSettings`): site.yml's `hosting:`, nil when left out.
    public var hosting: HostingSection?

    public struct MarkdownSettings: Decodable, Sendable {
        /// Raw HTML in Markdown is left out unless a site opts in.
        public var unsafeHTML: Bool

        enum CodingKeys: String, CodingKey { case unsafeHTML = "unsafe_html" }

        public init(unsafeHTML: Bool = false) { self.unsafeHTML = unsafeHTML }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            unsafeHTML = try container.decodeIfPresent(Bool.self, forKey: .unsafeHTML) ?? false
        }
    }

    /// The keys of site.yml the model reads itself: no feature may take one for its section.
    public static var ownKeys: [String] { CodingKeys.allCases.map(\.stringValue) }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, language, theme, markdown, categories, audiences, province, country
        case cbsCode = "cbs_code"
        case openData = "open_data"
        case baseURL = "base_url"
        case portalIntro = "portal_intro"
        case hosting
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        cbsCode = try container.decode(String.self, forKey: .cbsCode)
        language = try container.decodeIfPresent(String.self, forKey: .language) ?? "nl"
        theme = try container.decode(String.self, forKey: .theme)
        baseURL = try container.decode(SiteAddress.self, forKey: .baseURL)
        portalIntro = try container.decodeIfPresent(String.self, forKey: .portalIntro)
        markdown = try container.decodeIfPresent(MarkdownSettings.self, forKey: .markdown) ?? MarkdownSettings()
        categories = try container.decodeIfPresent([Term].self, forKey: .categories) ?? []
        audiences = try container.decodeIfPresent([Term].self, forKey: .audiences) ?? []
        province = try container.decodeIfPresent(String.self, forKey: .province)
        country = try container.decodeIfPresent(String.self, forKey: .country) ?? "NL"
        openData = try container.decodeIfPresent(OpenDataSettings.self, forKey: .openData) ?? OpenDataSettings()
        hosting = try container.decodeIfPresent(HostingSection.self, forKey: .hosting)
        // Each feature decodes its own section from the node; here they are only allowed.
        try FeatureSections.accept(in: decoder)
    }
}

extension MunicipalityConfig {
    /// The twelve provinces of the Netherlands, as they name themselves (Fryslân also as Friesland).
    public static let dutchProvinces = [
        "Drenthe", "Flevoland", "Friesland", "Fryslân", "Gelderland", "Groningen", "Limburg", "Noord-Brabant",
        "Noord-Holland", "Overijssel", "Utrecht", "Zeeland", "Zuid-Holland",
    ]
}
