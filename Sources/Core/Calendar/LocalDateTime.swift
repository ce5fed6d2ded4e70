import Foundation

extension TimeZone {
    /// Europe/Amsterdam, the time zone of every Dutch municipality and the default for occurrences.
    /// Its rules (CET, CEST from the last Sunday of March to the last Sunday of October) come from the system's
    /// time zone database through Foundation, not from rules written here.
    public static let europeAmsterdam = TimeZone(identifier: "Europe/Amsterdam")!
}

/// How far a local time is ahead of UTC: +01:00 in Dutch winter time, +02:00 in summer time.
public struct UTCOffset: Hashable, Sendable, CustomStringConvertible {
    /// Seconds east of UTC; negative west of it.
    public var seconds: Int

    public init(seconds: Int) {
        self.seconds = seconds
    }

    /// "+02:00", "-03:30", "+00:00", as ISO 8601 and schema.org write it. Only the local mean times of before
    /// 1940 have seconds ("+00:19:32" in Amsterdam), which ISO 8601's extended form then shows too.
    public var description: String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        var text = sign + Self.two(magnitude / 3600) + ":" + Self.two(magnitude / 60 % 60)
        if magnitude % 60 != 0 { text += ":" + Self.two(magnitude % 60) }
        return text
    }

    static func two(_ number: Int) -> String { (number < 10 ? "0" : "") + String(number) }
}

/// A date and wall-clock time without a time zone: "Saturday 28 March 2026 at 10:00", as opening times and
/// activities are written. A recurrence keeps its local time when the clocks change (10:00 stays 10:00);
/// the time zone only decides which moment, and which UTC offset, that is.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var day: Day
    public var time: TimeOfDay

    public init(day: Day, time: TimeOfDay) {
        self.day = day
        self.time = time
    }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool {
        (a.day, a.time) < (b.day, b.time)
    }

    /// "2026-03-29T10:00:00": ISO 8601 without an offset (HTML's local date-time, iCalendar's floating time).
    public var description: String { "\(day)T\(time):00" }

    /// "20260329T100000": iCalendar's local form, for `DTSTART;TZID=Europe/Amsterdam:20260329T100000`.
    public var icalendarText: String {
        day.description.replacingOccurrences(of: "-", with: "") + "T"
            + UTCOffset.two(time.hour) + UTCOffset.two(time.minute) + "00"
    }

    /// The UTC offset of this local time in `zone`.
    ///
    /// Twice a year a local time is not one moment, and then RFC 5545 (section 3.3.5) decides, so that an
    /// iCalendar reader and this module agree:
    /// - a time that does not exist, in the hour skipped when summer time starts (02:30 on 29 March 2026 in
    ///   Amsterdam), takes the offset from before the gap (+01:00): the moment 01:30 UTC, which clocks show
    ///   as 03:30;
    /// - a time that exists twice, in the hour repeated when summer time ends (02:30 on 25 October 2026),
    ///   is the first of the two: summer time, +02:00, the moment 00:30 UTC.
    public func utcOffset(in zone: TimeZone) -> UTCOffset {
        let local = localSeconds
        // The offsets in force a day before and a day after: at most one change of the clocks lies between.
        let before = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local - 86_400)))
        let after = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local + 86_400)))
        // An offset fits when the moment it gives has that offset. The larger offset gives the earlier moment,
        // so trying it first picks the first of two in the repeated hour.
        for offset in Set([before, after]).sorted(by: >)
        where zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local - offset))) == offset {
            return UTCOffset(seconds: offset)
        }
        return UTCOffset(seconds: before)
    }

    /// The moment this local time is in `zone` (see `utcOffset(in:)` for the hours around a change of the clocks).
    public func date(in zone: TimeZone) -> Date {
        Date(timeIntervalSince1970: Double(localSeconds - utcOffset(in: zone).seconds))
    }

    /// "2026-03-29T10:00:00+02:00": ISO 8601 with the offset in `zone`, as schema.org's `startDate` wants.
    /// The local time is kept as written, also in the skipped hour ("2026-03-29T02:30:00+01:00", the moment
    /// clocks show as 03:30).
    public func iso8601(in zone: TimeZone) -> String {
        description + utcOffset(in: zone).description
    }

    /// "20260329T080000Z": the same moment in UTC, as iCalendar wants it for `UNTIL` (and `DTSTAMP`).
    public func icalendarUTC(in zone: TimeZone) -> String {
        let moment = localSeconds - utcOffset(in: zone).seconds
        let days = Int((Double(moment) / 86_400).rounded(.down))
        let seconds = moment - days * 86_400
        let day = Day(daysSinceEpoch: days)
        return day.description.replacingOccurrences(of: "-", with: "") + "T" + UTCOffset.two(seconds / 3600)
            + UTCOffset.two(seconds / 60 % 60) + UTCOffset.two(seconds % 60) + "Z"
    }

    /// Seconds since 1970-01-01T00:00 of this wall-clock reading, as if it were UTC.
    private var localSeconds: Int {
        day.daysSinceEpoch * 86_400 + time.minutesSinceMidnight * 60
    }
}
