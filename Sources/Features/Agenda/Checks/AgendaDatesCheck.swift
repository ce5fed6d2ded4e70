import BuurtCalendar
import BuurtCore
import Kaart
import Model
import YAML

/// An activity's dates and times: once or by a rule, and the cancelled, moved and extra dates checked against it.
extension AgendaActivityCheck {
    // MARK: Dates and times

    /// A time as "HH:MM"; nil (and a problem) when it is not one.
    mutating func time(_ text: String?, _ keys: NodePath, example: String) -> TimeOfDay? {
        guard let text = trimmed(text) else { return nil }
        guard let time = TimeOfDay(text) else {
            error(keys, "'\(text)' is not a time", hint: TimeOfDay.hint(forInvalid: text, example: example))
            return nil
        }
        return time
    }

    /// A start and an end on one day, the end later; nil (and a problem) otherwise.
    mutating func times(_ start: TimeOfDay?, _ end: TimeOfDay?, at here: NodePath) -> (TimeOfDay, TimeOfDay)? {
        guard let start, let end else { return nil }
        guard end > start else {
            error(
                here + [.key("end")], "ends at \(end) but starts at \(start): the end must be later",
                hint: end.hour < 12 && start.hour >= 12
                    ? "write times in 24 hours: 5 in the afternoon is 17:00"
                    : "check both times; an activity past midnight needs 'end_date'")
            return nil
        }
        return (start, end)
    }

    mutating func checkTiming(_ front: AgendaFrontMatter) -> AgendaTiming? {
        switch (front.date, front.schedule) {
        case (_?, _?):
            error(
                [.key("schedule")], "an activity has 'date' (once) or 'schedule' (repeating), not both",
                hint: "keep 'date' for a one-off activity, or 'schedule' for one that repeats")
            return nil
        case (nil, nil):
            problems.append(
                .error(
                    at: node.location, "missing 'date' or 'schedule': the activity has no date",
                    hint: "write 'date: 2026-12-12' with 'start' and 'end' for a one-off activity, or 'schedule:' "
                        + "with freq, byday, start and end for one that repeats"))
            return nil
        case (let day?, nil):
            return checkOnce(front, day: day)
        case (nil, let schedule?):
            return checkSchedule(schedule)
        }
    }

    mutating func checkOnce(_ front: AgendaFrontMatter, day: Day) -> AgendaTiming? {
        if front.schedule == nil {
            for key in ["moved", "extra"] where node[key] != nil {
                error(
                    [.key(key)], "'\(key)' is only for an activity with a 'schedule'",
                    hint: "a one-off activity has one 'date'; make it a repeating one, or leave out '\(key)'")
            }
        }
        var lastDay = day
        if let endDate = front.endDate {
            guard endDate >= day else {
                error(
                    [.key("end_date")], "end_date (\(endDate.dutchText)) is before date (\(day.dutchText))",
                    hint: "end_date is the last day of the activity; leave it out for an activity of one day")
                return nil
            }
            lastDay = endDate
        }
        if front.allDay == true {
            for key in ["start", "end"] where node[key] != nil {
                error(
                    [.key(key)], "an all-day activity has no '\(key)'",
                    hint: "leave out 'start' and 'end', or 'all_day'")
                return nil
            }
            return .once(AgendaOnce(day: day, lastDay: lastDay, times: nil))
        }
        let allDayHint = "give the time as HH:MM in quotes, or write 'all_day: true' for an activity without times"
        if trimmed(front.start) == nil { missing([], key: "start", hint: allDayHint) }
        if trimmed(front.end) == nil { missing([], key: "end", hint: allDayHint) }
        let start = time(front.start, [.key("start")], example: "14:00")
        let end = time(front.end, [.key("end")], example: "17:00")
        guard let start, let end else { return nil }
        if lastDay == day {
            guard let (start, end) = times(start, end, at: []) else { return nil }
            return .once(AgendaOnce(day: day, lastDay: day, times: (start, end)))
        }
        return .once(AgendaOnce(day: day, lastDay: lastDay, times: (start, end)))
    }

    mutating func checkSchedule(_ schedule: AgendaFrontMatter.Schedule) -> AgendaTiming? {
        let here: NodePath = [.key("schedule")]
        for key in ["date", "end_date", "start", "end", "all_day"] where node[key] != nil {
            error(
                [.key(key)], "'\(key)' is for a one-off activity; this one has a 'schedule'",
                hint: key == "start" || key == "end"
                    ? "write '\(key)' inside 'schedule:'" : "leave out '\(key)', or 'schedule' for a one-off activity")
        }
        let written = WrittenRecurrence(
            freq: schedule.freq, interval: schedule.interval, byday: schedule.byday, opensAt: schedule.start,
            closesAt: schedule.end, validFrom: schedule.validFrom, validTo: schedule.validTo)
        let (recurrence, ruleProblems) = written.checked(times: .activity)
        for problem in ruleProblems {
            if problem.isMissing {
                missing(here, key: problem.keyName, hint: problem.hint ?? "")
                continue
            }
            var keys = here + [.key(problem.keyName)]
            if case .bydayItem(let index) = problem.key { keys.append(.index(index)) }
            error(keys, problem.message, hint: problem.hint)
        }
        guard let recurrence else { return nil }
        if recurrence.frequency == .monthly && recurrence.interval > 1 && recurrence.validFrom == nil {
            error(
                here + [.key("interval")],
                "a schedule every \(recurrence.interval) months needs 'valid_from' to tell which months",
                hint: "add 'valid_from:' with a date in the first month it happens, for example "
                    + "'valid_from: 2026-09-01'")
            return nil
        }
        if let from = recurrence.validFrom, let to = recurrence.validTo,
            recurrence.days(from: from, through: to).isEmpty
        {
            error(
                here,
                "the schedule has no date from valid_from (\(from.dutchText)) to valid_to (\(to.dutchText))",
                hint: "it is \(recurrence.dutchRecurrence); check 'byday' and the dates")
            return nil
        }
        return .recurring(recurrence)
    }

