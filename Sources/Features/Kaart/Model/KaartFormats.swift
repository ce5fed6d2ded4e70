import Foundation

/// Dutch phone numbers as people write them: "0999 123 456", "+31 999 123 456", "0800-1234", "14 0999".
public enum KaartPhone {
    /// The digits of a number when it is a valid Dutch number, with "+" kept for "+31"; nil otherwise.
    /// Spaces, hyphens, dots, slashes and "(0)" after +31 are allowed between the digits.
    static func digits(of text: String) -> String? {
        var compact = text.trimmingCharacters(in: .whitespaces)
        compact = compact.replacingOccurrences(of: "(0)", with: "")
        let separators: Set<Character> = [" ", "-", ".", "/", "(", ")", "\u{00A0}"]
        compact = String(compact.filter { !separators.contains($0) })
        guard !compact.isEmpty else { return nil }
        let body = compact.hasPrefix("+") ? String(compact.dropFirst()) : compact
        guard body.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        if compact.hasPrefix("+") {
            // +31 and nine digits, not starting with 0.
            guard body.hasPrefix("31"), body.count == 11, !body.dropFirst(2).hasPrefix("0") else { return nil }
            return compact
        }
        if body.hasPrefix("0800") || body.hasPrefix("0900") || body.hasPrefix("0906") || body.hasPrefix("0909") {
            return (8...11).contains(body.count) ? body : nil
        }
        if body.hasPrefix("140") {
            // The municipal 14 number: 14 followed by the area code (0 and two or three digits).
            return (5...6).contains(body.count) ? body : nil
        }
        return body.count == 10 && body.hasPrefix("0") && !body.hasPrefix("00") ? body : nil
    }

    /// Whether `text` is a Dutch phone number the kaart accepts.
    public static func isValid(_ text: String) -> Bool { digits(of: text) != nil }

    /// "tel:+31999123456" (national numbers in international form; 0800/0900 and 14 numbers as they are).
    public static func uri(for text: String) -> String? {
        guard let digits = digits(of: text) else { return nil }
        if digits.hasPrefix("+") { return "tel:" + digits }
        if digits.count == 10, !digits.hasPrefix("0800"), !digits.hasPrefix("0900"),
            !digits.hasPrefix("0906"), !digits.hasPrefix("0909")
        {
            return "tel:+31" + digits.dropFirst()
        }
        return "tel:" + digits
    }

    /// The number in international form for open data: "+31999123456"; 0800/0900 and 14 numbers unchanged.
    public static func international(_ text: String) -> String? {
        uri(for: text).map { String($0.dropFirst("tel:".count)) }
    }
}

/// Dutch postcodes: four digits (not starting with 0), two letters.
public enum KaartPostcode {
    /// "9999 AB" from "9999AB", "9999 ab" or "9999  AB"; nil when it is not a postcode.
    public static func normalised(_ text: String) -> String? {
        let compact = text.filter { $0 != " " && $0 != "\u{00A0}" }.uppercased()
        guard compact.count == 6 else { return nil }
        let digits = compact.prefix(4), letters = compact.suffix(2)
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits.first != "0",
            letters.allSatisfy({ ("A"..."Z").contains($0) })
        else { return nil }
        return "\(digits) \(letters)"
    }
}

/// Language codes (ISO 639-1) and their Dutch names.
public enum KaartLanguage {
    private static let dutch = Locale(identifier: "nl")
    private static let known: Set<String> = Set(
        Locale.LanguageCode.isoLanguageCodes.map(\.identifier).filter { $0.count == 2 })

    /// Whether `code` is a two-letter ISO 639-1 code: "nl", "en", "ar".
    public static func isKnown(_ code: String) -> Bool {
        code.count == 2 && known.contains(code) && dutch.localizedString(forLanguageCode: code) != nil
    }

    /// "Nederlands", "Engels", "Arabisch"; the code itself when unknown.
    public static func dutchName(for code: String) -> String {
        guard isKnown(code), let name = dutch.localizedString(forLanguageCode: code) else { return code }
        return name.prefix(1).uppercased() + name.dropFirst()
    }
}

/// The Netherlands (European part), roughly: coordinates outside this box are almost surely a mistake.
enum KaartArea {
    static let latitudes = 50.7...53.7
    static let longitudes = 3.2...7.3
}
