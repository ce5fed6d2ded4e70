import Foundation

/// An sRGB colour read from a token value, as far as the contrast check needs it.
public struct RGB: Hashable, Sendable, CustomStringConvertible {
    /// Channels on the 0…255 scale; fractions are kept because `rgb(50% …)` and `rgb(127.5 …)` exist.
    public var red: Double
    public var green: Double
    public var blue: Double
    /// 0…1; a contrast pair needs 1, because what shows through a transparent colour is unknown here.
    public var alpha: Double

    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    public var isOpaque: Bool { alpha >= 1 }

    public var description: String {
        "rgb(\(red) \(green) \(blue)" + (isOpaque ? ")" : " / \(alpha))")
    }

    /// Reads `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb(r g b)`, `rgb(r, g, b)`, `rgb(r g b / a)` and
    /// `rgba(…)`, with numbers or percentages. Anything else (named colours, `hsl()`, `color-mix()`) is nil:
    /// such values are still emitted as written, they just cannot be checked.
    public init?(css text: String) {
        let value = text.trimmingCharacters(in: .whitespaces).lowercased()
        if value.hasPrefix("#") {
            self.init(hex: value.dropFirst())
        } else if let inner = RGB.functionArguments(value) {
            self.init(functionArguments: inner)
        } else {
            return nil
        }
    }

    private init?(hex: Substring) {
        let digits = hex.compactMap { $0.hexDigitValue }
        guard digits.count == hex.count else { return nil }
        let channels: [Double]
        switch digits.count {
        case 3, 4: channels = digits.map { Double($0 * 17) }  // #abc is #aabbcc
        case 6, 8: channels = stride(from: 0, to: digits.count, by: 2).map { Double(digits[$0] * 16 + digits[$0 + 1]) }
        default: return nil
        }
        self.init(
            red: channels[0], green: channels[1], blue: channels[2],
            alpha: channels.count == 4 ? channels[3] / 255 : 1)
    }

    /// The text between `rgb(` or `rgba(` and the closing `)`.
    private static func functionArguments(_ value: String) -> Substring? {
        for prefix in ["rgb(", "rgba("] where value.hasPrefix(prefix) && value.hasSuffix(")") {
            return value.dropFirst(prefix.count).dropLast()
        }
        return nil
    }

    private init?(functionArguments inner: Substring) {
        var parts: [Substring]
        var alphaPart: Substring?
        if inner.contains(",") {
            // Legacy syntax: rgb(r, g, b) or rgba(r, g, b, a).
            parts = inner.split(separator: ",", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)[...]
            }
            if parts.count == 4 { alphaPart = parts.removeLast() }
        } else {
            // Modern syntax: rgb(r g b) or rgb(r g b / a).
            let halves = inner.split(separator: "/", omittingEmptySubsequences: false)
            guard halves.count <= 2 else { return nil }
            parts = halves[0].split(whereSeparator: { $0 == " " || $0 == "\t" })
            if halves.count == 2 { alphaPart = halves[1].trimmingCharacters(in: .whitespaces)[...] }
        }
        guard parts.count == 3 else { return nil }
        var channels: [Double] = []
        for part in parts {
            guard let channel = RGB.number(part, percentOf: 255) else { return nil }
            channels.append(min(max(channel, 0), 255))  // CSS clamps out-of-range channels
        }
        var alpha = 1.0
        if let alphaPart {
            guard let value = RGB.number(alphaPart, percentOf: 1) else { return nil }
            alpha = min(max(value, 0), 1)
        }
        self.init(red: channels[0], green: channels[1], blue: channels[2], alpha: alpha)
    }

    /// A plain decimal number, or a percentage of `whole`. Stricter than `Double(_:)`, which would also take
    /// "nan", "inf" and hexadecimal floats.
    private static func number(_ text: Substring, percentOf whole: Double) -> Double? {
        var digits = text
        let isPercentage = digits.hasSuffix("%")
        if isPercentage { digits = digits.dropLast() }
        if digits.hasPrefix("+") || digits.hasPrefix("-") { digits = digits.dropFirst() }
        let pieces = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard !digits.isEmpty, pieces.count <= 2, digits != ".",
            pieces.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let value = Double(text.dropLast(isPercentage ? 1 : 0))
        else { return nil }
        return isPercentage ? value / 100 * whole : value
    }
}
