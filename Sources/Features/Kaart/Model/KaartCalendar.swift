import YAML

/// Day arithmetic the kaart needs: review due dates and days overdue.
extension Day {
    /// Days since 1 January 1970 (negative before), by the proleptic Gregorian calendar.
    var daysSinceEpoch: Int {
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
    init(daysSinceEpoch days: Int) {
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
        self = Day(year: clamped, month: clamped == year ? month : (year < 1 ? 1 : 12),
                   day: clamped == year ? day : (year < 1 ? 1 : 31))!
    }

    /// The day `count` days later (earlier when negative).
    func adding(days count: Int) -> Day {
        Day(daysSinceEpoch: daysSinceEpoch + count)
    }

    /// Whole days from `other` to this day: positive when this day is later.
    func days(since other: Day) -> Int {
        daysSinceEpoch - other.daysSinceEpoch
    }

    /// The day of the week.
    var weekday: KaartWeekday {
        // 1 January 1970 was a Thursday (index 3 from Monday).
        let index = ((daysSinceEpoch % 7) + 7 + 3) % 7
        return KaartWeekday.allCases[index]
    }
}
