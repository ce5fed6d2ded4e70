import BuurtCalendar

func day(_ text: String) -> Day { Day(text)! }

func time(_ text: String) -> TimeOfDay { TimeOfDay(text)! }

func weekly(
    _ days: [Weekday], _ opens: String, _ closes: String, interval: Int = 1,
    from: String? = nil, to: String? = nil, closed: [String] = []
) -> Recurrence {
    Recurrence(
        frequency: .weekly, interval: interval, byDay: days.map { ByDay(weekday: $0) },
        startTime: time(opens), endTime: time(closes), validFrom: from.map(day), validTo: to.map(day),
        closedDates: closed.map(day))
}

func monthly(
    _ days: [String], _ opens: String, _ closes: String, interval: Int = 1,
    from: String? = nil, to: String? = nil, closed: [String] = []
) -> Recurrence {
    Recurrence(
        frequency: .monthly, interval: interval, byDay: days.map { ByDay($0)! },
        startTime: time(opens), endTime: time(closes), validFrom: from.map(day), validTo: to.map(day),
        closedDates: closed.map(day))
}
