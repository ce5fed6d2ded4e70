import BuurtCalendar

extension KaartEntry {
    /// `openingHoursSpecification` of every schedule schema.org can express and that has not ended.
    public func openingHoursSpecifications(today: Day) -> [[String: Any]] {
        currentSchedules(today: today).compactMap(\.recurrence.openingHoursSpecification)
    }
}
