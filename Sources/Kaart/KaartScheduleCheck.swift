import BuurtCalendar
import BuurtCore
import YAML

extension KaartEntryCheck {
    /// Every schedule that can be used; each impossible one is reported.
    mutating func checkSchedules(_ schedules: [KaartFrontMatter.Schedule], locations: [KaartLocation]) -> [KaartSchedule] {
        var result: [KaartSchedule] = []
        for (index, schedule) in schedules.enumerated() {
            if let checked = checkSchedule(schedule, at: [.key("schedules"), .index(index)], locations: locations) {
                result.append(checked)
            }
        }
        return result
    }

    private mutating func checkSchedule(_ schedule: KaartFrontMatter.Schedule, at here: [KaartKeyPathItem],
                                        locations: [KaartLocation]) -> KaartSchedule? {
        var valid = true
        let frequency = schedule.freq
        if frequency == nil {
            missing(here, key: "freq", hint: "write 'freq: weekly' (every week) or 'freq: monthly' (every month)")
            valid = false
        }
        let interval = schedule.interval ?? 1
        if interval < 1 {
            error(here + [.key("interval")], "interval must be 1 or more, found \(interval)",
                  hint: "1 is every week or month, 2 every other one; leave it out for 1")
            valid = false
        }
        let days = checkByDay(schedule.byday, frequency: frequency, at: here)
        if days == nil { valid = false }
        let opensAt = checkTime(schedule.opensAt, key: "opens_at", at: here, example: "10:00")
        let closesAt = checkTime(schedule.closesAt, key: "closes_at", at: here, example: "12:00")
        if let opensAt, let closesAt, closesAt <= opensAt {
            error(here + [.key("closes_at")], "closes at \(closesAt) but opens at \(opensAt): closing time must be later",
                  hint: closesAt.hour < 12 && opensAt.hour >= 12
                      ? "write times in 24 hours: 5 in the afternoon is 17:00"
                      : "check both times; a schedule cannot run past midnight")
            valid = false
        }
        if frequency == .weekly && interval > 1 && schedule.validFrom == nil {
            error(here + [.key("interval")], "a schedule every \(interval) weeks needs 'valid_from' to tell which weeks",
                  hint: "add 'valid_from:' with a date in the first week it is open, for example 'valid_from: 2026-01-06'")
            valid = false
        }
        if let from = schedule.validFrom, let to = schedule.validTo, to < from {
            error(here + [.key("valid_to")], "valid_to (\(to.dutchText)) is before valid_from (\(from.dutchText))",
                  hint: "valid_to is the last day the times apply; it cannot be before the first")
            valid = false
        }
        var location = schedule.location?.trimmingCharacters(in: .whitespaces)
        if location?.isEmpty == true { location = nil }
        if let name = location, !locations.contains(where: { $0.name == name }) {
            let names = locations.map(\.name)
            let suggestion = Suggestion.didYouMean(name, among: names)
            error(here + [.key("location")], "'\(name)' is not one of this entry's locations\(suggestion)",
                  hint: names.isEmpty ? "add the place under 'locations:' or leave out 'location'"
                                      : "use the name of a location: " + names.map { "'\($0)'" }.joined(separator: ", "))
            valid = false
        }
        guard valid, let frequency, let days, let opensAt, let closesAt else { return nil }
        var note = schedule.note?.trimmingCharacters(in: .whitespacesAndNewlines)
        if note?.isEmpty == true { note = nil }
        return KaartSchedule(frequency: frequency, interval: interval, byDay: days, opensAt: opensAt, closesAt: closesAt,
                             validFrom: schedule.validFrom, validTo: schedule.validTo, location: location, note: note)
    }

    /// "1st", "2nd", "3rd", "4th", "last".
    private func englishOrdinal(_ number: Int) -> String {
        switch number {
        case -1: return "last"
        case 1: return "1st"
        case 2: return "2nd"
        case 3: return "3rd"
        default: return "\(number)th"
        }
    }

