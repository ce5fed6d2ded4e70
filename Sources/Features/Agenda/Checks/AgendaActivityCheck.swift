import BuurtCalendar
import BuurtCore
import Kaart
import Model
import YAML

/// Checks one activity's front matter on its own (required fields, dates and times, cancelled, moved and extra
/// dates against the rule) and builds the activity. Problems that need the settings, the kaart or other
/// activities (unknown category, unknown kaart entry, slug clashes) are the catalogue's.
struct AgendaActivityCheck {
    let path: String
    /// The front matter mapping, for locations.
    let node: YAMLNode
    let root: SiteRoot
    var problems: [Diagnostic] = []

    init(path: String, node: YAMLNode, root: SiteRoot) {
        self.path = path
        self.node = node
        self.root = root
    }

    // MARK: Locations and messages

    mutating func error(_ keys: NodePath, _ message: String, hint: String? = nil) {
        problems.append(.error(at: node.node(at: keys).location, keys.message(message), hint: hint))
    }

    /// A required value that is missing or empty: reported at the mapping that should hold it.
    mutating func missing(_ keys: NodePath, key: String, hint: String) {
        let holder = node.node(at: keys)
        if let value = holder[key], !value.isNull {
            problems.append(.error(at: value.location, keys.message("'\(key)' is empty"), hint: hint))
        } else {
            problems.append(.error(at: holder.location, keys.message("missing required key '\(key)'"), hint: hint))
        }
    }

    /// Text with something in it; nil (and a problem) when absent or blank.
    mutating func required(_ value: String?, _ keys: NodePath, key: String, hint: String) -> String? {
        guard let text = trimmed(value) else {
            missing(keys, key: key, hint: hint)
            return nil
        }
        return text
    }

    func trimmed(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }

    // MARK: The activity

    /// The activity, or nil when something it needs is missing or wrong (the problems say what).
    mutating func activity(
        from front: AgendaFrontMatter, buurt: String?, slug: String, body: String, bodyFirstLine: Int
    ) -> AgendaActivity? {
        let title = required(front.title, [], key: "title", hint: "give the activity's name: 'title: Taalcafé'")
        let summary = required(
            front.summary, [], key: "summary",
            hint: "add one sentence that says what it is: 'summary: Oefen Nederlands bij een kop koffie.'")
        let categories = front.categories ?? []
        if categories.isEmpty {
            missing(
                [], key: "categories",
                hint: "list at least one topic from categories in site.yml: 'categories: [ontmoeten]'")
        }
        let audiences = front.audiences ?? []
        if audiences.isEmpty {
            missing(
                [], key: "audiences",
                hint: "say who it is for, from audiences in site.yml: 'audiences: [iedereen]'")
        }
        if front.reviewed == nil {
            missing(
                [], key: "reviewed", hint: "write the date the information was last checked: 'reviewed: 2026-11-01'")
        }
        let owner = checkOwner(front.owner)
        let image = checkImage(front.image, alt: front.imageAlt)
        let (organiser, organiserReference) = checkOrganiser(front.organiser)
        let (location, locationReference) = checkLocation(front.location)
        let registration = checkRegistration(front.registration)
        let status = checkStatus(front)
        let timing = checkTiming(front)
        let (cancelled, moved, extra) = checkExceptions(front, timing: timing)
        let (serves, servesProblems) = Serves.read(front.serves, ownBuurt: buurt, folder: "agenda", item: "activity")
        problems += servesProblems
        guard let title, let summary, !categories.isEmpty, !audiences.isEmpty, let owner,
            let reviewed = front.reviewed, location != nil || locationReference != nil, let status, let timing,
            problems.isEmpty
        else { return nil }
        return AgendaActivity(
            sourcePath: path, buurtSlug: buurt, slug: slug, title: title, summary: summary, image: image,
            categories: unique(categories), audiences: unique(audiences), serves: serves, organiser: organiser,
            organiserReference: organiserReference, location: location, locationReference: locationReference,
            cost: trimmed(front.cost), registration: registration, accessibility: trimmed(front.accessibility),
            status: status, reviewed: reviewed, owner: owner, timing: timing, cancelled: cancelled, moved: moved,
            extra: extra, body: body, bodyFirstLine: bodyFirstLine, frontMatterNode: node)
    }

