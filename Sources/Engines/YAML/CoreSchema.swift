/// How an unquoted scalar is read under the YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1032-tag-resolution).
/// Unlike YAML 1.1, `yes`, `no`, `on` and `off` stay text: Dutch "no" (Noord-Oost) must not turn into false.
enum CoreSchema {
    static func isNull(_ text: String) -> Bool {
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    static func bool(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    /// Whether the text has the shape of a core-schema integer, regardless of size.
    static func isInteger(_ text: String) -> Bool {
        integerParts(text) != nil
    }

    /// The integer, or nil when the text is not one or does not fit in `I`.
    static func integer<I: FixedWidthInteger>(_ text: String, as type: I.Type) -> I? {
        guard let (digits, radix) = integerParts(text) else { return nil }
        return I(digits, radix: radix)
    }

    /// Digits (with sign, for decimals) and radix of `[-+]?[0-9]+`, `0o[0-7]+` or `0x[0-9a-fA-F]+`.
    private static func integerParts(_ text: String) -> (Substring, Int)? {
        let utf8 = text.utf8
        if utf8.count > 2, text.hasPrefix("0o") {
            let digits = text.dropFirst(2)
            return digits.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "7")).contains($0) } ? (digits, 8) : nil
        }
        if utf8.count > 2, text.hasPrefix("0x") {
            let digits = text.dropFirst(2)
            return digits.utf8.allSatisfy(isHexDigit) ? (digits, 16) : nil
        }
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        guard !body.isEmpty, body.utf8.allSatisfy(isDigit) else { return nil }
        return (Substring(text), 10)
    }

    /// Core-schema float or integer as a Double: `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?.inf`,
    /// `.nan`.
    static func double(_ text: String) -> Double? {
        if let (digits, radix) = integerParts(text), radix != 10 {
            return UInt64(digits, radix: radix).map(Double.init)
        }
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        return isDecimalFloat(text) ? Double(text) : nil
    }

    private static func isDecimalFloat(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            bytes = bytes.dropFirst()
        }
        let integerDigits = bytes.prefix(while: isDigit).count
        bytes = bytes.dropFirst(integerDigits)
        var fractionDigits = 0
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            fractionDigits = bytes.prefix(while: isDigit).count
            bytes = bytes.dropFirst(fractionDigits)
        }
        // "." alone or ".e5" is not a number; "1." is.
        guard integerDigits > 0 || fractionDigits > 0 else { return false }
        if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
                bytes = bytes.dropFirst()
            }
            let exponentDigits = bytes.prefix(while: isDigit).count
            guard exponentDigits > 0 else { return false }
            bytes = bytes.dropFirst(exponentDigits)
        }
        return bytes.isEmpty
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }
}
