import Foundation

/// A recurrence as a content file writes it, before its checks: what the YAML decoder could read, nil where
/// a key is absent. Times and `byday` stay text so that a wrong one gets a message that names the fix.
public struct WrittenRecurrence: Sendable {
    public var freq: Frequency?
    public var interval: Int?
    public var byday: [String]?
    public var opensAt: String?
    public var closesAt: String?
    public var validFrom: Day?
    public var validTo: Day?
    /// Passed on to `Recurrence.closedDates` unchecked: any day may be closed.
    public var closedDates: [Day]

    public init(
        freq: Frequency? = nil, interval: Int? = nil, byday: [String]? = nil, opensAt: String? = nil,
        closesAt: String? = nil, validFrom: Day? = nil, validTo: Day? = nil, closedDates: [Day] = []
    ) {
        self.freq = freq
        self.interval = interval
        self.byday = byday
        self.opensAt = opensAt
        self.closesAt = closesAt
        self.validFrom = validFrom
        self.validTo = validTo
        self.closedDates = closedDates
    }
}

/// One problem of a written recurrence. It has no file location: the module does not know where the rule was
/// written, so the feature that read it places the problem at `key` (and may put its own key path in front).
public struct RecurrenceProblem: Hashable, Sendable {
    /// The key the problem is about.
    public enum Key: Hashable, Sendable {
        case freq, interval, byday, opensAt, closesAt, validFrom, validTo
        /// One item of `byday`, counted from 0.
        case bydayItem(Int)

        /// As opening hours write it: "freq", "opens_at"; "byday" for an item of it too.
        public var name: String { name(RecurrenceTimeKeys.openingHours) }

        /// As a content file with these names for the times writes it: "opens_at", or "start" for an activity.
        public func name(_ times: RecurrenceTimeKeys) -> String {
            switch self {
            case .freq: return "freq"
            case .interval: return "interval"
            case .byday, .bydayItem: return "byday"
            case .opensAt: return times.start
            case .closesAt: return times.end
            case .validFrom: return "valid_from"
            case .validTo: return "valid_to"
            }
        }
    }

    public var key: Key
    /// The key as the content file writes it: `key.name(times)` for the names the check was given.
    public var keyName: String
    /// True for a required key that is absent or empty. `message` then says "missing required key '…'";
    /// a reader that sees the key written without a value may rather say "'…' is empty".
    public var isMissing: Bool
    public var message: String
    /// How to fix it, with an example where that helps.
    public var hint: String?

    public init(key: Key, keyName: String? = nil, isMissing: Bool = false, message: String, hint: String?) {
        self.key = key
        self.keyName = keyName ?? key.name
        self.isMissing = isMissing
        self.message = message
        self.hint = hint
    }
}

extension WrittenRecurrence {
    /// The recurrence when every part makes sense; otherwise nil and the problems, in the order of the keys.
    /// All problems are found in one pass, so an editor fixes a rule in one go.
    /// `times` names the keys of the times in messages: `opens_at`/`closes_at` for opening hours, `start`/`end`
    /// for an activity.
    public func checked(times: RecurrenceTimeKeys = .openingHours)
        -> (recurrence: Recurrence?, problems: [RecurrenceProblem])
    {
        var problems: [RecurrenceProblem] = []
        if freq == nil {
            problems.append(
                Self.missing(
                    .freq, times,
                    hint: "write 'freq: weekly' (every week) or 'freq: monthly' (every month)"))
        }
        let interval = self.interval ?? 1
        if interval < 1 {
            problems.append(
                RecurrenceProblem(
                    key: .interval, message: "interval must be 1 or more, found \(interval)",
                    hint: "1 is every week or month, 2 every other one; leave it out for 1"))
        }
        let days = checkedByDay(times, &problems)
        let opensAt = Self.checkedTime(opensAt, key: .opensAt, times, example: "10:00", &problems)
        let closesAt = Self.checkedTime(closesAt, key: .closesAt, times, example: "12:00", &problems)
        if let opensAt, let closesAt, closesAt <= opensAt {
            problems.append(
                RecurrenceProblem(
                    key: .closesAt, keyName: times.end,
                    message: "\(times.endVerb) at \(closesAt) but \(times.startVerb) at \(opensAt): "
                        + "\(times.endNoun) must be later",
                    hint: closesAt.hour < 12 && opensAt.hour >= 12
                        ? "write times in 24 hours: 5 in the afternoon is 17:00"
                        : "check both times; a schedule cannot run past midnight"))
        }
        if let freq, interval > 1 && validFrom == nil {
            // The interval counts from valid_from's week or month (RFC 5545's DTSTART): without it, no one can
            // tell which weeks or months are meant.
            let unit = freq == .weekly ? "weeks" : "months"
            problems.append(
                RecurrenceProblem(
                    key: .interval,
                    message: "a schedule every \(interval) \(unit) needs 'valid_from' to tell which \(unit)",
                    hint: "add 'valid_from:' with a date in the first \(freq == .weekly ? "week" : "month") it is "
                        + "open, for example 'valid_from: 2026-01-06'"))
        }
        if let from = validFrom, let to = validTo, to < from {
            problems.append(
                RecurrenceProblem(
                    key: .validTo, message: "valid_to (\(to.dutchText)) is before valid_from (\(from.dutchText))",
                    hint: "valid_to is the last day the times apply; it cannot be before the first"))
        }
        guard problems.isEmpty, let freq, let days, let opensAt, let closesAt else { return (nil, problems) }
        let recurrence = Recurrence(
            frequency: freq, interval: interval, byDay: days, startTime: opensAt,
            endTime: closesAt, validFrom: validFrom, validTo: validTo, closedDates: closedDates)
        return (recurrence, [])
    }

