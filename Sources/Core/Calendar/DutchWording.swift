/// Plain Dutch for lists and dates, as entry pages, CSV exports and open data descriptions write them.
public enum Dutch {
    /// "a", "a en b", "a, b en c".
    public static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " en " + items[items.count - 1]
        }
    }

    /// "25 december 2026", "25 en 26 december 2026", "31 december 2026 en 1 januari 2027":
    /// dates in order, days of the same month written together.
    public static func dates(_ days: [Day]) -> String {
        var groups: [(month: Int, year: Int, days: [Int])] = []
        for day in Set(days).sorted() {
            if let last = groups.last, last.month == day.month, last.year == day.year {
                groups[groups.count - 1].days.append(day.day)
            } else {
                groups.append((day.month, day.year, [day.day]))
            }
        }
        let texts = groups.map { group -> String in
            list(group.days.map(String.init)) + " \(Day.dutchMonths[group.month - 1]) \(group.year)"
        }
        return list(texts)
    }

    /// "2e", "1e": ordinals as Dutch writes them in running text.
    public static func ordinal(_ number: Int) -> String { "\(number)e" }

    /// "laatste", "op één na laatste", "op twee na laatste": the `number`th from the end (1 is the last).
    public static func ordinalFromEnd(_ number: Int) -> String {
        let before = ["één", "twee", "drie", "vier"]
        switch number {
        case ...1: return "laatste"
        case 2...5: return "op \(before[number - 2]) na laatste"
        default: return "op \(number - 1) na laatste"
        }
    }
}

extension Recurrence {
    /// The rule in plain Dutch, with its period when it has one:
    /// "elke dinsdag 10:00–12:00", "om de week op dinsdag 10:00–12:00 (vanaf 6 januari 2026)",
    /// "iedere 2e woensdag van de maand 14:00–16:00",
    /// "elke laatste vrijdag van de maand 9:00–11:00 (tot en met 30 juni 2026)".
    /// Closed dates are the caller's to word (`Dutch.dates`): an item with several times says them once for all.
    public var dutchDescription: String {
        var text = dutchRecurrence + " " + dutchTimes
        if let period = dutchPeriod { text += " (\(period))" }
        return text
    }

    /// "10:00–12:00" (with an en dash).
    public var dutchTimes: String {
        startTime.dutchText + "\u{2013}" + endTime.dutchText
    }

    /// "vanaf 6 januari 2026", "tot en met 30 juni 2026", "van 6 januari 2026 tot en met 30 juni 2026";
    /// nil without dates.
    public var dutchPeriod: String? {
        switch (validFrom, validTo) {
        case let (from?, to?): return "van \(from.dutchText) tot en met \(to.dutchText)"
        case let (from?, nil): return "vanaf \(from.dutchText)"
        case let (nil, to?): return "tot en met \(to.dutchText)"
        case (nil, nil): return nil
        }
    }

    /// Which days, without times: "elke maandag en donderdag", "om de week op dinsdag",
    /// "iedere 2e woensdag van de maand", "om de maand op de 1e maandag".
    public var dutchRecurrence: String {
        switch frequency {
        case .weekly:
            // Three or more days in a row read as a range: "van maandag tot en met vrijdag".
            let weekdays = uniqueWeekdays
            let allWeekdays = Weekday.allCases
            if weekdays.count >= 3, let first = weekdays.first, let start = allWeekdays.firstIndex(of: first),
                Array(allWeekdays.dropFirst(start).prefix(weekdays.count)) == weekdays
            {
                let range = "van \(first.dutchName) tot en met \(weekdays[weekdays.count - 1].dutchName)"
                switch interval {
                case ...1: return weekdays.count == 7 ? "elke dag" : range
                case 2: return "om de week " + range
                default: return "elke \(interval) weken " + range
                }
            }
            let days = Dutch.list(weekdays.map(\.dutchName))
            switch interval {
            case ...1: return "elke \(days)"
            case 2: return "om de week op \(days)"
            default: return "elke \(interval) weken op \(days)"
            }
        case .monthly:
            let days = monthlyDays
            switch interval {
            // "iedere 2e woensdag", but "elke laatste vrijdag" and "elke op één na laatste vrijdag".
            case ...1: return (days.first?.isNumber == true ? "iedere " : "elke ") + days + " van de maand"
            case 2: return "om de maand op de \(days)"
            default: return "elke \(interval) maanden op de \(days)"
            }
        }
    }

    /// "2e woensdag", "1e en 3e dinsdag", "laatste vrijdag", "2e woensdag en laatste vrijdag",
    /// "op één na laatste zondag".
    private var monthlyDays: String {
        // Group the ordinals per weekday, keeping the order in which the weekdays first appear.
        var order: [Weekday] = []
        var ordinals: [Weekday: [Int]] = [:]
        for item in byDay {
            if ordinals[item.weekday] == nil { order.append(item.weekday) }
            ordinals[item.weekday, default: []].append(item.ordinal ?? 1)
        }
        let parts = order.map { weekday -> String in
            let sorted = Array(Set(ordinals[weekday] ?? [])).sorted { a, b in
                // Positive ordinals first (1e, 2e …), then "laatste", "op één na laatste" ….
                (a < 0 ? 100 - a : a) < (b < 0 ? 100 - b : b)
            }
            let words = sorted.map { $0 < 0 ? Dutch.ordinalFromEnd(-$0) : Dutch.ordinal($0) }
            return Dutch.list(words) + " " + weekday.dutchName
        }
        return Dutch.list(parts)
    }
}

extension Day {
    /// "dinsdag 8 december", or with the year "vrijdag 1 januari 2027": how an agenda names a day.
    public func dutchWeekdayText(withYear: Bool = false) -> String {
        "\(weekday.dutchName) \(day) \(Day.dutchMonths[month - 1])" + (withYear ? " \(year)" : "")
    }
}

extension Dutch {
    /// "vandaag" or "morgen" for those days seen from `today`; nil for any other day.
    public static func relativeDay(_ day: Day, today: Day) -> String? {
        switch day.days(since: today) {
        case 0: return "vandaag"
        case 1: return "morgen"
        default: return nil
        }
    }

    /// The text with its first letter a capital: "Vandaag", "Dinsdag 8 december".
    public static func capitalised(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