    private func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }

    private mutating func checkOwner(_ owner: String?) -> String? {
        guard
            let owner = required(
                owner, [], key: "owner",
                hint: "give the e-mail address of who keeps this activity current: 'owner: agenda@lindeveen.nl'")
        else { return nil }
        guard AddressCheck.isEmail(owner) else {
            error([.key("owner")], "'\(owner)' is not an e-mail address", hint: "write it as naam@voorbeeld.nl")
            return nil
        }
        return owner
    }

    /// Pictures a browser shows in an `img`.
    static let imageExtensions: Set<String> = ["jpg", "jpeg", "png", "gif", "webp", "avif", "svg"]

    private mutating func checkImage(_ image: String?, alt: String?) -> AgendaImage? {
        guard let image = trimmed(image) else {
            if trimmed(alt) != nil {
                error([.key("image_alt")], "'image_alt' without 'image'", hint: "add 'image:' or leave out 'image_alt'")
            }
            return nil
        }
        let alt = required(
            alt, [], key: "image_alt",
            hint: "describe the picture for people who cannot see it: 'image_alt: Buren aan een lange tafel'")
        let folder = String(path.pathFolder)
        guard let source = root.normalise(folder + "/" + image), source.hasPrefix(folder + "/") else {
            error(
                [.key("image")], "image '\(image)' is not beside the activity's file",
                hint: "put the picture in \(folder)/ and write its file name")
            return nil
        }
        let fileExtension = source.pathName.split(separator: ".").last.map { $0.lowercased() } ?? ""
        guard Self.imageExtensions.contains(fileExtension) else {
            error(
                [.key("image")], "'\(image)' is not a picture a browser can show",
                hint: "use a .jpg, .png, .webp or .svg file")
            return nil
        }
        guard root.isFile(source) else {
            let siblings = root.entries(of: folder)
            error(
                [.key("image")],
                "image not found: \(source)" + Suggestion.didYouMean(String(source.pathName), among: siblings),
                hint: "put the picture next to the activity's file, or correct the file name")
            return nil
        }
        guard let alt else { return nil }
        return AgendaImage(source: source, alt: alt)
    }

    /// Free text, or `{ kaart: <entry> }`.
    private mutating func checkOrganiser(_ organiser: YAMLNode?) -> (text: String?, kaart: String?) {
        guard let organiser, !organiser.isNull else { return (nil, nil) }
        if let text = organiser.string {
            guard let text = trimmed(text) else {
                error([.key("organiser")], "'organiser' is empty", hint: "write who organises it, or leave it out")
                return (nil, nil)
            }
            return (text, nil)
        }
        guard organiser.mapping != nil else {
            error(
                [.key("organiser")], "expected a name or '{ kaart: <entry> }'",
                hint: "write 'organiser: Taalhuis Lindeveen', or 'organiser: { kaart: taalhuis }' for a kaart entry")
            return (nil, nil)
        }
        let decoded = captured {
            try YAMLDecoder().decode(AgendaFrontMatter.KaartOrganiser.self, from: organiser, at: [.key("organiser")])
        }
        guard let decoded else { return (nil, nil) }
        let slug = required(
            decoded.kaart, [.key("organiser")], key: "kaart",
            hint: "name the kaart entry by its file name: 'organiser: { kaart: taalhuis }'")
        return (nil, slug)
    }

    /// An address, or `{ kaart: <entry>, name: <location> }`. A missing location is an error: people must
    /// know where to go.
    private mutating func checkLocation(_ location: YAMLNode?) -> (
        place: KaartLocation?, kaart: (entry: String, name: String?)?
    ) {
        guard let location, !location.isNull else {
            problems.append(
                .error(
                    at: node.location, "activity has no location: people cannot tell where to go",
                    hint:
                        "add 'location:' with name, address, postcode and place, or 'location: { kaart: <entry> }' "
                        + "for a place of a kaart entry"))
            return (nil, nil)
        }
        guard location.mapping != nil else {
            error(
                [.key("location")], "expected a place with name, address, postcode and place",
                hint: "write 'location:' with 'name:', 'address:', 'postcode:' and 'place:' on the lines below it, "
                    + "or 'location: { kaart: <entry> }'")
            return (nil, nil)
        }
        let here: NodePath = [.key("location")]
        guard
            let written = captured({
                try YAMLDecoder().decode(AgendaFrontMatter.Location.self, from: location, at: here)
            })
        else { return (nil, nil) }
        if let kaart = written.kaart {
            guard let slug = trimmed(kaart) else {
                missing(here, key: "kaart", hint: "name the kaart entry by its file name: 'kaart: wijkhuiskamer'")
                return (nil, nil)
            }
            for key in ["address", "postcode", "place"] where location[key] != nil {
                error(
                    here + [.key(key)], "'\(key)' cannot be given with 'kaart'",
                    hint: "the address comes from the kaart entry; 'name' picks one of its locations")
                return (nil, nil)
            }
            return (nil, (slug, trimmed(written.name)))
        }
        let name = required(written.name, here, key: "name", hint: "name the place: 'name: Buurthuis De Beek'")
        let address = required(
            written.address, here, key: "address", hint: "give street and number: 'address: Beekstraat 12'")
        let place = required(written.place, here, key: "place", hint: "give the town or village: 'place: Lindeveen'")
        var postcode: String?
        if let text = required(written.postcode, here, key: "postcode", hint: "give the postcode: 'postcode: 9999 AB'")
        {
            postcode = KaartPostcode.normalised(text)
            if postcode == nil {
                error(
                    here + [.key("postcode")], "'\(text)' is not a Dutch postcode",
                    hint: "write four digits (not starting with 0) and two letters: 9999 AB")
            }
        }
        guard let name, let address, let place, let postcode else { return (nil, nil) }
        return (KaartLocation(name: name, address: address, postcode: postcode, place: place), nil)
    }

    private mutating func checkRegistration(_ registration: AgendaFrontMatter.Registration?) -> AgendaRegistration? {
        guard let registration else { return nil }
        let here: NodePath = [.key("registration")]
        guard let required = registration.required else {
            missing(
                here, key: "required",
                hint: "write 'required: true' when people must sign up, 'required: false' when it is welcome")
            return nil
        }
        let how = trimmed(registration.how)
        if required && how == nil {
            missing(here, key: "how", hint: "say how to sign up: 'how: Bel Gerda Wiersma, 0999 123 456'")
            return nil
        }
        return AgendaRegistration(required: required, how: how, until: registration.until)
    }

    private mutating func checkStatus(_ front: AgendaFrontMatter) -> AgendaStatus? {
        let word = front.status ?? .running
        if word != .paused {
            for (key, given) in [
                ("paused_until", front.pausedUntil != nil), ("pause_reason", front.pauseReason != nil),
            ]
            where given {
                error(
                    [.key(key)], "'\(key)' is only for 'status: paused'",
                    hint: "write 'status: paused', or leave out '\(key)'")
            }
        }
        switch word {
        case .running: return .running
        case .stopped: return .stopped
        case .paused:
            guard let until = front.pausedUntil else {
                missing(
                    [], key: "paused_until",
                    hint: "write the first day it happens again: 'paused_until: 2027-01-05'")
                return nil
            }
            return .paused(until: until, reason: trimmed(front.pauseReason))
        }
    }

    // MARK: Dates and times

    /// A time as "HH:MM"; nil (and a problem) when it is not one.
    private mutating func time(_ text: String?, _ keys: NodePath, example: String) -> TimeOfDay? {
        guard let text = trimmed(text) else { return nil }
        guard let time = TimeOfDay(text) else {
            error(keys, "'\(text)' is not a time", hint: TimeOfDay.hint(forInvalid: text, example: example))
            return nil
        }
        return time
    }

    /// A start and an end on one day, the end later; nil (and a problem) otherwise.
    private mutating func times(_ start: TimeOfDay?, _ end: TimeOfDay?, at here: NodePath) -> (TimeOfDay, TimeOfDay)? {
        guard let start, let end else { return nil }
        guard end > start else {
            error(
                here + [.key("end")], "ends at \(end) but starts at \(start): the end must be later",
                hint: end.hour < 12 && start.hour >= 12
                    ? "write times in 24 hours: 5 in the afternoon is 17:00"
                    : "check both times; an activity past midnight needs 'end_date'")
            return nil
        }
        return (start, end)
    }

    private mutating func checkTiming(_ front: AgendaFrontMatter) -> AgendaTiming? {
        switch (front.date, front.schedule) {
        case (_?, _?):
            error(
                [.key("schedule")], "an activity has 'date' (once) or 'schedule' (repeating), not both",
                hint: "keep 'date' for a one-off activity, or 'schedule' for one that repeats")
            return nil
        case (nil, nil):
            problems.append(
                .error(
                    at: node.location, "missing 'date' or 'schedule': the activity has no date",
                    hint: "write 'date: 2026-12-12' with 'start' and 'end' for a one-off activity, or 'schedule:' "
                        + "with freq, byday, start and end for one that repeats"))
            return nil
        case (let day?, nil):
            return checkOnce(front, day: day)
        case (nil, let schedule?):
            return checkSchedule(schedule)
        }
    }

    private mutating func checkOnce(_ front: AgendaFrontMatter, day: Day) -> AgendaTiming? {
        if front.schedule == nil {
            for key in ["moved", "extra"] where node[key] != nil {
                error(
                    [.key(key)], "'\(key)' is only for an activity with a 'schedule'",
                    hint: "a one-off activity has one 'date'; make it a repeating one, or leave out '\(key)'")
            }
        }
        var lastDay = day
        if let endDate = front.endDate {
            guard endDate >= day else {
                error(
                    [.key("end_date")], "end_date (\(endDate.dutchText)) is before date (\(day.dutchText))",
                    hint: "end_date is the last day of the activity; leave it out for an activity of one day")
                return nil
            }
            lastDay = endDate
        }
        if front.allDay == true {
            for key in ["start", "end"] where node[key] != nil {
                error(
                    [.key(key)], "an all-day activity has no '\(key)'",
                    hint: "leave out 'start' and 'end', or 'all_day'")
                return nil
            }
            return .once(AgendaOnce(day: day, lastDay: lastDay, times: nil))
        }
        let allDayHint = "give the time as HH:MM in quotes, or write 'all_day: true' for an activity without times"
        if trimmed(front.start) == nil { missing([], key: "start", hint: allDayHint) }
        if trimmed(front.end) == nil { missing([], key: "end", hint: allDayHint) }
        let start = time(front.start, [.key("start")], example: "14:00")
        let end = time(front.end, [.key("end")], example: "17:00")
        guard let start, let end else { return nil }
        if lastDay == day {
            guard let (start, end) = times(start, end, at: []) else { return nil }
            return .once(AgendaOnce(day: day, lastDay: day, times: (start, end)))
        }
        return .once(AgendaOnce(day: day, lastDay: lastDay, times: (start, end)))
    }

    private mutating func checkSchedule(_ schedule: AgendaFrontMatter.Schedule) -> AgendaTiming? {
        let here: NodePath = [.key("schedule")]
        for key in ["date", "end_date", "start", "end", "all_day"] where node[key] != nil {
            error(
                [.key(key)], "'\(key)' is for a one-off activity; this one has a 'schedule'",
                hint: key == "start" || key == "end"
                    ? "write '\(key)' inside 'schedule:'" : "leave out '\(key)', or 'schedule' for a one-off activity")
        }
        let written = WrittenRecurrence(
            freq: schedule.freq, interval: schedule.interval, byday: schedule.byday, opensAt: schedule.start,
            closesAt: schedule.end, validFrom: schedule.validFrom, validTo: schedule.validTo)
        let (recurrence, ruleProblems) = written.checked(times: .activity)
        for problem in ruleProblems {
            if problem.isMissing {
                missing(here, key: problem.keyName, hint: problem.hint ?? "")
                continue
            }
            var keys = here + [.key(problem.keyName)]
            if case .bydayItem(let index) = problem.key { keys.append(.index(index)) }
            error(keys, problem.message, hint: problem.hint)
        }
        guard let recurrence else { return nil }
        if recurrence.frequency == .monthly && recurrence.interval > 1 && recurrence.validFrom == nil {
            error(
                here + [.key("interval")],
                "a schedule every \(recurrence.interval) months needs 'valid_from' to tell which months",
                hint: "add 'valid_from:' with a date in the first month it happens, for example "
                    + "'valid_from: 2026-09-01'")
            return nil
        }
        if let from = recurrence.validFrom, let to = recurrence.validTo,
            recurrence.days(from: from, through: to).isEmpty
        {
            error(
                here,
                "the schedule has no date from valid_from (\(from.dutchText)) to valid_to (\(to.dutchText))",
                hint: "it is \(recurrence.dutchRecurrence); check 'byday' and the dates")
            return nil
        }
        return .recurring(recurrence)
    }

    // MARK: Cancelled, moved and extra dates

    private mutating func checkExceptions(_ front: AgendaFrontMatter, timing: AgendaTiming?)
        -> (cancelled: [AgendaCancellation], moved: [AgendaMove], extra: [AgendaExtra])
    {
        guard let timing else { return ([], [], []) }
        let rule: Recurrence?
        switch timing {
        case .once: rule = nil
        case .recurring(let recurrence): rule = recurrence
        }
        let isRuleDay = { (day: Day) in rule.map { !$0.days(from: day, through: day).isEmpty } ?? false }

        var extras: [AgendaExtra] = []
        if let rule {
            for (index, item) in (front.extra ?? []).enumerated() {
                let here: NodePath = [.key("extra"), .index(index)]
                guard let day = item.date else {
                    missing(here, key: "date", hint: "write the extra date: 'date: 2027-01-07'")
                    continue
                }
                if isRuleDay(day) {
                    error(
                        here + [.key("date")], "\(day.dutchText) is already a date of the schedule",
                        hint: "leave it out of 'extra'; to change its time, use 'moved' with the same 'from' and 'to'")
                    continue
                }
                if extras.contains(where: { $0.day == day }) {
                    error(here + [.key("date")], "\(day.dutchText) is an extra date twice", hint: "keep one of them")
                    continue
                }
                let start = time(item.start, here + [.key("start")], example: "19:00") ?? rule.startTime
                let end = time(item.end, here + [.key("end")], example: "21:00") ?? rule.endTime
                guard let (start, end) = times(start, end, at: here) else { continue }
                extras.append(AgendaExtra(day: day, start: start, end: end))
            }
        }

        var cancelled: [AgendaCancellation] = []
        for (index, item) in (front.cancelled ?? []).enumerated() {
            let here: NodePath = [.key("cancelled"), .index(index)]
            guard let day = item.date else {
                missing(here, key: "date", hint: "write the date it does not happen: 'date: 2026-12-24'")
                continue
            }
            if cancelled.contains(where: { $0.day == day }) {
                error(here + [.key("date")], "\(day.dutchText) is cancelled twice", hint: "keep one of them")
                continue
            }
            switch timing {
            case .once(let once) where day != once.day:
                error(
                    here + [.key("date")], "\(day.dutchText) is not the date of this activity (\(once.day.dutchText))",
                    hint: "write the activity's date to cancel it, or 'status: stopped' to stop it altogether")
                continue
            case .recurring(let rule) where !isRuleDay(day) && !extras.contains(where: { $0.day == day }):
                error(
                    here + [.key("date")], "\(day.dutchText) is not a date of this activity",
                    hint: Self.nearestDates(of: rule, around: day))
                continue
            default:
                break
            }
            cancelled.append(AgendaCancellation(day: day, reason: trimmed(item.reason)))
        }

        var moves: [AgendaMove] = []
        if let rule {
            for (index, item) in (front.moved ?? []).enumerated() {
                let here: NodePath = [.key("moved"), .index(index)]
                if item.from == nil {
                    missing(here, key: "from", hint: "write the date it was planned on: 'from: 2026-12-31'")
                }
                if item.to == nil {
                    missing(here, key: "to", hint: "write the date it happens instead: 'to: 2027-01-02'")
                }
                guard let from = item.from, let to = item.to else { continue }
                guard isRuleDay(from) else {
                    error(
                        here + [.key("from")], "\(from.dutchText) is not a date of the schedule",
                        hint: Self.nearestDates(of: rule, around: from))
                    continue
                }
                if cancelled.contains(where: { $0.day == from }) {
                    error(
                        here + [.key("from")], "\(from.dutchText) is both cancelled and moved",
                        hint: "keep it in 'cancelled' or in 'moved', not both")
                    continue
                }
                if moves.contains(where: { $0.from == from }) {
                    error(here + [.key("from")], "\(from.dutchText) is moved twice", hint: "keep one of them")
                    continue
                }
                let start = time(item.start, here + [.key("start")], example: "10:00") ?? rule.startTime
                let end = time(item.end, here + [.key("end")], example: "12:00") ?? rule.endTime
                guard let (start, end) = times(start, end, at: here) else { continue }
                moves.append(AgendaMove(from: from, to: to, start: start, end: end))
            }
        }
        return (
            cancelled.sorted { $0.day < $1.day }, moves.sorted { $0.from < $1.from }, extras.sorted { $0.day < $1.day }
        )
    }

    /// "it is elke donderdag; the nearest dates are 17 and 24 december 2026".
    static func nearestDates(of rule: Recurrence, around day: Day) -> String {
        let before = rule.days(from: day.adding(days: -62), through: day.adding(days: -1)).last
        let after = rule.days(from: day.adding(days: 1), through: day.adding(days: 62)).first
        let near = [before, after].compactMap { $0 }
        var hint = "it is \(rule.dutchRecurrence)"
        if !near.isEmpty { hint += "; the nearest dates are " + Dutch.dates(near) }
        return hint
    }

    /// What `body` throws, as problems; nil then.
    private mutating func captured<T>(_ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch let list as DiagnosticList {
            problems += list.diagnostics
        } catch let diagnostic as Diagnostic {
            problems.append(diagnostic)
        } catch {
            problems.append(.error(at: node.location, "\(error)"))
        }
        return nil
    }
}
