import BuurtCore
import YAML

/// `content/buurten/<slug>/buurt.yml`: one buurt platform with its own unique name.
public struct BuurtConfig: Decodable, Sendable {
    /// The platform's own name ("Samen Oosterhof"), unique within the municipality.
    public var name: String
    public var tagline: String
    public var description: String?
    /// Absolute address where this platform is published.
    public var baseURL: SiteAddress
    /// CBS buurtcodes (BU + 8 digits) the platform covers.
    public var cbsCodes: [String]
    /// The buurtverbinders: trained residents who keep the platform alive.
    public var connectors: [Connector]
    public var theme: ThemeOverrides?
    /// How its own host serves it (`HostingSettings.buurt`), for a buurt on a host of its own; nil when left out.
    public var hosting: HostingSection?

    /// The keys of buurt.yml the model reads itself: no feature may take one for its section.
    public static var ownKeys: [String] { CodingKeys.allCases.map(\.stringValue) }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, tagline, description, connectors, theme, hosting
        case baseURL = "base_url"
        case cbsCodes = "cbs_codes"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        tagline = try container.decode(String.self, forKey: .tagline)
        description = try container.decodeIfPresent(String.self, forKey: .description)
        baseURL = try container.decode(SiteAddress.self, forKey: .baseURL)
        cbsCodes = try container.decodeIfPresent([String].self, forKey: .cbsCodes) ?? []
        connectors = try container.decodeIfPresent([Connector].self, forKey: .connectors) ?? []
        theme = try container.decodeIfPresent(ThemeOverrides.self, forKey: .theme)
        hosting = try container.decodeIfPresent(HostingSection.self, forKey: .hosting)
        // A feature's own section (what this buurt changes of it) is read by that feature.
        try FeatureSections.accept(in: decoder)
    }
}

/// A buurtverbinder as shown on every page of the platform.
public struct Connector: Decodable, Sendable {
    public var name: String
    public var role: String?
    public var email: String?
    public var phone: String?
}

/// What one buurt may change of the municipality's theme: the logo and design tokens (accent colours).
public struct ThemeOverrides: Decodable, Sendable {
    /// Path of the logo, relative to the buurt's folder.
    public var logo: String?
    /// Token name ("basis.color.accent-1.bg-default") → value.
    public var tokens: [String: String]
    /// The raw node, for the locations of the token values.
    public var tokensNode: YAMLNode?

    enum CodingKeys: String, CodingKey { case logo, tokens }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        logo = try container.decodeIfPresent(String.self, forKey: .logo)
        tokens = try container.decodeIfPresent([String: String].self, forKey: .tokens) ?? [:]
        tokensNode = try container.decodeIfPresent(YAMLNode.self, forKey: .tokens)
    }
}
