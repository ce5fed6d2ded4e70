import Foundation

/// Writes iCalendar text (RFC 5545) one content line at a time: `BEGIN:VEVENT`, `SUMMARY:Taalcafé`,
/// `DTSTART;TZID=Europe/Amsterdam:20261208T190000`. Every line ends in CRLF and is folded at 75 octets
/// (section 3.1) without splitting a UTF-8 sequence; TEXT values are escaped (section 3.3.11) and parameter
/// values quoted where they must be (section 3.2). What the components hold is the caller's to say.
public struct ICalendarWriter: Sendable {
    /// The text so far: folded lines, each ending in CRLF.
    public private(set) var text = ""

    public init() {}

    /// The longest a line may be, in octets, without its CRLF (section 3.1).
    public static let lineLimit = 75

    /// `BEGIN:VCALENDAR`
    public mutating func begin(_ component: String) {
        property("BEGIN", value: component)
    }

    /// `END:VCALENDAR`
    public mutating func end(_ component: String) {
        property("END", value: component)
    }

    /// A property whose value is already in its iCalendar form (a date, a rule, a number, a URI):
    /// `DTSTART;TZID=Europe/Amsterdam:20261208T190000`. Parameters are written in the order given.
    public mutating func property(_ name: String, _ parameters: [(String, String)] = [], value: String) {
        var line = name
        for (parameter, parameterValue) in parameters {
            line += ";" + parameter + "=" + Self.parameterValue(parameterValue)
        }
        line += ":" + Self.withoutControlCharacters(value)
        text += Self.folded(line) + "\r\n"
    }

    /// A property whose value is TEXT (`SUMMARY`, `DESCRIPTION`, `LOCATION`): escaped, so that commas,
    /// semicolons, backslashes and line breaks in content cannot end it or start a new line.
    public mutating func text(_ name: String, _ value: String) {
        property(name, value: Self.escaped(value))
    }

    /// A TEXT value escaped as section 3.3.11 says: `\` `;` `,` get a backslash, every line break
    /// (CRLF, CR or LF) becomes `\n`. Other control characters, which TEXT cannot hold, are left out.
    public static func escaped(_ value: String) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count)
        var previousWasCR = false
        for scalar in value.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r": result += "\\n"
            case "\n": if !previousWasCR { result += "\\n" }
            case "\t": result.unicodeScalars.append(scalar)
            default:
                if !isControl(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// A parameter value: in double quotes when it holds `:`, `;` or `,` (section 3.2); a double quote, which
    /// a parameter value cannot hold at all, and control characters are left out.
    static func parameterValue(_ value: String) -> String {
        let cleaned = String(String.UnicodeScalarView(value.unicodeScalars.filter { $0 != "\"" && !isControl($0) }))
        return cleaned.contains(where: { $0 == ":" || $0 == ";" || $0 == "," }) ? "\"" + cleaned + "\"" : cleaned
    }

    /// A value without the control characters no property value may hold (HTAB stays).
    static func withoutControlCharacters(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: isControl) else { return value }
        return String(String.UnicodeScalarView(value.unicodeScalars.filter { !isControl($0) }))
    }

    /// Control characters other than HTAB (section 3.1: CONTROL).
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F
    }

    /// The line folded as section 3.1 says: no line longer than 75 octets, each continuation starting with a
    /// space (which counts), joined with CRLF; a cut never falls inside a UTF-8 sequence. Without a final CRLF.
    public static func folded(_ line: String) -> String {
        let bytes = Array(line.utf8)
        guard bytes.count > lineLimit else { return line }
        var parts: [ArraySlice<UInt8>] = []
        var start = 0
        var limit = lineLimit
        while start < bytes.count {
            var end = min(start + limit, bytes.count)
            // Back up to the start of a UTF-8 sequence: continuation bytes are 10xxxxxx.
            while end < bytes.count && end > start + 1 && bytes[end] & 0xC0 == 0x80 { end -= 1 }
            parts.append(bytes[start..<end])
            start = end
            limit = lineLimit - 1  // the leading space of the next line counts
        }
        var folded: [UInt8] = []
        folded.reserveCapacity(bytes.count + parts.count * 3)
        for (index, part) in parts.enumerated() {
            if index > 0 { folded += [0x0D, 0x0A, 0x20] }
            folded += part
        }
        return String(decoding: folded, as: UTF8.self)
    }
}

extension Day {
    /// "20261208": iCalendar's DATE, for all-day events (`DTSTART;VALUE=DATE:20261208`).
    public var icalendarText: String {
        description.replacingOccurrences(of: "-", with: "")
    }
}

extension Recurrence {
    /// The rule as an iCalendar `RRULE` value: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;WKST=MO",
    /// "FREQ=MONTHLY;UNTIL=20270630T170000Z;BYDAY=2SA;WKST=MO". The interval counts from DTSTART, so the event's
    /// DTSTART must be a day of the rule in the week or month the rule counts from (`firstDay`, when there is a
    /// `validFrom`). `UNTIL` is `validTo` at the start time, in UTC (required when DTSTART has a time zone).
    /// Closed dates are not part of it: they are `EXDATE`s.
    public func icalendarRule(in zone: TimeZone = .europeAmsterdam) -> String {
        var parts = ["FREQ=" + frequency.rawValue.uppercased()]
        if interval > 1 { parts.append("INTERVAL=\(interval)") }
        if let validTo {
            parts.append("UNTIL=" + LocalDateTime(day: validTo, time: startTime).icalendarUTC(in: zone))
        }
        var seen = Set<ByDay>()
        let days = byDay.filter { seen.insert(frequency == .weekly ? ByDay(weekday: $0.weekday) : $0).inserted }
            .map { frequency == .weekly ? $0.weekday.rawValue : $0.description }
        parts.append("BYDAY=" + days.joined(separator: ","))
        parts.append("WKST=MO")
        return parts.joined(separator: ";")
    }
}

/// The time zone definitions an iCalendar file carries, so that every reader places local times the same way.
public enum ICalendarTimeZone {
    /// `VTIMEZONE` for Europe/Amsterdam with the rules of the European Union since 1996: summer time (CEST,
    /// +02:00) from 02:00 on the last Sunday of March, winter time (CET, +01:00) from 03:00 on the last Sunday
    /// of October. `BuurtCalendarTests` checks these rules against the system's time zone database.
    public static func writeEuropeAmsterdam(to writer: inout ICalendarWriter) {
        writer.begin("VTIMEZONE")
        writer.property("TZID", value: TimeZone.europeAmsterdam.identifier)
        writer.begin("DAYLIGHT")
        writer.property("TZOFFSETFROM", value: "+0100")
        writer.property("TZOFFSETTO", value: "+0200")
        writer.property("TZNAME", value: "CEST")
        writer.property("DTSTART", value: "19810329T020000")
        writer.property("RRULE", value: "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
        writer.end("DAYLIGHT")
        writer.begin("STANDARD")
        writer.property("TZOFFSETFROM", value: "+0200")
        writer.property("TZOFFSETTO", value: "+0100")
        writer.property("TZNAME", value: "CET")
        writer.property("DTSTART", value: "19961027T030000")
        writer.property("RRULE", value: "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
        writer.end("STANDARD")
        writer.end("VTIMEZONE")
    }
}
