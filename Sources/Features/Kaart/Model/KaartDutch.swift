import BuurtCalendar

/// An entry's opening times in plain Dutch, for entry pages, the CSV export and HSDS descriptions;
/// the wording of each rule and of dates is BuurtCalendar's (`Recurrence.dutchDescription`, `Dutch`).
extension KaartEntry {
    /// "Gesloten op 25 en 26 december 2026." for closed dates from `today` on; nil when there are none.
    public func closedNotice(today: Day) -> String? {
        let ahead = closedAhead(today: today)
        guard !ahead.isEmpty else { return nil }
        return "Gesloten op \(Dutch.dates(ahead))."
    }

    /// The schedules that have not ended before `today`.
    public func currentSchedules(today: Day) -> [KaartSchedule] {
        schedules.filter { $0.recurrence.isCurrent(today: today) }
    }

    /// All opening times in one text, for the CSV export: schedules (with their location and note),
    /// the hours note and the closed dates ahead, separated by "; ".
    public func dutchOpeningTimes(today: Day) -> String {
        var parts = currentSchedules(today: today).map { schedule -> String in
            var text = schedule.recurrence.dutchDescription
            if let location = schedule.location { text += ", \(location)" }
            if let note = schedule.note { text += " (\(note))" }
            return text
        }
        if let hoursNote { parts.append(hoursNote) }
        if let closed = closedNotice(today: today) { parts.append(String(closed.dropLast())) }
        return parts.joined(separator: "; ")
    }
}
