import Foundation

/// A day of the week, as RFC 5545 writes it. Weeks start on Monday, as in the Netherlands (and `WKST=MO`).
public enum Weekday: String, CaseIterable, Hashable, Sendable, Comparable {
    // The raw values are RFC 5545's codes ("MO"), as content files and iCalendar write them.
    case monday = "MO", tuesday = "TU", wednesday = "WE", thursday = "TH", friday = "FR", saturday = "SA"
    case sunday = "SU"

    /// "maandag" … "zondag"
    public var dutchName: String {
        switch self {
        case .monday: return "maandag"
        case .tuesday: return "dinsdag"
        case .wednesday: return "woensdag"
        case .thursday: return "donderdag"
        case .friday: return "vrijdag"
        case .saturday: return "zaterdag"
        case .sunday: return "zondag"
        }
    }

    /// "Monday" … "Sunday", as schema.org names days: https://schema.org/Monday.
    public var englishName: String {
        switch self {
        case .monday: return "Monday"
        case .tuesday: return "Tuesday"
        case .wednesday: return "Wednesday"
        case .thursday: return "Thursday"
        case .friday: return "Friday"
        case .saturday: return "Saturday"
        case .sunday: return "Sunday"
        }
    }

    /// 0 for Monday … 6 for Sunday.
    public var index: Int { Weekday.allCases.firstIndex(of: self) ?? 0 }

    public static func < (a: Weekday, b: Weekday) -> Bool { a.index < b.index }
}

extension Day {
    /// The day of the week.
    public var weekday: Weekday {
        // 1 January 1970 was a Thursday (index 3 from Monday).
        let index = ((daysSinceEpoch % 7) + 7 + 3) % 7
        return Weekday.allCases[index]
    }
}

/// One `byday` item: "TU", or with an ordinal for monthly rules: "2WE" (2nd Wednesday), "-1FR" (last Friday).
public struct ByDay: Hashable, Sendable, CustomStringConvertible {
    /// 1...4 or -1 (last) in what the checks accept; nil for weekly rules.
    public var ordinal: Int?
    public var weekday: Weekday

    public init(ordinal: Int? = nil, weekday: Weekday) {
        self.ordinal = ordinal
        self.weekday = weekday
    }

    /// Parses "TU", "2WE", "-1FR", "+1MO"; nil for anything else. Does not check the ordinal's range.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 2,
            let weekday = Weekday(rawValue: String(trimmed.suffix(2)).uppercased())
        else { return nil }
        let prefix = String(trimmed.dropLast(2))
        if prefix.isEmpty {
            self.init(ordinal: nil, weekday: weekday)
        } else {
            let digits = prefix.hasPrefix("+") ? String(prefix.dropFirst()) : prefix
            guard let ordinal = Int(digits), !digits.hasPrefix("+") else { return nil }
            self.init(ordinal: ordinal, weekday: weekday)
        }
    }

    /// RFC 5545 form: "TU", "2WE", "-1FR".
    public var description: String { (ordinal.map(String.init) ?? "") + weekday.rawValue }
}
