/// A time of day, "HH:MM" in 24 hours, without a date or time zone: opening times are wall-clock times.
public struct TimeOfDay: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// Parses "HH:MM" or "H:MM" (24 hours); nil for "25:00", "9.00", "9:5".
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let hour = Int(parts[0]), let minute = Int(parts[1])
        else { return nil }
        self.init(hour: hour, minute: minute)
    }

    /// "09:00": for machines (HSDS, schema.org, the `datetime` attribute).
    public var description: String {
        (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    /// "9:00": as Dutch text writes it.
    public var dutchText: String {
        "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    public var minutesSinceMidnight: Int { hour * 60 + minute }

    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.minutesSinceMidnight < b.minutesSinceMidnight }
}

extension TimeOfDay {
    /// How to write `text`, which is not a time: "use a colon: \"9:30\"" for "9.30", "hours go from 00 to 23" for
    /// "24:00", else the form with `example`.
    public static func hint(forInvalid text: String, example: String) -> String {
        let repaired = text.replacingOccurrences(of: ".", with: ":")
        if repaired != text, let time = TimeOfDay(repaired) {
            return "use a colon: \"\(time)\""
        }
        if let hour = Int(text.split(separator: ":").first ?? ""), hour >= 24 {
            return "hours go from 00 to 23; midnight is 00:00"
        }
        return "write the time as HH:MM in 24 hours, for example \"\(example)\" or \"14:30\""
    }
}