    private mutating func checkTime(_ text: String?, key: String, at here: [KaartKeyPathItem], example: String) -> TimeOfDay? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            missing(here, key: key, hint: "write the time as HH:MM in quotes: '\(key): \"\(example)\"'")
            return nil
        }
        if let time = TimeOfDay(text) { return time }
        let repaired = text.replacingOccurrences(of: ".", with: ":")
        var hint = "write the time as HH:MM in 24 hours, for example \"\(example)\" or \"14:30\""
        if repaired != text, let time = TimeOfDay(repaired) {
            hint = "use a colon: \"\(time)\""
        } else if let hour = Int(text.split(separator: ":").first ?? ""), hour >= 24 {
            hint = "hours go from 00 to 23; midnight is 00:00"
        }
        error(here + [.key(key)], "'\(text)' is not a time", hint: hint)
        return nil
    }

    /// Editors often write days the Dutch way ("di", "donderdag"): the error then names the code to use.
    static let dutchDayCodes: [String: Weekday] = [
        "ma": .MO, "di": .TU, "wo": .WE, "do": .TH, "vr": .FR, "za": .SA, "zo": .SU,
    ]

    /// The `byday` items, checked against the frequency: weekly takes plain days, monthly needs an ordinal.
    private mutating func checkByDay(_ items: [String]?, frequency: Frequency?, at here: [KaartKeyPathItem]) -> [ByDay]? {
        guard let items, !items.isEmpty else {
            missing(here, key: "byday", hint: frequency == .monthly
                        ? "say which days, with their place in the month: 'byday: [2WE]' is the 2nd Wednesday, '-1FR' the last Friday"
                        : "say which days: 'byday: [TU]' for Tuesday, or [MO, TH] for Monday and Thursday")
            return nil
        }
        var result: [ByDay] = []
        var valid = true
        for (index, text) in items.enumerated() {
            let at = here + [.key("byday"), .index(index)]
            guard let day = ByDay(text) else {
                let upper = text.uppercased()
                var suggestion = upper != text && ByDay(upper) != nil ? " (write it in capitals: '\(upper)')" : ""
                if suggestion.isEmpty, let code = Self.dutchDayCodes[String(text.lowercased().prefix(2))],
                   text.lowercased().allSatisfy(\.isLetter) {
                    suggestion = " (for \(code.dutchName) write '\(code.rawValue)')"
                }
                error(at, "'\(text)' is not a day\(suggestion)",
                      hint: "days are MO TU WE TH FR SA SU; monthly schedules put the week in front: 2WE, -1FR")
                valid = false
                continue
            }
            if text.uppercased() != text || text.hasPrefix("+") {
                error(at, "write '\(day)' instead of '\(text)'", hint: "days are written in capitals, without a '+'")
                valid = false
                continue
            }
            switch (frequency, day.ordinal) {
            case (.weekly, let ordinal?):
                error(at, "'\(text)' names a week of the month, but the schedule is weekly",
                      hint: "write '\(day.weekday.rawValue)' for every \(day.weekday.dutchName), or use 'freq: monthly' for the \(englishOrdinal(ordinal)) \(day.weekday.englishName) of the month")
                valid = false
            case (.monthly, nil):
                error(at, "'\(text)' has no week of the month, but the schedule is monthly",
                      hint: "put the week in front: '2\(day.weekday.rawValue)' is the 2nd \(day.weekday.englishName), '-1\(day.weekday.rawValue)' the last; or use 'freq: weekly'")
                valid = false
            case (.monthly, let ordinal?) where !((1...4).contains(ordinal) || ordinal == -1):
                error(at, "'\(text)': the week of the month must be 1 to 4, or -1 for the last",
                      hint: ordinal == 5 ? "not every month has a 5th \(day.weekday.englishName); use -1 for the last one" : "1WE is the first Wednesday, -1WE the last")
                valid = false
            default:
                result.append(day)
            }
        }
        return valid ? result : nil
    }
}
