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
