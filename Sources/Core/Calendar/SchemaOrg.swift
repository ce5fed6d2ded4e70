import Foundation

extension Recurrence {
    /// schema.org `OpeningHoursSpecification` for this rule, ready for JSON-LD:
    /// `{"@type": "OpeningHoursSpecification", "dayOfWeek": ["https://schema.org/Tuesday"], "opens": "10:00",
    /// "closes": "12:00", "validFrom": "2026-01-06", "validThrough": "2026-06-30"}`.
    /// Nil for rules schema.org cannot express: anything but every week (monthly, every other week).
    public var openingHoursSpecification: [String: Any]? {
        guard frequency == .weekly, interval == 1, !byDay.isEmpty, byDay.allSatisfy({ $0.ordinal == nil }) else {
            return nil
        }
        var object: [String: Any] = [
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": uniqueWeekdays.map { "https://schema.org/" + $0.englishName },
            "opens": startTime.description,
            "closes": endTime.description,
        ]
        if let validFrom { object["validFrom"] = validFrom.description }
        if let validTo { object["validThrough"] = validTo.description }
        return object
    }
}

extension Recurrence {
    /// schema.org `Schedule`s of the rule, for an `Event`'s `eventSchedule`:
    /// `{"@type": "Schedule", "repeatFrequency": "P2W", "byDay": ["https://schema.org/Thursday"],
    /// "startTime": "19:00", "endTime": "21:00", "duration": "PT2H", "scheduleTimezone": "Europe/Amsterdam",
    /// "startDate": "2026-09-01", "endDate": "2027-06-30", "exceptDate": ["2026-12-24"]}`.
    /// A monthly rule says which weeks of the month with `byMonthWeek` (1 to 4, -1 for the last); days with
    /// different weeks ("2WE" and "-1FR") each get a schedule of their own, since `byDay` and `byMonthWeek` of
    /// one schedule combine every day with every week. `exceptDates`: the days it does not happen.
    public func schemaOrgSchedules(exceptDates: [Day] = [], in zone: TimeZone = .europeAmsterdam) -> [[String: Any]] {
        let unit = frequency == .weekly ? "W" : "M"
        var base: [String: Any] = [
            "@type": "Schedule",
            "repeatFrequency": "P\(interval)\(unit)",
            "startTime": startTime.description,
            "endTime": endTime.description,
            "duration": Self.isoDuration(
                minutes: (endTime.minutesSinceMidnight - startTime.minutesSinceMidnight
                    + 24 * 60) % (24 * 60)),
            "scheduleTimezone": zone.identifier,
        ]
        if let validFrom { base["startDate"] = validFrom.description }
        if let validTo { base["endDate"] = validTo.description }
        let except = Array(Set(exceptDates)).sorted()
        if !except.isEmpty { base["exceptDate"] = except.map(\.description) }
        let dayURL = { (weekday: Weekday) in "https://schema.org/" + weekday.englishName }
        guard frequency == .monthly else {
            base["byDay"] = uniqueWeekdays.map(dayURL)
            return [base]
        }
        // Weeks of the month with the same weekdays share a schedule: [1TU, 3TU] is one, with byMonthWeek [1, 3].
        var weekdaysByWeek: [Int: Set<Weekday>] = [:]
        for item in byDay { weekdaysByWeek[item.ordinal ?? 1, default: []].insert(item.weekday) }
        var groups: [(weeks: [Int], weekdays: [Weekday])] = []
        for week in weekdaysByWeek.keys.sorted(by: { ($0 < 0 ? 100 - $0 : $0) < ($1 < 0 ? 100 - $1 : $1) }) {
            let weekdays = weekdaysByWeek[week, default: []].sorted()
            if let index = groups.firstIndex(where: { $0.weekdays == weekdays }) {
                groups[index].weeks.append(week)
            } else {
                groups.append(([week], weekdays))
            }
        }
        return groups.map { group in
            var schedule = base
            schedule["byDay"] = group.weekdays.map(dayURL)
            schedule["byMonthWeek"] = group.weeks.count == 1 ? group.weeks[0] as Any : group.weeks as Any
            return schedule
        }
    }

    /// "PT2H", "PT1H30M", "PT45M".
    static func isoDuration(minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        return "PT" + (hours > 0 ? "\(hours)H" : "") + (rest > 0 || hours == 0 ? "\(rest)M" : "")
    }
}
