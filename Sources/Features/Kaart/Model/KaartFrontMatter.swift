import BuurtCalendar
import BuurtCore
import Model
import YAML

/// The front matter of an entry file as written: types are checked by the YAML decoder (unknown keys,
/// wrong types, unknown choices); required fields and formats are checked afterwards by `KaartEntryCheck`,
/// so that each problem gets its own message and hint.
struct KaartFrontMatter: Decodable {
    var name: String?
    var summary: String?
    var kind: HelpKind?
    var categories: [String]?
    var audiences: [String]?
    var organization: Organization?
    var cost: String?
    var languages: [String]?
    var eligibility: String?
    var locations: [Location]?
    var channels: [KaartChannel]?
    var contact: Contact?
    var schedules: [Schedule]?
    var hoursNote: String?
    var closed: [Day]?
    var serves: YAMLNode?
    var reviewed: Day?
    var owner: String?
    var slug: String?
    var draft: Bool
    var search: Bool
    var aliases: [PageAlias]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, summary, kind, categories, audiences, organization, cost, languages, eligibility, locations
        case channels, contact, schedules, closed, serves, reviewed, owner, slug, draft, search, aliases
        case hoursNote = "hours_note"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        summary = try container.decodeIfPresent(String.self, forKey: .summary)
        kind = try container.decodeIfPresent(HelpKind.self, forKey: .kind)
        categories = try container.decodeIfPresent([String].self, forKey: .categories)
        audiences = try container.decodeIfPresent([String].self, forKey: .audiences)
        organization = try container.decodeIfPresent(Organization.self, forKey: .organization)
        cost = try container.decodeIfPresent(String.self, forKey: .cost)
        languages = try container.decodeIfPresent([String].self, forKey: .languages)
        eligibility = try container.decodeIfPresent(String.self, forKey: .eligibility)
        locations = try container.decodeIfPresent([Location].self, forKey: .locations)
        channels = try container.decodeIfPresent([KaartChannel].self, forKey: .channels)
        contact = try container.decodeIfPresent(Contact.self, forKey: .contact)
        schedules = try container.decodeIfPresent([Schedule].self, forKey: .schedules)
        hoursNote = try container.decodeIfPresent(String.self, forKey: .hoursNote)
        closed = try container.decodeIfPresent([Day].self, forKey: .closed)
        serves = try container.decodeIfPresent(YAMLNode.self, forKey: .serves)
        reviewed = try container.decodeIfPresent(Day.self, forKey: .reviewed)
        owner = try container.decodeIfPresent(String.self, forKey: .owner)
        slug = try container.decodeIfPresent(String.self, forKey: .slug)
        draft = try container.decodeIfPresent(Bool.self, forKey: .draft) ?? false
        search = try container.decodeIfPresent(Bool.self, forKey: .search) ?? true
        aliases = try container.decodeIfPresent([PageAlias].self, forKey: .aliases) ?? []
    }

    struct Organization: Decodable {
        var name: String?
        var website: String?
        var description: String?
        var government: Bool

        enum CodingKeys: String, CodingKey { case name, website, description, government }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decodeIfPresent(String.self, forKey: .name)
            website = try container.decodeIfPresent(String.self, forKey: .website)
            description = try container.decodeIfPresent(String.self, forKey: .description)
            government = try container.decodeIfPresent(Bool.self, forKey: .government) ?? false
        }
    }

    struct Location: Decodable {
        var name: String?
        var address: String?
        var postcode: String?
        var place: String?
        var latitude: Double?
        var longitude: Double?
        var accessibility: String?

        enum CodingKeys: String, CodingKey { case name, address, postcode, place, latitude, longitude, accessibility }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decodeIfPresent(String.self, forKey: .name)
            address = try container.decodeIfPresent(String.self, forKey: .address)
            postcode = try container.decodeIfPresent(String.self, forKey: .postcode)
            place = try container.decodeIfPresent(String.self, forKey: .place)
            latitude = try container.decodeIfPresent(Double.self, forKey: .latitude)
            longitude = try container.decodeIfPresent(Double.self, forKey: .longitude)
            accessibility = try container.decodeIfPresent(String.self, forKey: .accessibility)
        }
    }

    struct Contact: Decodable {
        var phone: String?
        var email: String?
        var website: String?

        enum CodingKeys: String, CodingKey { case phone, email, website }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            phone = try container.decodeIfPresent(String.self, forKey: .phone)
            email = try container.decodeIfPresent(String.self, forKey: .email)
            website = try container.decodeIfPresent(String.self, forKey: .website)
        }
    }

    struct Schedule: Decodable {
        var freq: Frequency?
        var interval: Int?
        var byday: [String]?
        var opensAt: String?
        var closesAt: String?
        var validFrom: Day?
        var validTo: Day?
        var location: String?
        var note: String?
        /// True: the schedule is in the agenda too, as an activity of the entry.
        var agenda: Bool

        enum CodingKeys: String, CodingKey {
            case freq, interval, byday, location, note, agenda
            case opensAt = "opens_at"
            case closesAt = "closes_at"
            case validFrom = "valid_from"
            case validTo = "valid_to"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            freq = try container.decodeIfPresent(Frequency.self, forKey: .freq)
            interval = try container.decodeIfPresent(Int.self, forKey: .interval)
            byday = try container.decodeIfPresent([String].self, forKey: .byday)
            opensAt = try container.decodeIfPresent(String.self, forKey: .opensAt)
            closesAt = try container.decodeIfPresent(String.self, forKey: .closesAt)
            validFrom = try container.decodeIfPresent(Day.self, forKey: .validFrom)
            validTo = try container.decodeIfPresent(Day.self, forKey: .validTo)
            location = try container.decodeIfPresent(String.self, forKey: .location)
            note = try container.decodeIfPresent(String.self, forKey: .note)
            agenda = try container.decodeIfPresent(Bool.self, forKey: .agenda) ?? false
        }
    }
}
