import BuurtCalendar
import BuurtCore
import Model
import YAML

/// The front matter of an activity file as written: types are checked by the YAML decoder (unknown keys,
/// wrong types, unknown choices, dates); required fields, times and the dates' relations are checked afterwards
/// by `AgendaActivityCheck`, so that each problem gets its own message and hint. `organiser` and `location`
/// may be written in two ways and are read from their nodes.
struct AgendaFrontMatter: Decodable {
    var title: String?
    var summary: String?
    var image: String?
    var imageAlt: String?
    var categories: [String]?
    var audiences: [String]?
    var serves: YAMLNode?
    var organiser: YAMLNode?
    var location: YAMLNode?
    var cost: String?
    var registration: Registration?
    var accessibility: String?
    var status: AgendaStatusWord?
    var pausedUntil: Day?
    var pauseReason: String?
    var reviewed: Day?
    var owner: String?
    var date: Day?
    var endDate: Day?
    var start: String?
    var end: String?
    var allDay: Bool?
    var schedule: Schedule?
    var cancelled: [Cancellation]?
    var moved: [Move]?
    var extra: [Extra]?
    var draft: Bool
    /// false: left out of the site's search.
    var search: Bool
    var aliases: [PageAlias]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case title, summary, image, categories, audiences, serves, organiser, location, cost, registration
        case accessibility, status, reviewed, owner, date, start, end, schedule, cancelled, moved, extra, draft, search
        case aliases
        case imageAlt = "image_alt"
        case pausedUntil = "paused_until"
        case pauseReason = "pause_reason"
        case endDate = "end_date"
        case allDay = "all_day"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        summary = try container.decodeIfPresent(String.self, forKey: .summary)
        image = try container.decodeIfPresent(String.self, forKey: .image)
        imageAlt = try container.decodeIfPresent(String.self, forKey: .imageAlt)
        categories = try container.decodeIfPresent([String].self, forKey: .categories)
        audiences = try container.decodeIfPresent([String].self, forKey: .audiences)
        serves = try container.decodeIfPresent(YAMLNode.self, forKey: .serves)
        organiser = try container.decodeIfPresent(YAMLNode.self, forKey: .organiser)
        location = try container.decodeIfPresent(YAMLNode.self, forKey: .location)
        cost = try container.decodeIfPresent(String.self, forKey: .cost)
        registration = try container.decodeIfPresent(Registration.self, forKey: .registration)
        accessibility = try container.decodeIfPresent(String.self, forKey: .accessibility)
        status = try container.decodeIfPresent(AgendaStatusWord.self, forKey: .status)
        pausedUntil = try container.decodeIfPresent(Day.self, forKey: .pausedUntil)
        pauseReason = try container.decodeIfPresent(String.self, forKey: .pauseReason)
        reviewed = try container.decodeIfPresent(Day.self, forKey: .reviewed)
        owner = try container.decodeIfPresent(String.self, forKey: .owner)
        date = try container.decodeIfPresent(Day.self, forKey: .date)
        endDate = try container.decodeIfPresent(Day.self, forKey: .endDate)
        start = try container.decodeIfPresent(String.self, forKey: .start)
        end = try container.decodeIfPresent(String.self, forKey: .end)
        allDay = try container.decodeIfPresent(Bool.self, forKey: .allDay)
        schedule = try container.decodeIfPresent(Schedule.self, forKey: .schedule)
        cancelled = try container.decodeIfPresent([Cancellation].self, forKey: .cancelled)
        moved = try container.decodeIfPresent([Move].self, forKey: .moved)
        extra = try container.decodeIfPresent([Extra].self, forKey: .extra)
        draft = try container.decodeIfPresent(Bool.self, forKey: .draft) ?? false
        search = try container.decodeIfPresent(Bool.self, forKey: .search) ?? true
        aliases = try container.decodeIfPresent([PageAlias].self, forKey: .aliases) ?? []
    }

    /// `organiser: { kaart: taalhuis }`
    struct KaartOrganiser: Decodable {
        var kaart: String?

        enum CodingKeys: String, CodingKey { case kaart }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            kaart = try container.decodeIfPresent(String.self, forKey: .kaart)
        }
    }

    /// `location:` with an address, or `{ kaart: <entry>, name: <one of its locations> }`.
    struct Location: Decodable {
        var kaart: String?
        var name: String?
        var address: String?
        var postcode: String?
        var place: String?

        enum CodingKeys: String, CodingKey { case kaart, name, address, postcode, place }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            kaart = try container.decodeIfPresent(String.self, forKey: .kaart)
            name = try container.decodeIfPresent(String.self, forKey: .name)
            address = try container.decodeIfPresent(String.self, forKey: .address)
            postcode = try container.decodeIfPresent(String.self, forKey: .postcode)
            place = try container.decodeIfPresent(String.self, forKey: .place)
        }
    }

    struct Registration: Decodable {
        var required: Bool?
        var how: String?
        var until: Day?

        enum CodingKeys: String, CodingKey { case required, how, until }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            required = try container.decodeIfPresent(Bool.self, forKey: .required)
            how = try container.decodeIfPresent(String.self, forKey: .how)
            until = try container.decodeIfPresent(Day.self, forKey: .until)
        }
    }

    /// The calendar module's rule, with an activity's `start` and `end`.
    struct Schedule: Decodable {
        var freq: Frequency?
        var interval: Int?
        var byday: [String]?
        var start: String?
        var end: String?
        var validFrom: Day?
        var validTo: Day?

        enum CodingKeys: String, CodingKey {
            case freq, interval, byday, start, end
            case validFrom = "valid_from"
            case validTo = "valid_to"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            freq = try container.decodeIfPresent(Frequency.self, forKey: .freq)
            interval = try container.decodeIfPresent(Int.self, forKey: .interval)
            byday = try container.decodeIfPresent([String].self, forKey: .byday)
            start = try container.decodeIfPresent(String.self, forKey: .start)
            end = try container.decodeIfPresent(String.self, forKey: .end)
            validFrom = try container.decodeIfPresent(Day.self, forKey: .validFrom)
            validTo = try container.decodeIfPresent(Day.self, forKey: .validTo)
        }
    }

    struct Cancellation: Decodable {
        var date: Day?
        var reason: String?

        enum CodingKeys: String, CodingKey { case date, reason }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            date = try container.decodeIfPresent(Day.self, forKey: .date)
            reason = try container.decodeIfPresent(String.self, forKey: .reason)
        }
    }

    struct Move: Decodable {
        var from: Day?
        var to: Day?
        var start: String?
        var end: String?

        enum CodingKeys: String, CodingKey { case from, to, start, end }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            from = try container.decodeIfPresent(Day.self, forKey: .from)
            to = try container.decodeIfPresent(Day.self, forKey: .to)
            start = try container.decodeIfPresent(String.self, forKey: .start)
            end = try container.decodeIfPresent(String.self, forKey: .end)
        }
    }

    struct Extra: Decodable {
        var date: Day?
        var start: String?
        var end: String?

        enum CodingKeys: String, CodingKey { case date, start, end }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            date = try container.decodeIfPresent(Day.self, forKey: .date)
            start = try container.decodeIfPresent(String.self, forKey: .start)
            end = try container.decodeIfPresent(String.self, forKey: .end)
        }
    }
}

/// `status:` as written.
enum AgendaStatusWord: String, Decodable, CaseIterable {
    case running, paused, stopped
}
