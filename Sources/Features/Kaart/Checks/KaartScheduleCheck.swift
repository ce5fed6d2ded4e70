import BuurtCalendar
import BuurtCore
import YAML

extension KaartEntryCheck {
    /// Every schedule that can be used; each impossible one is reported. `closed` (the entry's closed dates)
    /// goes into every schedule's rule, so that the rule alone knows which days it skips.
    mutating func checkSchedules(
        _ schedules: [KaartFrontMatter.Schedule], locations: [KaartLocation],
        closed: [Day]
    ) -> [KaartSchedule] {
        var result: [KaartSchedule] = []
        for (index, schedule) in schedules.enumerated() {
            if let checked = checkSchedule(
                schedule, at: [.key("schedules"), .index(index)], position: index, locations: locations,
                closed: closed)
            {
                result.append(checked)
            }
        }
        return result
    }

    private mutating func checkSchedule(
        _ schedule: KaartFrontMatter.Schedule, at here: NodePath, position: Int,
        locations: [KaartLocation], closed: [Day]
    ) -> KaartSchedule? {
        let written = WrittenRecurrence(
            freq: schedule.freq, interval: schedule.interval, byday: schedule.byday,
            opensAt: schedule.opensAt, closesAt: schedule.closesAt,
            validFrom: schedule.validFrom, validTo: schedule.validTo, closedDates: closed)
        let (recurrence, problems) = written.checked()
        for problem in problems { report(problem, at: here) }
        var valid = recurrence != nil
        var location = schedule.location?.trimmingCharacters(in: .whitespaces)
        if location?.isEmpty == true { location = nil }
        if let name = location, !locations.contains(where: { $0.name == name }) {
            let names = locations.map(\.name)
            let suggestion = Suggestion.didYouMean(name, among: names)
            error(
                here + [.key("location")], "'\(name)' is not one of this entry's locations\(suggestion)",
                hint: names.isEmpty
                    ? "add the place under 'locations:' or leave out 'location'"
                    : "use the name of a location: " + names.map { "'\($0)'" }.joined(separator: ", "))
            valid = false
        }
        guard valid, let recurrence else { return nil }
        var note = schedule.note?.trimmingCharacters(in: .whitespacesAndNewlines)
        if note?.isEmpty == true { note = nil }
        return KaartSchedule(
            recurrence: recurrence, location: location, note: note, inAgenda: schedule.agenda, position: position)
    }

    /// A problem of the rule, placed at its key within the schedule at `here`.
    private mutating func report(_ problem: RecurrenceProblem, at here: NodePath) {
        if problem.isMissing {
            missing(here, key: problem.keyName, hint: problem.hint ?? "")
            return
        }
        var keys = here + [.key(problem.keyName)]
        if case .bydayItem(let index) = problem.key { keys.append(.index(index)) }
        error(keys, problem.message, hint: problem.hint)
    }
}
