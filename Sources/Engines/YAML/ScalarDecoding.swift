import BuurtCalendar
import Foundation

/// Text, numbers, booleans, dates and URLs, read with the YAML 1.2 core schema.
extension NodeDecoder {
    /// The value when `T` is one of the scalar types; nil when `T` is something else.
    func decodeScalar<T>(_ type: T.Type) throws -> T? {
        if T.self == String.self { return try decodeString() as? T }
        if T.self == Bool.self { return try decodeBool() as? T }
        if T.self == Int.self { return try decodeInteger(Int.self) as? T }
        if T.self == Double.self { return try decodeDouble() as? T }
        if T.self == Day.self { return try decodeDay() as? T }
        if T.self == URL.self { return try decodeURL() as? T }
        if T.self == Float.self { return Float(try decodeDouble()) as? T }
        if let integer = T.self as? any (FixedWidthInteger & Decodable).Type { return try decodeInteger(integer) as? T }
        return nil
    }

    /// Any scalar except null: `title: 2026` is the text "2026", `postcode: 1234` is "1234".
    func decodeString() throws -> String {
        if let text = node.string { return text }
        var hint: String?
        if let text = node.scalar, !text.isEmpty { hint = "put quotes around '\(text)' if you mean the text" }
        throw failure("expected text, found \(node.foundDescription)", hint: hint, substitute: "")
    }

    func decodeBool() throws -> Bool {
        if let value = node.bool { return value }
        var hint = quotesHint { CoreSchema.bool($0) != nil }
        if let text = node.scalar, ["yes", "no", "on", "off", "y", "n", "ja", "nee"].contains(text.lowercased()) {
            hint = "write true or false"
        }
        throw failure("expected true or false, found \(node.foundDescription)", hint: hint, substitute: false)
    }

    func decodeInteger<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
        if case .scalar(let text, plain: true) = node.kind, CoreSchema.isInteger(text) {
            if let value = CoreSchema.integer(text, as: I.self) { return value }
            throw failure("expected a whole number from \(I.min) to \(I.max), found '\(text)'", substitute: I.zero)
        }
        var hint = quotesHint(CoreSchema.isInteger)
        if let value = node.double, value.isFinite { hint = "write a whole number, without decimals" }
        throw failure("expected a whole number, found \(node.foundDescription)", hint: hint, substitute: I.zero)
    }

    func decodeDouble() throws -> Double {
        if let value = node.double { return value }
        var hint = quotesHint { CoreSchema.double($0) != nil }
        if let text = node.scalar, CoreSchema.double(text.replacingOccurrences(of: ",", with: ".")) != nil {
            hint = "use a dot for decimals: \(text.replacingOccurrences(of: ",", with: "."))"
        }
        throw failure("expected a number, found \(node.foundDescription)", hint: hint, substitute: 0.0)
    }

    func decodeDay() throws -> Day {
        guard let text = node.string else {
            throw failure(
                "expected a date (YYYY-MM-DD), found \(node.foundDescription)", substitute: StandIn.empty(Day.self))
        }
        guard let day = Day(text) else {
            throw failure(
                Day.invalidMessage(YAMLNode.excerpt(text)), hint: Day.calendarHint(text),
                substitute: StandIn.empty(Day.self))
        }
        return day
    }

    /// Any text that parses as a URL, relative ones (`/over-ons`) included.
    func decodeURL() throws -> URL {
        guard let text = node.string else {
            throw failure(
                "expected a web address (URL), found \(node.foundDescription)", substitute: StandIn.empty(URL.self))
        }
        guard !text.isEmpty, let url = URL(string: text) else {
            throw failure(
                "not a valid web address (URL): '\(YAMLNode.excerpt(text))'",
                hint: "write spaces as %20, and check the address for typos", substitute: StandIn.empty(URL.self))
        }
        return url
    }

    /// "remove the quotes" when the quoted text would have been valid without them.
    private func quotesHint(_ isValid: (String) -> Bool) -> String? {
        guard case .scalar(let text, plain: false) = node.kind, isValid(text) else { return nil }
        return "remove the quotes: text in quotes is never a number or true/false"
    }
}
