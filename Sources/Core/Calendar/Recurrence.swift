/// How often a recurrence repeats: RFC 5545's `FREQ`, the two values that opening times and activities need.
public enum Frequency: String, Decodable, CaseIterable, Hashable, Sendable {
    case weekly, monthly
}

/// A time slot that repeats: the subset of an RFC 5545 `RRULE` that municipal opening times and activities use
/// (`FREQ=WEEKLY|MONTHLY`, `INTERVAL`, `BYDAY` with an ordinal for monthly rules, `WKST=MO`), with a period
/// (`valid_from`, `valid_to`) and days it does not happen (`closed`, iCalendar's `EXDATE`).
/// Content files write it as `freq`, `interval`, `byday`, `opens_at`, `closes_at`, `valid_from`, `valid_to`;
/// `WrittenRecurrence` checks that form and makes one.
public struct Recurrence: Hashable, Sendable {
    public var frequency: Frequency
    /// Every `interval` weeks or months; 1 or more. Counted from `validFrom`'s week or month.
    public var interval: Int
    /// Weekly: plain days ("TU"). Monthly: days with their place in the month ("2WE", "-1FR").
    public var byDay: [ByDay]
    /// Local wall-clock time it starts (`opens_at`).
    public var startTime: TimeOfDay
    /// Local wall-clock time it ends (`closes_at`); later than `startTime` for every rule the checks accept.
    public var endTime: TimeOfDay
    /// First day it applies; for `interval` > 1 also the week or month it counts from.
    public var validFrom: Day?
    /// Last day it applies.
    public var validTo: Day?
    /// Days it does not happen although the rule says so (holidays), in any order.
    public var closedDates: [Day]

    public init(
        frequency: Frequency, interval: Int = 1, byDay: [ByDay], startTime: TimeOfDay, endTime: TimeOfDay,
        validFrom: Day? = nil, validTo: Day? = nil, closedDates: [Day] = []
    ) {
        self.frequency = frequency
        self.interval = interval
        self.byDay = byDay
        self.startTime = startTime
        self.endTime = endTime
        self.validFrom = validFrom
        self.validTo = validTo
        self.closedDates = closedDates
    }

    /// False when the rule ended before `today` (its `validTo` has passed).
    public func isCurrent(today: Day) -> Bool {
        validTo.map { $0 >= today } ?? true
    }

    /// Weekdays of `byDay` once each, Monday first.
    public var uniqueWeekdays: [Weekday] {
        Array(Set(byDay.map(\.weekday))).sorted()
    }
}
