import BuurtCalendar
import BuurtCore
import Foundation
import Model
import YAML

/// One kaart entry (a service, HSDS-style), loaded and checked on its own.
public struct KaartEntry: Sendable {
    /// Root-relative path of the entry's file.
    public var sourcePath: String
    /// nil: a municipality-wide entry from content/kaart/; else the buurt whose folder holds it.
    public var buurtSlug: String?
    /// URL part: /<buurt>/<segment>/<slug>/
    public var slug: String
    public var name: String
    /// One sentence for lists and search results.
    public var summary: String
    public var kind: HelpKind
    /// Values of `KaartSettings.categories`, at least one.
    public var categories: [String]
    /// Values of `KaartSettings.audiences`.
    public var audiences: [String]
    public var organization: KaartOrganization
    /// Free text: "Gratis; een vrijwillige bijdrage mag".
    public var cost: String?
    /// ISO 639-1 codes ("nl", "en"); see `KaartLanguage.dutchName(for:)`.
    public var languages: [String]
    /// Free text: who can use it, conditions.
    public var eligibility: String?
    public var locations: [KaartLocation]
    /// Ways to get help without visiting a location.
    public var channels: [KaartChannel]
    public var contact: KaartContact
    public var schedules: [KaartSchedule]
    /// Free text about times: "Bellen kan op werkdagen van 9 tot 17 uur."
    public var hoursNote: String?
    /// Dates it is closed, sorted; see `closedAhead(today:)`.
    public var closed: [Day]
    /// Which buurten a municipality-wide entry serves; always `.all` for an entry in a buurt folder.
    public var serves: Serves
    /// When the information was last checked.
    public var reviewed: Day
    /// E-mail address of who keeps this entry current.
    public var owner: String
    /// The Markdown description (may be empty); render it with `bodyFirstLine` for correct error lines.
    public var body: String
    /// Line of the file on which `body` starts.
    public var bodyFirstLine: Int
    /// The front matter, for locations of problems found later (unknown category, duplicate slug).
    public var frontMatterNode: YAMLNode?
    /// False with `search: false`: the entry stays out of the sites' search.
    public var searchable: Bool
    /// Old addresses of the entry's page inside each site that shows it (`aliases:`), each a redirect page.
    public var aliases: [PageAlias] = []

    public init(
        sourcePath: String, buurtSlug: String?, slug: String, name: String, summary: String = "",
        kind: HelpKind = .formeel, categories: [String] = [], audiences: [String] = [],
        organization: KaartOrganization = KaartOrganization(name: ""), cost: String? = nil,
        languages: [String] = [], eligibility: String? = nil, locations: [KaartLocation] = [],
        channels: [KaartChannel] = [], contact: KaartContact = KaartContact(), schedules: [KaartSchedule] = [],
        hoursNote: String? = nil, closed: [Day] = [], serves: Serves = .all,
        reviewed: Day = Day(year: 2000, month: 1, day: 1)!, owner: String = "", body: String = "",
        bodyFirstLine: Int = 1, frontMatterNode: YAMLNode? = nil, searchable: Bool = true
    ) {
        self.sourcePath = sourcePath
        self.buurtSlug = buurtSlug
        self.slug = slug
        self.name = name
        self.summary = summary
        self.kind = kind
        self.categories = categories
        self.audiences = audiences
        self.organization = organization
        self.cost = cost
        self.languages = languages
        self.eligibility = eligibility
        self.locations = locations
        self.channels = channels
        self.contact = contact
        self.schedules = schedules
        self.hoursNote = hoursNote
        self.closed = closed
        self.serves = serves
        self.reviewed = reviewed
        self.owner = owner
        self.body = body
        self.bodyFirstLine = bodyFirstLine
        self.frontMatterNode = frontMatterNode
        self.searchable = searchable
    }

