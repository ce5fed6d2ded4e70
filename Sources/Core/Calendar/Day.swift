/// A calendar date without a time or time zone, written `YYYY-MM-DD` in content files.
/// Dates on a municipal site (events, publications) are days in the Netherlands, so no time zone can shift them.
/// Years 1 to 9999 of the proleptic Gregorian calendar: what `YYYY` can write.
public struct Day: Codable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil when the date does not exist (month 13, 30 February, 29 February outside leap years).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Day.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD` (four, two and two digits); nil for any other text or a date that does not exist.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: Day.invalidMessage(text))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// `2026-03-03`
    public var description: String {
        "\(Day.padded(year, 4))-\(Day.padded(month, 2))-\(Day.padded(day, 2))"
    }

    /// `3 maart 2026`
    public var dutchText: String {
        "\(day) \(Day.dutchMonths[month - 1]) \(year)"
    }

    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// "januari" … "december", for month `1...12` at index `month - 1`.
    public static let dutchMonths = [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ]

    /// 28 to 31; February has 29 days in years divisible by 4, except centuries not divisible by 400.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// "not a date: '<shown>', expected YYYY-MM-DD". `shown` is the text as the caller shows it
    /// (the YAML decoder shortens long values), so every reader of dates words the problem alike.
    public static func invalidMessage(_ shown: String) -> String {
        "not a date: '\(shown)', expected YYYY-MM-DD"
    }

    /// Why a well-formed `YYYY-MM-DD` is still not a date, when that is the problem:
    /// "months go from 01 to 12", "February 2026 has 28 days"; a date written the Dutch way round, `DD-MM-YYYY`,
    /// gets it the other way round: "write the year first: 2026-03-14"; nil otherwise.
    public static func calendarHint(_ text: String) -> String? {
        let pieces = text.split(separator: "-", omittingEmptySubsequences: false)
        guard pieces.count == 3, pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } })
        else { return nil }
        if pieces.map(\.count) == [2, 2, 4] {
            let turned = "\(pieces[2])-\(pieces[1])-\(pieces[0])"
            let why = Day(turned) == nil ? calendarHint(turned).map { "; but \($0)" } ?? "" : ""
            return "write the year first: \(turned)" + why
        }
        let parts = pieces.compactMap { Int($0) }
        guard pieces.map(\.count) == [4, 2, 2] else { return nil }
        let englishMonths = [
            "January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December",
        ]
        if !(1...12).contains(parts[1]) { return "months go from 01 to 12" }
        if parts[0] >= 1 {
            return "\(englishMonths[parts[1] - 1]) \(parts[0]) has \(daysIn(month: parts[1], year: parts[0])) days"
        }
        return nil
    }

    private static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// Day arithmetic on a count of days, so that month ends and leap years need no special cases.
extension Day {
    /// The first and last day a `Day` can be.
    public static let first = Day(year: 1, month: 1, day: 1)!
    public static let last = Day(year: 9999, month: 12, day: 31)!

    /// Days since 1 January 1970 (negative before), by the proleptic Gregorian calendar.
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `daysSinceEpoch` days after 1 January 1970; clamped to the years Day allows.
    public init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        let clamped = Swift.min(9999, Swift.max(1, year))
        self = Day(
            year: clamped, month: clamped == year ? month : (year < 1 ? 1 : 12),
            day: clamped == year ? day : (year < 1 ? 1 : 31))!
    }

    /// The day `count` days later (earlier when negative); clamped to `Day.first...Day.last`.
    public func adding(days count: Int) -> Day {
        Day(daysSinceEpoch: daysSinceEpoch + count)
    }

    /// Whole days from `other` to this day: positive when this day is later.
    public func days(since other: Day) -> Int {
        daysSinceEpoch - other.daysSinceEpoch
    }

    /// The number of days in this day's month.
    public var daysInMonth: Int { Day.daysIn(month: month, year: year) }
}
