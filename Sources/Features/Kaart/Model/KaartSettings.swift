import BuurtCore
import Model
import YAML

/// `kaart:` in site.yml: the municipality's sociale kaart. Missing: `KaartSettings.default`.
public struct KaartSettings: Decodable, Sendable {
    /// Shown name: "Wegwijzer". Default "Sociale kaart".
    public var name: String
    /// URL segment of the kaart in every buurt site: "wegwijzer" → /<buurt>/wegwijzer/. Default "kaart".
    public var segment: String
    /// Text under the heading of the kaart's home page.
    public var intro: String?
    /// Days after `reviewed` that an entry must be checked again. Default 365.
    public var reviewIntervalDays: Int
    /// Entries overdue by more than this many days are left out of the sites and exports; nil: never.
    public var hideOverdueAfterDays: Int?
    /// Separator of the CSV export: ";" (default) or ",".
    public var csvSeparator: String
    /// Topics, in the order shown: the municipality's shared list (`categories:` in site.yml), handed over by the
    /// feature when it loads.
    public var categories: [Term]
    /// Who a service is for, in the order shown: the municipality's shared list (`audiences:` in site.yml).
    public var audiences: [Term]
    /// The filters, in the order shown.
    public var facets: [KaartFacet]
    /// Names of the two kinds of help.
    public var kinds: KaartKindLabels
    /// Who publishes the open data: the municipality of site.yml, handed over by the feature when it loads.
    public var publisher = KaartPublisher()

    public static let `default` = KaartSettings(name: "Sociale kaart", segment: "kaart")

    public init(name: String, segment: String) {
        self.init(name: name, segment: segment, intro: nil)
    }

    public init(
        name: String = "Sociale kaart", segment: String = "kaart", intro: String? = nil,
        reviewIntervalDays: Int = 365, hideOverdueAfterDays: Int? = nil, csvSeparator: String = ";",
        categories: [Term] = [], audiences: [Term] = [],
        facets: [KaartFacet] = KaartFacet.defaults, kinds: KaartKindLabels = KaartKindLabels()
    ) {
        self.name = name
        self.segment = segment
        self.intro = intro
        self.reviewIntervalDays = reviewIntervalDays
        self.hideOverdueAfterDays = hideOverdueAfterDays
        self.csvSeparator = csvSeparator
        self.categories = categories
        self.audiences = audiences
        self.facets = facets
        self.kinds = kinds
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, segment, intro, categories, audiences, facets, kinds
        case reviewIntervalDays = "review_interval_days"
        case hideOverdueAfterDays = "hide_overdue_after_days"
        case csvSeparator = "csv_separator"
    }

    /// Keys asked for only to say where they went: the lists moved to the top of site.yml, where every feature
    /// finds them.
    static let movedKeys: [CodingKeys] = [.categories, .audiences]

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? "Sociale kaart"
        segment = try container.decodeIfPresent(String.self, forKey: .segment) ?? "kaart"
        intro = try container.decodeIfPresent(String.self, forKey: .intro)
        reviewIntervalDays = try container.decodeIfPresent(Int.self, forKey: .reviewIntervalDays) ?? 365
        hideOverdueAfterDays = try container.decodeIfPresent(Int.self, forKey: .hideOverdueAfterDays)
        csvSeparator = try container.decodeIfPresent(String.self, forKey: .csvSeparator) ?? ";"
        // Both are reported, so that moving one does not just uncover the other.
        var moved: [Diagnostic] = []
        for key in Self.movedKeys where container.contains(key) {
            let node = try container.decode(YAMLNode.self, forKey: key)
            let path: NodePath = [.key("kaart"), .key(key.stringValue)]
            moved.append(
                .error(
                    at: node.location, "\(path) has moved to the top of site.yml",
                    hint: "write '\(key.stringValue):' without indentation, outside 'kaart:'; "
                        + "every feature uses the same list"))
        }
        guard moved.isEmpty else { throw DiagnosticList(moved) }
        categories = []
        audiences = []
        facets = try container.decodeIfPresent([KaartFacet].self, forKey: .facets) ?? KaartFacet.defaults
        kinds = try container.decodeIfPresent(KaartKindLabels.self, forKey: .kinds) ?? KaartKindLabels()
    }

    /// The values a field can have, with their labels, in the order shown.
    /// For `kind`: formeel and informeel with the labels of `kinds`.
    public func terms(for field: KaartField) -> [Term] {
        switch field {
        case .categories: return categories
        case .audiences: return audiences
        case .kind: return HelpKind.allCases.map { Term(value: $0.rawValue, label: kinds.label(for: $0)) }
        }
    }

    /// The label of a value ("zorg" → "Zorg en gezondheid"); nil when the field has no such value.
    public func label(for value: String, in field: KaartField) -> String? {
        terms(for: field).first { $0.value == value }?.label
    }

    /// The filter with this URL segment ("onderwerp"), if any.
    public func facet(segment: String) -> KaartFacet? {
        facets.first { $0.segment == segment }
    }

    /// The filter on this field, if the site has one.
    public func facet(for field: KaartField) -> KaartFacet? {
        facets.first { $0.field == field }
    }
}

/// The entry fields a filter can work on.
public enum KaartField: String, Decodable, CaseIterable, Hashable, Sendable {
    case categories, audiences, kind
}

/// One filter of the kaart: `/<segment>/<facet.segment>/<value>/` lists the entries with that value.
public struct KaartFacet: Decodable, Hashable, Sendable {
    public var field: KaartField
    /// Heading of the filter: "Onderwerp".
    public var label: String
    /// URL segment: "onderwerp".
    public var segment: String

    public init(field: KaartField, label: String, segment: String) {
        self.field = field
        self.label = label
        self.segment = segment
    }

    /// Onderwerp, Voor wie, Soort hulp.
    public static let defaults: [KaartFacet] = [
        KaartFacet(field: .categories, label: "Onderwerp", segment: "onderwerp"),
        KaartFacet(field: .audiences, label: "Voor wie", segment: "voor-wie"),
        KaartFacet(field: .kind, label: "Soort hulp", segment: "soort"),
    ]
}

/// Who gives the help: professionals or buurtgenoten and volunteers.
public enum HelpKind: String, Decodable, CaseIterable, Hashable, Sendable {
    case formeel, informeel
}

/// `kinds:` in the kaart settings: the shown names of the two kinds of help.
public struct KaartKindLabels: Decodable, Hashable, Sendable {
    public var formeel: String
    public var informeel: String

    public init(formeel: String = "Professionele hulp", informeel: String = "Hulp van buurtgenoten en vrijwilligers") {
        self.formeel = formeel
        self.informeel = informeel
    }

    enum CodingKeys: String, CodingKey { case formeel, informeel }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = KaartKindLabels()
        formeel = try container.decodeIfPresent(String.self, forKey: .formeel) ?? defaults.formeel
        informeel = try container.decodeIfPresent(String.self, forKey: .informeel) ?? defaults.informeel
    }

    public func label(for kind: HelpKind) -> String {
        switch kind {
        case .formeel: return formeel
        case .informeel: return informeel
        }
    }
}
