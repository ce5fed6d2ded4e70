import Model

/// Who publishes the kaart's open data, from the top of site.yml: the municipality with its CBS code, the province
/// and country of its addresses, the language of its texts, and the licence and contact of its open data. Handed
/// over by the feature when it loads, like the shared lists.
public struct KaartPublisher: Sendable {
    /// "Gemeente Lindeveen"
    public var name: String
    /// "GM9999": part of every open-data id, so that the ids of two municipalities never meet.
    public var cbsCode: String
    /// "Gelderland"; nil when site.yml has none (the open-data check reports it).
    public var province: String?
    /// ISO 3166-1 code: "NL".
    public var country: String
    /// Language of the texts: "nl".
    public var language: String
    public var openData: OpenDataSettings

    public init(
        name: String = "", cbsCode: String = "", province: String? = nil, country: String = "NL",
        language: String = "nl", openData: OpenDataSettings = OpenDataSettings()
    ) {
        self.name = name
        self.cbsCode = cbsCode
        self.province = province
        self.country = country
        self.language = language
        self.openData = openData
    }

    /// The municipality of site.yml.
    public init(_ municipality: MunicipalityConfig) {
        self.init(
            name: municipality.name, cbsCode: municipality.cbsCode, province: municipality.province,
            country: municipality.country, language: municipality.language, openData: municipality.openData)
    }

    /// The licence of the open data, when chosen.
    public var license: OpenDataLicense? { openData.license }

    /// The ids of this municipality's open data.
    public var ids: KaartStableID { KaartStableID(municipality: cbsCode) }
}
