import Foundation

/// One time a recurrence happens: its local start and end, and the time zone that gives them their moments
/// and UTC offsets. 10:00 every Saturday is 10:00 in winter and in summer; only the offset changes.
public struct Occurrence: Hashable, Sendable {
    public var start: LocalDateTime
    public var end: LocalDateTime
    public var timeZone: TimeZone

    public init(start: LocalDateTime, end: LocalDateTime, timeZone: TimeZone = .europeAmsterdam) {
        self.start = start
        self.end = end
        self.timeZone = timeZone
    }

    /// The day it starts on.
    public var day: Day { start.day }

    public var startOffset: UTCOffset { start.utcOffset(in: timeZone) }

    public var endOffset: UTCOffset { end.utcOffset(in: timeZone) }

    /// "2026-03-28T10:00:00+01:00", for schema.org's `startDate`.
    public var startISO8601: String { start.iso8601(in: timeZone) }

    /// "2026-03-28T12:00:00+01:00", for schema.org's `endDate`.
    public var endISO8601: String { end.iso8601(in: timeZone) }
}

extension Recurrence {
    /// False when the rule does not say which weeks or months it means: an interval above 1 counts from
    /// `validFrom`, so without it there is nothing to count from, and an interval below 1 is no rule. Such a
    /// rule lists no days rather than guessing. The checks demand `valid_from` for every rule with an interval
    /// above 1; such a rule made in code still has its wording ("om de maand op de 1e maandag").
    public var canListOccurrences: Bool {
        interval == 1 || (interval > 1 && validFrom != nil)
    }

    /// The days it happens from `first` through `last` (both included), in order:
    /// - weekly: the `byDay` weekdays of every `interval`-th week, weeks starting on Monday and counted from the
    ///   week of `validFrom` (RFC 5545 `WKST=MO`); an ordinal on a weekly day is ignored;
    /// - monthly: in every `interval`-th month, counted from the month of `validFrom`, the nth weekday ("2WE")
    ///   or the nth from the end ("-1FR" the last); a plain day ("WE") is every such weekday of the month;
    ///   an nth weekday that a month does not have (a 5th) is skipped in that month;
    /// - never before `validFrom`, after `validTo`, or on one of `closedDates`.
    public func days(from first: Day, through last: Day) -> [Day] {
        var result: [Day] = []
        forEachDay(from: first, through: last, skippingClosed: true) { day in
            result.append(day)
            return true
        }
        return result
    }

    /// Every occurrence from `first` through `last` (both included), in order, at `startTime`–`endTime` local time
    /// in `timeZone`. An `endTime` not after `startTime` ends on the next day (the checks do not let content
    /// write one).
    public func occurrences(
        from first: Day, through last: Day,
        in timeZone: TimeZone = .europeAmsterdam
    ) -> [Occurrence] {
        days(from: first, through: last).map { day in
            let endDay = endTime > startTime ? day : day.adding(days: 1)
            return Occurrence(
                start: LocalDateTime(day: day, time: startTime),
                end: LocalDateTime(day: endDay, time: endTime), timeZone: timeZone)
        }
    }

    /// The first day of the rule from `validFrom` on, closed dates included: the day iCalendar's `DTSTART` and
    /// HSDS's `dtstart` name, from which they count the interval as this module does (a closed first day is
    /// then an `EXDATE`). Nil without `validFrom`, or when the rule has no day before `validTo`.
    public var firstDay: Day? {
        guard let validFrom else { return nil }
        var found: Day?
        forEachDay(from: validFrom, through: validTo ?? .last, skippingClosed: false) { day in
            found = day
            return false
        }
        return found
    }

    /// Calls `body` with each day of the rule in `first...last`, in order, until it returns false.
    /// Works week by week or month by month, so a long period costs little.
    private func forEachDay(from first: Day, through last: Day, skippingClosed: Bool, _ body: (Day) -> Bool) {
        guard canListOccurrences, !byDay.isEmpty else { return }
        let start = Swift.max(first, validFrom ?? first)
        let end = Swift.min(last, validTo ?? last)
        guard start <= end else { return }
        let closed = skippingClosed ? Set(closedDates) : []
        // The week or month the interval counts from; any will do for an interval of 1.
        let anchor = validFrom ?? start
        switch frequency {
        case .weekly:
            let weekdays = uniqueWeekdays.map(\.index)
            let anchorMonday = anchor.daysSinceEpoch - anchor.weekday.index
            var monday = start.daysSinceEpoch - start.weekday.index
            let skipped = (monday - anchorMonday) / 7 % interval
            if skipped != 0 { monday += (interval - skipped) * 7 }
            while monday <= end.daysSinceEpoch {
                for index in weekdays where monday + index >= start.daysSinceEpoch {
                    guard monday + index <= end.daysSinceEpoch else { return }
                    let day = Day(daysSinceEpoch: monday + index)
                    if !closed.contains(day) && !body(day) { return }
                }
                monday += 7 * interval
            }
        case .monthly:
            let anchorMonth = anchor.year * 12 + anchor.month - 1
            var month = start.year * 12 + start.month - 1
            let skipped = (month - anchorMonth) % interval
            if skipped != 0 { month += interval - skipped }
            while let firstOfMonth = Day(year: month / 12, month: month % 12 + 1, day: 1), firstOfMonth <= end {
                for day in monthlyDays(in: firstOfMonth) where day >= start {
                    guard day <= end else { return }
                    if !closed.contains(day) && !body(day) { return }
                }
                month += interval
            }
        }
    }

    /// The days of `byDay` in the month that starts on `firstOfMonth`, in order, each once.
    private func monthlyDays(in firstOfMonth: Day) -> [Day] {
        let length = firstOfMonth.daysInMonth
        var numbers = Set<Int>()
        for item in byDay {
            // The first and the last of this weekday in the month.
            let first = 1 + (item.weekday.index - firstOfMonth.weekday.index + 7) % 7
            let last = first + (length - first) / 7 * 7
            switch item.ordinal {
            case nil: numbers.formUnion(stride(from: first, through: length, by: 7))
            case let nth? where nth > 0 && first + (nth - 1) * 7 <= length: numbers.insert(first + (nth - 1) * 7)
            case let nth? where nth < 0 && last + (nth + 1) * 7 >= 1: numbers.insert(last + (nth + 1) * 7)
            default: break
            }
        }
        return numbers.sorted().compactMap { Day(year: firstOfMonth.year, month: firstOfMonth.month, day: $0) }
    }
}