    /// Editors often write days the Dutch way ("di", "donderdag"): the problem then names the code to use.
    private static let dutchDayCodes: [String: Weekday] = [
        "ma": .monday, "di": .tuesday, "wo": .wednesday, "do": .thursday, "vr": .friday, "za": .saturday, "zo": .sunday,
    ]

    private static func missing(_ key: RecurrenceProblem.Key, _ times: RecurrenceTimeKeys, hint: String)
        -> RecurrenceProblem
    {
        let name = key.name(times)
        return RecurrenceProblem(
            key: key, keyName: name, isMissing: true, message: "missing required key '\(name)'", hint: hint)
    }

    private static func checkedTime(
        _ text: String?, key: RecurrenceProblem.Key, _ times: RecurrenceTimeKeys, example: String,
        _ problems: inout [RecurrenceProblem]
    ) -> TimeOfDay? {
        let name = key.name(times)
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            problems.append(
                missing(key, times, hint: "write the time as HH:MM in quotes: '\(name): \"\(example)\"'"))
            return nil
        }
        if let time = TimeOfDay(text) { return time }
        let hint = TimeOfDay.hint(forInvalid: text, example: example)
        problems.append(RecurrenceProblem(key: key, keyName: name, message: "'\(text)' is not a time", hint: hint))
        return nil
    }

    /// The `byday` items, checked against the frequency: weekly takes plain days, monthly needs an ordinal.
    private func checkedByDay(_ times: RecurrenceTimeKeys, _ problems: inout [RecurrenceProblem]) -> [ByDay]? {
        guard let items = byday, !items.isEmpty else {
            problems.append(
                Self.missing(
                    .byday, times,
                    hint: freq == .monthly
                        ? "say which days, with their place in the month: 'byday: [2WE]' is the 2nd Wednesday, "
                            + "'-1FR' the last Friday"
                        : "say which days: 'byday: [TU]' for Tuesday, or [MO, TH] for Monday and Thursday"))
            return nil
        }
        var result: [ByDay] = []
        var valid = true
        func problem(_ index: Int, _ message: String, hint: String) {
            problems.append(RecurrenceProblem(key: .bydayItem(index), message: message, hint: hint))
            valid = false
        }
        for (index, text) in items.enumerated() {
            guard let day = ByDay(text) else {
                let upper = text.uppercased()
                var suggestion = upper != text && ByDay(upper) != nil ? " (write it in capitals: '\(upper)')" : ""
                if suggestion.isEmpty, let code = Self.dutchDayCodes[String(text.lowercased().prefix(2))],
                    text.lowercased().allSatisfy(\.isLetter)
                {
                    suggestion = " (for \(code.dutchName) write '\(code.rawValue)')"
                }
                problem(
                    index, "'\(text)' is not a day\(suggestion)",
                    hint: "days are MO TU WE TH FR SA SU; monthly schedules put the week in front: 2WE, -1FR")
                continue
            }
            if text.uppercased() != text || text.hasPrefix("+") {
                problem(
                    index, "write '\(day)' instead of '\(text)'",
                    hint: "days are written in capitals, without a '+'")
                continue
            }
            let code = day.weekday.rawValue
            let english = day.weekday.englishName
            switch (freq, day.ordinal) {
            case (.weekly, let ordinal?):
                problem(
                    index, "'\(text)' names a week of the month, but the schedule is weekly",
                    hint: "write '\(code)' for every \(day.weekday.dutchName), or use 'freq: monthly' for the "
                        + "\(Self.englishOrdinal(ordinal)) \(english) of the month")
            case (.monthly, nil):
                problem(
                    index, "'\(text)' has no week of the month, but the schedule is monthly",
                    hint: "put the week in front: '2\(code)' is the 2nd \(english), '-1\(code)' the last; "
                        + "or use 'freq: weekly'")
            case (.monthly, let ordinal?) where !((1...4).contains(ordinal) || ordinal == -1):
                problem(
                    index, "'\(text)': the week of the month must be 1 to 4, or -1 for the last",
                    hint: ordinal == 5
                        ? "not every month has a 5th \(english); use -1 for the last one"
                        : "1WE is the first Wednesday, -1WE the last")
            default:
                result.append(day)
            }
        }
        return valid ? result : nil
    }

    /// "1st", "2nd", "3rd", "4th", "last".
    private static func englishOrdinal(_ number: Int) -> String {
        switch number {
        case -1: return "last"
        case 1: return "1st"
        case 2: return "2nd"
        case 3: return "3rd"
        default: return "\(number)th"
        }
    }
}

/// The names of a recurrence's two times in a content file, and the words its messages use for them.
public struct RecurrenceTimeKeys: Sendable, Hashable {
    /// "opens_at", "start"
    public var start: String
    /// "closes_at", "end"
    public var end: String
    /// "opens", "starts": "closes at 10:00 but opens at 12:00".
    public var startVerb: String
    /// "closes", "ends"
    public var endVerb: String
    /// "closing time", "the end": "… must be later".
    public var endNoun: String

    public init(start: String, end: String, startVerb: String, endVerb: String, endNoun: String) {
        self.start = start
        self.end = end
        self.startVerb = startVerb
        self.endVerb = endVerb
        self.endNoun = endNoun
    }

    /// Opening hours (the kaart): `opens_at`, `closes_at`.
    public static let openingHours = RecurrenceTimeKeys(
        start: "opens_at", end: "closes_at", startVerb: "opens", endVerb: "closes", endNoun: "closing time")
    /// An activity (the agenda): `start`, `end`.
    public static let activity = RecurrenceTimeKeys(
        start: "start", end: "end", startVerb: "starts", endVerb: "ends", endNoun: "the end")
}
