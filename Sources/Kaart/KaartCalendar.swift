import BuurtCalendar

extension Day {
    /// The day of the week.
    var weekday: KaartWeekday {
        // 1 January 1970 was a Thursday (index 3 from Monday).
        let index = ((daysSinceEpoch % 7) + 7 + 3) % 7
        return KaartWeekday.allCases[index]
    }
}