    /// The entry's values for a filter field: its categories, its audiences, or its kind ("formeel").
    public func values(for field: KaartField) -> [String] {
        switch field {
        case .categories: return categories
        case .audiences: return audiences
        case .kind: return [kind.rawValue]
        }
    }

    /// Closed dates from `today` on, in order.
    public func closedAhead(today: Day) -> [Day] {
        closed.filter { $0 >= today }
    }
}

/// Who provides the service (HSDS organization).
public struct KaartOrganization: Hashable, Sendable {
    public var name: String
    /// http(s) URL.
    public var website: String?
    public var description: String?
    /// True when the provider is (part of) the municipality.
    public var government: Bool

    public init(name: String, website: String? = nil, description: String? = nil, government: Bool = false) {
        self.name = name
        self.website = website
        self.description = description
        self.government = government
    }
}

/// A place where the help is given.
public struct KaartLocation: Hashable, Sendable {
    /// "Buurthuis De Beek"; schedules refer to a location by this name.
    public var name: String
    /// Street and number: "Beekstraat 12".
    public var address: String
    /// Dutch postcode as written, normalised to "9999 AB".
    public var postcode: String
    /// "Lindeveen"
    public var place: String
    public var coordinates: KaartCoordinates?
    /// Free text: "Rolstoeltoegankelijk, met invalidentoilet."
    public var accessibility: String?

    public init(
        name: String, address: String, postcode: String, place: String,
        coordinates: KaartCoordinates? = nil, accessibility: String? = nil
    ) {
        self.name = name
        self.address = address
        self.postcode = postcode
        self.place = place
        self.coordinates = coordinates
        self.accessibility = accessibility
    }

    /// "Beekstraat 12, 9999 AB Lindeveen"
    public var oneLine: String { "\(address), \(postcode) \(place)" }
}

/// A point within the Netherlands (WGS 84).
public struct KaartCoordinates: Hashable, Sendable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }
}

/// Ways to get help without going to a location.
public enum KaartChannel: String, Decodable, CaseIterable, Hashable, Sendable {
    case online
    case telefoon
    case aanHuis = "aan-huis"

    /// Shown name: "Online", "Telefonisch", "Aan huis".
    public var dutchLabel: String {
        switch self {
        case .online: return "Online"
        case .telefoon: return "Telefonisch"
        case .aanHuis: return "Aan huis"
        }
    }
}

/// `contact:` of an entry.
public struct KaartContact: Hashable, Sendable {
    /// As written: "0999 123 456"; see `phoneURI`.
    public var phone: String?
    public var email: String?
    /// http(s) URL.
    public var website: String?

    public init(phone: String? = nil, email: String? = nil, website: String? = nil) {
        self.phone = phone
        self.email = email
        self.website = website
    }

    /// True when none of phone, email and website is given.
    public var isEmpty: Bool { phone == nil && email == nil && website == nil }

    /// "tel:+31999123456" for a link; nil without a (valid) phone number.
    public var phoneURI: String? { phone.flatMap(KaartPhone.uri(for:)) }
}

/// An opening time of an entry: when (the rule, with the entry's closed dates), where and a note. Only the place
/// and the note are the kaart's own; the rule and its wording are BuurtCalendar's.
public struct KaartSchedule: Hashable, Sendable {
    public var recurrence: Recurrence
    /// The name of one of the entry's locations.
    public var location: String?
    /// Free text: "Niet in de schoolvakanties".
    public var note: String?
    /// True when the schedule is in the agenda too (`agenda: true`): the agenda makes an activity of it.
    public var inAgenda: Bool
    /// Its place in the entry's `schedules:` list, counted from 0, for locations of problems found later.
    public var position: Int

    public init(
        recurrence: Recurrence, location: String? = nil, note: String? = nil, inAgenda: Bool = false,
        position: Int = 0
    ) {
        self.recurrence = recurrence
        self.location = location
        self.note = note
        self.inAgenda = inAgenda
        self.position = position
    }
}
