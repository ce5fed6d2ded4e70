import BuurtCore
import YAML

/// `open_data:` in site.yml: the terms on which the municipality publishes its open data (the kaart's HSDS JSON
/// and CSV), and whom to ask about it. Features that publish data report a missing licence or contact themselves.
public struct OpenDataSettings: Decodable, Sendable {
    /// The licence of every open-data file; nil when none is chosen.
    public var license: OpenDataLicense?
    /// An e-mail address or a web address (a contact form) for questions about the data.
    public var contact: String?

    public init(license: OpenDataLicense? = nil, contact: String? = nil) {
        self.license = license
        self.contact = contact
    }

    enum CodingKeys: String, CodingKey { case license, contact }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        license = try container.decodeIfPresent(OpenDataLicense.self, forKey: .license)
        contact = try container.decodeIfPresent(String.self, forKey: .contact)
    }

    /// The contact as a URI: "mailto:…" for an e-mail address, else the web address as written.
    public var contactURI: String? {
        contact.map { AddressCheck.isEmail($0) ? "mailto:" + $0 : $0 }
    }
}

/// The licences open data can have: Creative Commons, which DCAT-AP-NL (the Dutch government's description of
/// datasets) requires. Written in site.yml by their SPDX identifiers.
public enum OpenDataLicense: String, Decodable, CaseIterable, Sendable {
    /// No rights reserved: anyone may use the data for anything, without naming the source.
    case cc0 = "CC0-1.0"
    /// Anyone may use the data for anything, naming the source.
    case ccBy = "CC-BY-4.0"

    /// "CC0 1.0", as the licence calls itself.
    public var name: String {
        switch self {
        case .cc0: return "CC0 1.0"
        case .ccBy: return "CC BY 4.0"
        }
    }

    /// The licence's summary in Dutch, for people: "https://creativecommons.org/publicdomain/zero/1.0/deed.nl".
    public var url: String {
        switch self {
        case .cc0: return "https://creativecommons.org/publicdomain/zero/1.0/deed.nl"
        case .ccBy: return "https://creativecommons.org/licenses/by/4.0/deed.nl"
        }
    }

    /// The licence as DCAT-AP-NL's examples and data.overheid.nl name it (with http, as there).
    public var dcatURI: String {
        "http" + url.dropFirst("https".count)
    }

    /// True when whoever uses the data must name its source.
    public var requiresAttribution: Bool { self == .ccBy }
}
