import BuurtCalendar
import BuurtCore
import Kaart
import Model
import YAML

/// One activity of the agenda: a file of content/agenda/ or a buurt's agenda/ folder, or a kaart entry's schedule
/// marked `agenda: true`. Loaded and checked on its own; the catalogue then resolves its links to the kaart.
public struct AgendaActivity: Sendable {
    /// Root-relative path of the file it comes from (for a kaart schedule: the kaart entry's file).
    public var sourcePath: String
    /// nil: municipality-wide (content/agenda/); else the buurt whose folder holds it.
    public var buurtSlug: String?
    /// URL part on a buurt site: /<buurt>/<segment>/<slug>/.
    public var slug: String
    public var title: String
    /// One sentence for lists, feeds and search results.
    public var summary: String
    public var image: AgendaImage?
    /// Values of the municipality's `categories`.
    public var categories: [String]
    /// Values of the municipality's `audiences`.
    public var audiences: [String]
    /// Which buurten a municipality-wide activity serves; `.all` for one in a buurt's folder (its own buurt).
    public var serves: Serves
    /// Who organises it, as written; with `organiserEntry` the kaart entry's organisation's name.
    public var organiser: String?
    /// `organiser: { kaart: <slug> }`, until the catalogue finds the entry.
    public var organiserReference: String?
    /// The kaart entry that organises it, whose contact details the page shows.
    public var organiserEntry: KaartEntry?
    /// Where it takes place; nil until a `location: { kaart: … }` is found on the kaart.
    public var location: KaartLocation?
    /// `location: { kaart: <slug>, name: <location> }`, until the catalogue finds the entry.
    public var locationReference: (entry: String, name: String?)?
    public var cost: String?
    public var registration: AgendaRegistration?
    /// Free text: "De zaal is gelijkvloers."
    public var accessibility: String?
    public var status: AgendaStatus
    /// When the information was last checked.
    public var reviewed: Day
    /// E-mail address of who keeps the activity current.
    public var owner: String
    public var timing: AgendaTiming
    /// Dates it does not happen, with the reason when given; sorted.
    public var cancelled: [AgendaCancellation]
    /// Occurrences on another day or at another time; sorted by their original day.
    public var moved: [AgendaMove]
    /// Dates besides the rule's; sorted.
    public var extra: [AgendaExtra]
    /// The Markdown description (may be empty); render it with `bodyFirstLine` for correct error lines.
    public var body: String
    public var bodyFirstLine: Int
    /// The front matter (for a kaart schedule: the entry's), for locations of problems found later.
    public var frontMatterNode: YAMLNode?
    /// For a kaart schedule: where in the entry's front matter it is (`schedules[2]`), for those locations.
    public var nodePath: NodePath
    /// The kaart entry it comes from, when it is a kaart schedule marked `agenda: true`.
    public var kaartEntry: KaartEntry?
    /// False when its front matter says `search: false` (a kaart schedule follows its entry).
    public var searchable: Bool
    /// Old addresses of the activity's page inside each site that shows it (`aliases:`), each a redirect page.
    public var aliases: [PageAlias] = []
    /// A note on when it is, from a kaart schedule: "Niet in juli en augustus".
    public var whenNote: String?

    public init(
        sourcePath: String, buurtSlug: String? = nil, slug: String, title: String, summary: String = "",
        image: AgendaImage? = nil, categories: [String] = [], audiences: [String] = [], serves: Serves = .all,
        organiser: String? = nil, organiserReference: String? = nil, organiserEntry: KaartEntry? = nil,
        location: KaartLocation? = nil, locationReference: (entry: String, name: String?)? = nil,
        cost: String? = nil, registration: AgendaRegistration? = nil, accessibility: String? = nil,
        status: AgendaStatus = .running, reviewed: Day = Day(year: 2000, month: 1, day: 1)!, owner: String = "",
        timing: AgendaTiming, cancelled: [AgendaCancellation] = [], moved: [AgendaMove] = [],
        extra: [AgendaExtra] = [], body: String = "", bodyFirstLine: Int = 1, frontMatterNode: YAMLNode? = nil,
        nodePath: NodePath = [], kaartEntry: KaartEntry? = nil, whenNote: String? = nil
    ) {
        self.sourcePath = sourcePath
        self.buurtSlug = buurtSlug
        self.slug = slug
        self.title = title
        self.summary = summary
        self.image = image
        self.categories = categories
        self.audiences = audiences
        self.serves = serves
        self.organiser = organiser
        self.organiserReference = organiserReference
        self.organiserEntry = organiserEntry
        self.location = location
        self.locationReference = locationReference
        self.cost = cost
        self.registration = registration
        self.accessibility = accessibility
        self.status = status
        self.reviewed = reviewed
        self.owner = owner
        self.timing = timing
        self.cancelled = cancelled
        self.moved = moved
        self.extra = extra
        self.body = body
        self.bodyFirstLine = bodyFirstLine
        self.frontMatterNode = frontMatterNode
        self.nodePath = nodePath
        self.kaartEntry = kaartEntry
        self.searchable = kaartEntry?.searchable ?? true
        self.whenNote = whenNote
    }

