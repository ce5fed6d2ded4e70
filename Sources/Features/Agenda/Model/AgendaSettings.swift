import BuurtCore
import Model
import YAML

/// `agenda:` in site.yml: the agenda of every buurt site and of the portal. Missing: `AgendaSettings.default`.
public struct AgendaSettings: Decodable, Sendable {
    /// Shown name: "Agenda".
    public var name: String
    /// URL segment in every buurt site and in the portal: "agenda" → /<buurt>/agenda/. Default "agenda".
    public var segment: String
    /// Text under the heading of the agenda's home page.
    public var intro: String?
    /// How many weeks the agenda's home shows, from the day of the build. Default 6.
    public var weeks: Int
    /// The filters, in the order shown.
    public var facets: [AgendaFacet]
    /// Days after `reviewed` that an activity must be checked again. Default 365.
    public var reviewIntervalDays: Int
    /// Topics: the municipality's shared list (`categories:` in site.yml), handed over by the feature.
    public var categories: [Term]
    /// Who an activity is for: the municipality's shared list (`audiences:` in site.yml).
    public var audiences: [Term]

    public static let `default` = AgendaSettings()

    /// The folder of the week sheet inside the agenda: /<segment>/afdrukken/.
    public static let printSegment = "afdrukken"

    public init(
        name: String = "Agenda", segment: String = "agenda", intro: String? = nil, weeks: Int = 6,
        facets: [AgendaFacet] = AgendaFacet.defaults, reviewIntervalDays: Int = 365, categories: [Term] = [],
        audiences: [Term] = []
    ) {
        self.name = name
        self.segment = segment
        self.intro = intro
        self.weeks = weeks
        self.facets = facets
        self.reviewIntervalDays = reviewIntervalDays
        self.categories = categories
        self.audiences = audiences
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, segment, intro, weeks, facets
        case reviewIntervalDays = "review_interval_days"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? "Agenda"
        segment = try container.decodeIfPresent(String.self, forKey: .segment) ?? "agenda"
        intro = try container.decodeIfPresent(String.self, forKey: .intro)
        weeks = try container.decodeIfPresent(Int.self, forKey: .weeks) ?? 6
        facets = try container.decodeIfPresent([AgendaFacet].self, forKey: .facets) ?? AgendaFacet.defaults
        reviewIntervalDays = try container.decodeIfPresent(Int.self, forKey: .reviewIntervalDays) ?? 365
        categories = []
        audiences = []
    }

    /// The values a field can have, with their labels, in the order shown.
    public func terms(for field: AgendaField) -> [Term] {
        switch field {
        case .categories: return categories
        case .audiences: return audiences
        }
    }

    /// The label of a value ("taal" → "Taal en leren"); nil when the field has no such value.
    public func label(for value: String, in field: AgendaField) -> String? {
        terms(for: field).first { $0.value == value }?.label
    }

    /// The filter on this field, if the agenda has one.
    public func facet(for field: AgendaField) -> AgendaFacet? {
        facets.first { $0.field == field }
    }
}

/// The activity fields a filter can work on: the municipality's shared lists.
public enum AgendaField: String, Decodable, CaseIterable, Hashable, Sendable {
    case categories, audiences
}

/// One filter of the agenda: `/<segment>/<facet.segment>/<value>/` shows the dates of activities with that value.
public struct AgendaFacet: Decodable, Hashable, Sendable {
    public var field: AgendaField
    /// Heading of the filter: "Onderwerp".
    public var label: String
    /// URL segment: "onderwerp".
    public var segment: String

    public init(field: AgendaField, label: String, segment: String) {
        self.field = field
        self.label = label
        self.segment = segment
    }

    /// Onderwerp and Voor wie.
    public static let defaults: [AgendaFacet] = [
        AgendaFacet(field: .categories, label: "Onderwerp", segment: "onderwerp"),
        AgendaFacet(field: .audiences, label: "Voor wie", segment: "voor-wie"),
    ]
}