    // MARK: Cancelled, moved and extra dates

    mutating func checkExceptions(_ front: AgendaFrontMatter, timing: AgendaTiming?)
        -> (cancelled: [AgendaCancellation], moved: [AgendaMove], extra: [AgendaExtra])
    {
        guard let timing else { return ([], [], []) }
        let rule: Recurrence?
        switch timing {
        case .once: rule = nil
        case .recurring(let recurrence): rule = recurrence
        }
        let isRuleDay = { (day: Day) in rule.map { !$0.days(from: day, through: day).isEmpty } ?? false }

        var extras: [AgendaExtra] = []
        if let rule {
            for (index, item) in (front.extra ?? []).enumerated() {
                let here: NodePath = [.key("extra"), .index(index)]
                guard let day = item.date else {
                    missing(here, key: "date", hint: "write the extra date: 'date: 2027-01-07'")
                    continue
                }
                if isRuleDay(day) {
                    error(
                        here + [.key("date")], "\(day.dutchText) is already a date of the schedule",
                        hint: "leave it out of 'extra'; to change its time, use 'moved' with the same 'from' and 'to'")
                    continue
                }
                if extras.contains(where: { $0.day == day }) {
                    error(here + [.key("date")], "\(day.dutchText) is an extra date twice", hint: "keep one of them")
                    continue
                }
                let start = time(item.start, here + [.key("start")], example: "19:00") ?? rule.startTime
                let end = time(item.end, here + [.key("end")], example: "21:00") ?? rule.endTime
                guard let (start, end) = times(start, end, at: here) else { continue }
                extras.append(AgendaExtra(day: day, start: start, end: end))
            }
        }

        var cancelled: [AgendaCancellation] = []
        for (index, item) in (front.cancelled ?? []).enumerated() {
            let here: NodePath = [.key("cancelled"), .index(index)]
            guard let day = item.date else {
                missing(here, key: "date", hint: "write the date it does not happen: 'date: 2026-12-24'")
                continue
            }
            if cancelled.contains(where: { $0.day == day }) {
                error(here + [.key("date")], "\(day.dutchText) is cancelled twice", hint: "keep one of them")
                continue
            }
            switch timing {
            case .once(let once) where day != once.day:
                error(
                    here + [.key("date")], "\(day.dutchText) is not the date of this activity (\(once.day.dutchText))",
                    hint: "write the activity's date to cancel it, or 'status: stopped' to stop it altogether")
                continue
            case .recurring(let rule) where !isRuleDay(day) && !extras.contains(where: { $0.day == day }):
                error(
                    here + [.key("date")], "\(day.dutchText) is not a date of this activity",
                    hint: Self.nearestDates(of: rule, around: day))
                continue
            default:
                break
            }
            cancelled.append(AgendaCancellation(day: day, reason: trimmed(item.reason)))
        }

        var moves: [AgendaMove] = []
        if let rule {
            for (index, item) in (front.moved ?? []).enumerated() {
                let here: NodePath = [.key("moved"), .index(index)]
                if item.from == nil {
                    missing(here, key: "from", hint: "write the date it was planned on: 'from: 2026-12-31'")
                }
                if item.to == nil {
                    missing(here, key: "to", hint: "write the date it happens instead: 'to: 2027-01-02'")
                }
                guard let from = item.from, let to = item.to else { continue }
                guard isRuleDay(from) else {
                    error(
                        here + [.key("from")], "\(from.dutchText) is not a date of the schedule",
                        hint: Self.nearestDates(of: rule, around: from))
                    continue
                }
                if cancelled.contains(where: { $0.day == from }) {
                    error(
                        here + [.key("from")], "\(from.dutchText) is both cancelled and moved",
                        hint: "keep it in 'cancelled' or in 'moved', not both")
                    continue
                }
                if moves.contains(where: { $0.from == from }) {
                    error(here + [.key("from")], "\(from.dutchText) is moved twice", hint: "keep one of them")
                    continue
                }
                let start = time(item.start, here + [.key("start")], example: "10:00") ?? rule.startTime
                let end = time(item.end, here + [.key("end")], example: "12:00") ?? rule.endTime
                guard let (start, end) = times(start, end, at: here) else { continue }
                moves.append(AgendaMove(from: from, to: to, start: start, end: end))
            }
        }
        return (
            cancelled.sorted { $0.day < $1.day }, moves.sorted { $0.from < $1.from }, extras.sorted { $0.day < $1.day }
        )
    }

    /// "it is elke donderdag; the nearest dates are 17 and 24 december 2026".
    static func nearestDates(of rule: Recurrence, around day: Day) -> String {
        let before = rule.days(from: day.adding(days: -62), through: day.adding(days: -1)).last
        let after = rule.days(from: day.adding(days: 1), through: day.adding(days: 62)).first
        let near = [before, after].compactMap { $0 }
        var hint = "it is \(rule.dutchRecurrence)"
        if !near.isEmpty { hint += "; the nearest dates are " + Dutch.dates(near) }
        return hint
    }

    /// What `body` throws, as problems; nil then.
    mutating func captured<T>(_ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch let list as DiagnosticList {
            problems += list.diagnostics
        } catch let diagnostic as Diagnostic {
            problems.append(diagnostic)
        } catch {
            problems.append(.error(at: node.location, "\(error)"))
        }
        return nil
    }
}