    /// What names the activity in the whole municipality: its slug, with its buurt in front for a buurt's own
    /// ("molenkamp-taalcafe"). Its iCalendar UID (`<key>@<host>`) and its address on the portal.
    public var key: String {
        buurtSlug.map { $0 + "-" + slug } ?? slug
    }

    /// The activity's values for a filter field.
    public func values(for field: AgendaField) -> [String] {
        switch field {
        case .categories: return categories
        case .audiences: return audiences
        }
    }

    /// True for a recurring activity.
    public var isRecurring: Bool {
        if case .recurring = timing { return true }
        return false
    }

    /// The rule of a recurring activity.
    public var recurrence: Recurrence? {
        if case .recurring(let rule) = timing { return rule }
        return nil
    }

    /// The name of who organises it: the text, or the kaart entry's organisation.
    public var organiserName: String? {
        organiser ?? organiserEntry?.organization.name
    }
}

/// A picture of the activity, a file beside it.
public struct AgendaImage: Hashable, Sendable {
    /// Root-relative path of the file.
    public var source: String
    /// Text for people who cannot see it.
    public var alt: String

    public init(source: String, alt: String) {
        self.source = source
        self.alt = alt
    }

    /// The file's name, under which it is copied beside the activity's page.
    public var fileName: String { String(source.pathName) }
}

/// `registration:`: whether people must sign up, how, and until when.
public struct AgendaRegistration: Hashable, Sendable {
    public var required: Bool
    /// "Bel Gerda Wiersma, 0999 123 456"
    public var how: String?
    public var until: Day?

    public init(required: Bool, how: String? = nil, until: Day? = nil) {
        self.required = required
        self.how = how
        self.until = until
    }
}

/// Whether the activity goes on.
public enum AgendaStatus: Hashable, Sendable {
    case running
    /// No occurrences from the build's day up to (not including) `until`.
    case paused(until: Day, reason: String?)
    /// Over for good: not in the agenda's lists or feeds, only on its own page.
    case stopped
}

/// When an activity happens: once (possibly over several days), or by a rule.
public enum AgendaTiming: Hashable, Sendable {
    case once(AgendaOnce)
    case recurring(Recurrence)
}

/// A one-off activity: one day or several, with times or all day.
public struct AgendaOnce: Hashable, Sendable {
    public var day: Day
    /// The last day; the same as `day` for a single day.
    public var lastDay: Day
    /// nil for an all-day activity.
    public var times: (start: TimeOfDay, end: TimeOfDay)?

    public init(day: Day, lastDay: Day? = nil, times: (start: TimeOfDay, end: TimeOfDay)?) {
        self.day = day
        self.lastDay = lastDay ?? day
        self.times = times
    }

    public var isAllDay: Bool { times == nil }

    public static func == (a: AgendaOnce, b: AgendaOnce) -> Bool {
        a.day == b.day && a.lastDay == b.lastDay && a.times?.start == b.times?.start && a.times?.end == b.times?.end
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(day)
        hasher.combine(lastDay)
        hasher.combine(times?.start)
        hasher.combine(times?.end)
    }
}

/// A date it does not happen.
public struct AgendaCancellation: Hashable, Sendable {
    public var day: Day
    /// "Geen taalcafé in de kerstvakantie"
    public var reason: String?

    public init(day: Day, reason: String? = nil) {
        self.day = day
        self.reason = reason
    }
}

/// An occurrence of the rule on another day or at another time.
public struct AgendaMove: Hashable, Sendable {
    /// The rule's day it replaces.
    public var from: Day
    public var to: Day
    public var start: TimeOfDay
    public var end: TimeOfDay

    public init(from: Day, to: Day, start: TimeOfDay, end: TimeOfDay) {
        self.from = from
        self.to = to
        self.start = start
        self.end = end
    }
}

/// A date besides the rule's.
public struct AgendaExtra: Hashable, Sendable {
    public var day: Day
    public var start: TimeOfDay
    public var end: TimeOfDay

    public init(day: Day, start: TimeOfDay, end: TimeOfDay) {
        self.day = day
        self.start = start
        self.end = end
    }
}
