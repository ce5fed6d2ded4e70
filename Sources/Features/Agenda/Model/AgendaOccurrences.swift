import BuurtCalendar

/// One time an activity happens (or would have, when it is cancelled), in local Amsterdam time.
public struct AgendaOccurrence: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// The date of a one-off activity.
        case once
        /// A day of the rule.
        case rule
        /// A day of the rule moved to another day or time: `from` is the rule's day.
        case moved(from: Day)
        /// An extra date.
        case extra
    }

    /// Its start; 00:00 on its first day for an all-day activity.
    public var start: LocalDateTime
    /// Its end; 00:00 on its last day for an all-day activity.
    public var end: LocalDateTime
    public var allDay: Bool
    /// The start the rule gave it before a move (iCalendar's RECURRENCE-ID); the start itself otherwise.
    public var original: LocalDateTime
    public var kind: Kind
    public var isCancelled: Bool
    /// Why it is cancelled, when that is known.
    public var reason: String?

    /// The day it starts on: the day it is listed under.
    public var day: Day { start.day }
    /// The day it ends on; later than `day` for an activity over several days (or past midnight).
    public var lastDay: Day { end.day }
}

extension AgendaActivity {
    /// Every occurrence that starts from `first` through `last` (both included), cancelled ones marked, in order
    /// of start. `today` is the build's day, from which a pause cancels occurrences.
    public func occurrences(from first: Day, through last: Day, today: Day) -> [AgendaOccurrence] {
        guard first <= last else { return [] }
        let cancelled = Dictionary(cancelled.map { ($0.day, $0.reason) }, uniquingKeysWith: { a, _ in a })
        var result: [AgendaOccurrence] = []
        func add(
            _ start: LocalDateTime, _ end: LocalDateTime, allDay: Bool, original: LocalDateTime,
            _ kind: AgendaOccurrence.Kind
        ) {
            var occurrence = AgendaOccurrence(
                start: start, end: end, allDay: allDay, original: original, kind: kind, isCancelled: false)
            if let reason = cancelled[original.day] {
                occurrence.isCancelled = true
                occurrence.reason = reason
            } else if case .paused(let until, let pauseReason) = status, start.day >= today, start.day < until {
                occurrence.isCancelled = true
                occurrence.reason = pauseReason ?? "Gepauzeerd tot \(until.dutchText)"
            }
            result.append(occurrence)
        }
        switch timing {
        case .once(let once):
            guard once.day >= first, once.day <= last else { return [] }
            let start = LocalDateTime(day: once.day, time: once.times?.start ?? Self.midnight)
            add(
                start, LocalDateTime(day: once.lastDay, time: once.times?.end ?? Self.midnight),
                allDay: once.isAllDay, original: start, .once)
        case .recurring(let rule):
            let movedFrom = Set(moved.map(\.from))
            for day in rule.days(from: first, through: last) where !movedFrom.contains(day) {
                let start = LocalDateTime(day: day, time: rule.startTime)
                add(start, Self.end(of: day, rule.startTime, rule.endTime), allDay: false, original: start, .rule)
            }
            for move in moved where move.to >= first && move.to <= last {
                add(
                    LocalDateTime(day: move.to, time: move.start), Self.end(of: move.to, move.start, move.end),
                    allDay: false, original: LocalDateTime(day: move.from, time: rule.startTime),
                    .moved(from: move.from))
            }
            for extra in extra where extra.day >= first && extra.day <= last {
                let start = LocalDateTime(day: extra.day, time: extra.start)
                add(start, Self.end(of: extra.day, extra.start, extra.end), allDay: false, original: start, .extra)
            }
            result.sort { ($0.start, $0.original) < ($1.start, $1.original) }
        }
        return result
    }

    /// The next `count` occurrences from `today` on (cancelled ones too), looking at most ten years ahead.
    public func nextOccurrences(_ count: Int, today: Day) -> [AgendaOccurrence] {
        var span = 400
        while true {
            let found = occurrences(from: today, through: today.adding(days: span), today: today)
            if found.count >= count || span >= 3660 { return Array(found.prefix(count)) }
            span *= 3
        }
    }

    /// The first occurrence from `today` on that is not cancelled.
    public func nextOccurrence(today: Day) -> AgendaOccurrence? {
        var span = 400
        while true {
            let found = occurrences(from: today, through: today.adding(days: span), today: today)
            if let next = found.first(where: { !$0.isCancelled }) { return next }
            if span >= 3660 { return nil }
            span *= 3
        }
    }

    /// The day after which nothing happens any more: a one-off's last day, a rule's `valid_to` (or a later moved
    /// or extra date); nil for a rule without an end.
    public var lastDay: Day? {
        switch timing {
        case .once(let once): return once.lastDay
        case .recurring(let rule):
            guard let validTo = rule.validTo else { return nil }
            return ([validTo] + moved.map(\.to) + extra.map(\.day)).max()
        }
    }

    /// True when its last day has passed: a one-off in the past, a rule whose `valid_to` has passed.
    public func isOver(today: Day) -> Bool {
        lastDay.map { $0 < today } ?? false
    }

    static let midnight = TimeOfDay(hour: 0, minute: 0)!

    /// The end of an occurrence that starts on `day` at `start`: the same day, or the next when `end` is not later.
    static func end(of day: Day, _ start: TimeOfDay, _ end: TimeOfDay) -> LocalDateTime {
        LocalDateTime(day: end > start ? day : day.adding(days: 1), time: end)
    }
}
